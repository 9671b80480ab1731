package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
)

// maxTitleWidth keeps a row on one line of a usual terminal.
const maxTitleWidth = 40

func (c *cli) sessionsCommand() *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "sessions",
		Short: "List the sessions saved on this computer, newest first",
		Long: `List the sessions saved in the data directory, newest first, with their
title, date, number of participants and turns, and whether they are still
open (not yet closed) or closed. A session whose log cannot be read is
listed as damaged and its error is printed after the table. Demo sessions
are hidden unless --all.

Listing only reads: it works while a session is being recorded.`,
		Args: cobra.NoArgs,
		RunE: c.action(func([]string) error { return c.listSessions(all) }),
	}
	cmd.Flags().BoolVarP(&all, "all", "a", false, "also list demo sessions")
	cmd.AddCommand(c.sessionsRmCommand())
	return cmd
}

func (c *cli) listSessions(all bool) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	list, errs := a.List()
	shown, demos := list[:0:0], 0
	for _, s := range list {
		if s.Demo && !all {
			demos++
			continue
		}
		shown = append(shown, s)
	}
	cat := c.cat()
	if len(shown) == 0 && len(errs) == 0 {
		fmt.Fprintln(c.stdout, cat.T("cli.sessions.none", a.Dir))
	}
	if len(shown) > 0 {
		h := func(k string) string { return cat.T("cli.sessions.col." + k) }
		t := table{header: []string{h("id"), h("title"), h("date"), h("people"), h("turns"), h("state"), h("follows")},
			right: []bool{3: true, 4: true}, width: terminalWidth(c.stdout), shrink: 1}
		for _, s := range shown {
			t.add(sessionRow(cat, s)...)
		}
		t.write(c.stdout)
	}
	for _, s := range list {
		for _, name := range s.Conflicts {
			fmt.Fprintf(c.stderr, "baraza: %s\n", cat.T("cli.sessions.conflict_copy", s.ID, name))
		}
	}
	if demos > 0 {
		fmt.Fprintln(c.stderr, cat.N("cli.sessions.demos_hidden", demos, demos))
	}
	for _, err := range errs {
		fmt.Fprintf(c.stderr, "baraza: %s\n", c.say(err))
	}
	if len(errs) > 0 {
		return quietError{errors.New(cat.T("cli.sessions.some_unreadable"))}
	}
	return nil
}

func sessionRow(cat *i18n.Catalog, s sessions.Summary) []string {
	if s.Err != nil {
		return []string{s.ID, cat.T("cli.sessions.unreadable"), "", "", "", cat.T("cli.sessions.damaged"), ""}
	}
	if s.Sealed {
		title := s.Title
		if title == "" {
			title = cat.T("cli.sessions.sealed_title")
		}
		return []string{s.ID, truncate(title, maxTitleWidth), s.Date, "", "", cat.T("cli.sessions.sealed"), ""}
	}
	state := cat.T("cli.sessions.closed")
	if s.Open {
		state = cat.T("cli.sessions.open")
	}
	if s.Demo {
		state = cat.T("cli.sessions.demo_state", state)
	}
	date := s.RanOn() // the day it ran, as its minutes say; the plan's date beside it if different
	if s.Date != "" && s.Date != date {
		date += " (" + cat.T("plan.planned_for", s.Date) + ")"
	}
	return []string{s.ID, truncate(s.Title, maxTitleWidth), date,
		strconv.Itoa(s.Participants), strconv.Itoa(s.Turns), state, shortID(s.Follows)}
}

// shortID is a session id's date and time: enough to find it in the list
// (and to pass to commands, which take unique prefixes).
func shortID(id string) string {
	if len(id) > len("2006-01-02-1504") {
		return id[:len("2006-01-02-1504")]
	}
	return id
}
