package main

import (
	"bufio"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
)

type rmFlags struct{ yes, force bool }

func (c *cli) sessionsRmCommand() *cobra.Command {
	var f rmFlags
	cmd := &cobra.Command{
		Use:   "rm ID...",
		Short: "Remove sessions from this computer, after a confirmation",
		Long: `Remove sessions (ids or unique prefixes; sealed sessions too) from the data
directory, for good: their log, plan, annotations and minutes. baraza lists
them and asks first (y/n); --yes skips the question, for scripts. An open
session (not closed yet) is refused unless --force; one that a baraza is
recording is always refused.`,
		Example: "  baraza sessions rm 2026-11-25-0853\n  baraza sessions rm --yes 2026-11-25-0853 2026-11-25-0910",
		Args:    cobra.MinimumNArgs(1),
		RunE:    c.action(func(args []string) error { return c.removeSessions(args, f) }),
	}
	cmd.Flags().BoolVarP(&f.yes, "yes", "y", false, "do not ask for confirmation")
	cmd.Flags().BoolVar(&f.force, "force", false, "also remove open sessions")
	return cmd
}

func (c *cli) removeSessions(ids []string, f rmFlags) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	cat := c.cat()
	// Check every id before asking anything: a typo removes nothing.
	byID := map[string]sessions.Summary{}
	list, _ := a.List()
	for _, s := range list {
		byID[s.ID] = s
	}
	var todo []sessions.Summary
	for _, id := range ids {
		dir, err := a.Resolve(id)
		if err != nil {
			return err
		}
		s, ok := byID[filepath.Base(dir)]
		if !ok {
			return errors.New(cat.T("cli.rm.not_in_archive", id, a.SessionsDir()))
		}
		if s.Open && !s.Sealed && s.Err == nil && !f.force {
			return usageError{errors.New(cat.T("cli.rm.open", s.ID))}
		}
		todo = append(todo, s)
	}
	if !f.yes {
		for _, s := range todo {
			row := sessionRow(cat, s)
			fmt.Fprintf(c.stdout, "  %s  %s  %s\n", s.ID, row[1], row[5])
		}
		fmt.Fprint(c.stdout, cat.N("cli.rm.confirm", len(todo), len(todo))+" ")
		if !c.confirmed(cat) {
			fmt.Fprintln(c.stdout, cat.T("cli.rm.nothing"))
			return quietError{facilitation.Msg("cli.err.not_confirmed")}
		}
	}
	for _, s := range todo {
		if _, err := a.Remove(s.ID, f.force); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, cat.T("cli.rm.removed", s.ID))
	}
	return nil
}

// confirmed reads one answer: y or yes (o or oui in French) confirms;
// anything else, or nothing (end of input), does not.
func (c *cli) confirmed(cat *i18n.Catalog) bool {
	line, _ := bufio.NewReader(c.stdin).ReadString('\n')
	answer := strings.ToLower(strings.TrimSpace(line))
	for _, yes := range strings.Split(cat.T("cli.rm.yes_words"), ",") {
		if answer != "" && answer == strings.TrimSpace(yes) {
			return true
		}
	}
	return false
}
