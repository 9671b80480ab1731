package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/ui"
)

func (c *cli) demoCommand() *cobra.Command {
	var fresh bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Open the demo session: the one left open, else a new one on the built-in plan",
		Long: `Open a session on baraza's built-in demo plan: a fictional three-level
dialogue with fifteen participants, to try baraza or to train. If a demo
session in that language is still open, baraza demo takes it up where
you left it, so trying again never piles up open sessions (at most one
per language; a demo left open in the other language is kept for when you
come back to it); --new removes the open demo session and starts afresh.
Demo sessions are saved like any other but marked as demos: 'baraza
sessions' and the home screen hide them unless asked. --lang fr gives the
French demo.`,
		Args: cobra.NoArgs,
		RunE: c.action(func([]string) error { return c.demo(fresh) }),
	}
	cmd.Flags().BoolVar(&fresh, "new", false, "remove the open demo session and start a new one")
	c.shareFlags(cmd)
	return cmd
}

// demo takes up the open demo session of the language, or starts one.
func (c *cli) demo(fresh bool) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	if err := c.needTerminal(); err != nil {
		return err
	}
	w, err := a.TakeUpDemo(c.lang(), fresh, time.Now())
	if err != nil {
		return err
	}
	return c.runLive(w, false)
}

func (c *cli) runCommand() *cobra.Command {
	var followUp string
	cmd := &cobra.Command{
		Use:   "run PLAN.toml",
		Short: "Validate a plan and start a new session from it",
		Long: `Validate a plan (the same checks as 'baraza validate') and start a new
session from it. With --follow-up ID, the session follows up an earlier one:
it begins with that session's deferred items and its actions still planned
or under way, each saying where it came from, for the room to review.`,
		Example: "  baraza run ikassa.toml\n  baraza run ikassa-april.toml --follow-up 2026-03-14-0930",
		Args:    cobra.ExactArgs(1),
		RunE: c.action(func(args []string) error {
			plan, err := c.validateOne(args[0])
			if err != nil {
				fmt.Fprintln(c.stderr, err)
				return quietError{errors.New(c.t("cli.err.plan_has_problems"))}
			}
			src, err := facilitation.ReadPlanFile(args[0])
			if err != nil {
				return err
			}
			return c.startSession(plan, src, followUp)
		}),
	}
	cmd.Flags().StringVar(&followUp, "follow-up", "", "the earlier session this one follows up (id, unique prefix or directory)")
	c.shareFlags(cmd)
	return cmd
}

func (c *cli) resumeCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "resume [ID]",
		Short: "Reopen a session: the most recent open one, or the one named",
		Long: `Reopen a session exactly as it was, after quitting or a crash: the
running turn's clock is computed from the log. Without ID, the most recent
open session. ID may be a full id, a unique prefix of one, or a session
directory.`,
		Args: cobra.MaximumNArgs(1),
		RunE: c.action(c.resume),
	}
	c.shareFlags(cmd)
	return cmd
}

func (c *cli) resume(args []string) error {
	_, w, err := c.openToWrite(args)
	if err != nil {
		return err
	}
	return c.runLive(w, false)
}

// openToWrite opens the session named in args, else the most recent open
// one, for writing on a terminal: what resume and serve both start from.
func (c *cli) openToWrite(args []string) (*sessions.Archive, *sessions.Writable, error) {
	a, err := c.archive()
	if err != nil {
		return nil, nil, err
	}
	id := ""
	if len(args) == 1 {
		id = args[0]
	} else if id, err = a.MostRecentOpen(); err != nil {
		return nil, nil, err
	}
	if err := c.needTerminal(); err != nil {
		return nil, nil, err
	}
	w, err := a.OpenForWriting(id)
	return a, w, err
}

// home is baraza with no command: the home screen.
func (c *cli) home([]string) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	if err := c.needTerminal(); err != nil {
		return err
	}
	return c.runApp(a, ui.NewHomeApp(c.uiOptions(), a, c.starter(a.Dir)))
}

// startSession creates a session in the archive and opens its live screen.
// followUp, when set, names the earlier session it follows up.
func (c *cli) startSession(plan *facilitation.Plan, src []byte, followUp string) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	if err := c.needTerminal(); err != nil {
		return err
	}
	var w *sessions.Writable
	if followUp != "" {
		w, err = a.CreateFollowUp(plan, src, time.Now(), followUp)
	} else {
		w, err = a.Create(plan, src, time.Now())
	}
	if err != nil {
		return err
	}
	return c.runLive(w, false)
}

// runLive runs a session's live screen on a hub, the one writer of its
// log, so that S can share it at any moment; shareNow shares it at once
// (serve), and a port already taken then stops the command.
func (c *cli) runLive(w *sessions.Writable, shareNow bool) error {
	c.warn(w.Log.Warnings()...)
	a, err := c.archive()
	if err != nil {
		_ = w.Close()
		return err
	}
	app, err := ui.NewSharedLiveApp(c.uiOptions(), w, c.starter(a.Dir))
	if err != nil {
		_ = w.Close()
		return err
	}
	if shareNow {
		if err := app.Share(); err != nil {
			return errors.Join(err, app.Close())
		}
	}
	if err := c.runApp(a, app); err != nil {
		return err
	}
	if _, err := os.Lstat(w.Dir); err == nil { // not sealed at close
		fmt.Fprintln(c.stdout, c.t("cli.saved_in", w.ID, w.Dir))
	}
	return nil
}

// needTerminal refuses to draw a full-screen app into a pipe or a file.
func (c *cli) needTerminal() error {
	if c.interactive() {
		return nil
	}
	return errors.New(c.t("cli.err.need_terminal"))
}

func isTerminal() bool {
	return term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd())
}
