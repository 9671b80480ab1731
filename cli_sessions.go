package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/sessions"
)

// maxTitleWidth keeps a row on one line of a usual terminal.
const maxTitleWidth = 40

func (c *cli) sessionsCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "sessions",
		Short: "List the sessions saved on this computer, newest first",
		Long: `List the sessions saved in the data directory, newest first, with their
title, date, number of participants and turns, and whether they are still
open (not yet closed) or closed. A session whose log cannot be read is
listed as damaged and its error is printed after the table.

Listing only reads: it works while a session is being recorded.`,
		Args: cobra.NoArgs,
		RunE: c.action(c.listSessions),
	}
}

func (c *cli) listSessions([]string) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	list, errs := a.List()
	if len(list) == 0 && len(errs) == 0 {
		fmt.Fprintf(c.stdout, "No saved sessions in %s yet.\n", a.Dir)
		return nil
	}
	if len(list) > 0 {
		t := table{header: []string{"ID", "TITLE", "DATE", "PEOPLE", "TURNS", "STATE", "FOLLOWS"},
			right: []bool{3: true, 4: true}, width: terminalWidth(c.stdout), shrink: 1}
		for _, s := range list {
			t.add(sessionRow(s)...)
		}
		t.write(c.stdout)
	}
	for _, s := range list {
		for _, name := range s.Conflicts {
			fmt.Fprintf(c.stderr, "baraza: session %s: %s is a sync tool's conflict copy (two computers changed the session): "+
				"it is not read; compare it with the session's files and keep one (docs/archive.md)\n", s.ID, name)
		}
	}
	for _, err := range errs {
		fmt.Fprintf(c.stderr, "baraza: %v\n", err)
	}
	if len(errs) > 0 {
		return quietError{errors.New("some sessions could not be read")}
	}
	return nil
}

func sessionRow(s sessions.Summary) []string {
	if s.Err != nil {
		return []string{s.ID, "(cannot read the log)", "", "", "", "damaged", ""}
	}
	if s.Sealed {
		title := s.Title
		if title == "" {
			title = "(sealed: title hidden)"
		}
		return []string{s.ID, truncate(title, maxTitleWidth), s.Date, "", "", "sealed", ""}
	}
	state := "closed"
	if s.Open {
		state = "open"
	}
	return []string{s.ID, truncate(s.Title, maxTitleWidth), s.Date,
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
