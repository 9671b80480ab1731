package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
)

// Shell completion: cobra's own "completion" command (bash, zsh, fish,
// powershell) completes commands and flags; the functions here add session
// ids, read from the archive listing (the summary index: no log is folded).
// charmbracelet/fang was considered and left out: see docs/cli.md.

// idKind says which sessions a command accepts.
type idKind int

const (
	anySession    idKind = iota // every readable session, sealed ones too
	openSession                 // resume: only sessions not closed yet
	closedSession               // seal, amend: closed plaintext sessions
	sealedSession               // unseal
	plainSession                // read from the log: replay, review, repair...
)

// idCommands are the commands that take session ids, by their path under
// the root, and whether they take more than one.
var idCommands = map[string]struct {
	kind idKind
	many bool
}{
	"resume":       {openSession, false},
	"export":       {anySession, false},
	"replay":       {anySession, false},
	"review":       {plainSession, false},
	"repair":       {plainSession, false},
	"amend":        {closedSession, false},
	"seal":         {closedSession, true},
	"unseal":       {sealedSession, false},
	"archive pack": {anySession, true},
	"sessions rm":  {anySession, true},
}

// addCompletions walks the command tree and adds completion functions.
func (c *cli) addCompletions(root *cobra.Command) {
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		path := strings.TrimSpace(strings.TrimPrefix(cmd.CommandPath(), root.Name()))
		if ic, ok := idCommands[path]; ok {
			cmd.ValidArgsFunction = c.completeIDs(ic.kind, ic.many)
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if run, _, err := root.Find([]string{"run"}); err == nil && run != root {
		run.ValidArgsFunction = completePlans
		_ = run.RegisterFlagCompletionFunc("follow-up", c.completeIDs(anySession, true)) // a flag: positional args do not count
	}
	if v, _, err := root.Find([]string{"validate"}); err == nil && v != root {
		v.ValidArgsFunction = completePlans
	}
	_ = root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(
		[]string{"en\tEnglish", "fr\tfrançais"}, cobra.ShellCompDirectiveNoFileComp))
	_ = root.RegisterFlagCompletionFunc("data-dir", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return nil, cobra.ShellCompDirectiveFilterDirs
	})
	if e, _, err := root.Find([]string{"export"}); err == nil && e != root {
		_ = e.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
			[]string{"md", "html", "json", "csv", "xlsx"}, cobra.ShellCompDirectiveNoFileComp))
		_ = e.RegisterFlagCompletionFunc("csv", cobra.FixedCompletions(
			[]string{"plain", "excel"}, cobra.ShellCompDirectiveNoFileComp))
	}
}

// completePlans offers plan files (*.toml) and directories.
func completePlans(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return []string{"toml"}, cobra.ShellCompDirectiveFilterFileExt
}

// completeIDs lists the ids of the sessions of that kind, each with its
// date and title as the description (zsh and fish show it; bash does not).
// Ids already on the command line are not offered again.
func (c *cli) completeIDs(kind idKind, many bool) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 && !many {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		// The settings were loaded by __complete's own run, before cobra
		// parsed the completed command's flags: --data-dir wins here.
		dir := c.dataDirFlag
		if dir == "" {
			dir = c.settings().DataDir
		}
		dir, err := sessions.DataDir(dir)
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		list, _ := sessions.Open(dir).List()
		given := make(map[string]bool, len(args))
		for _, arg := range args {
			given[arg] = true
		}
		var out []string
		for _, s := range list {
			if given[s.ID] || !strings.HasPrefix(s.ID, toComplete) || !kind.accepts(s) {
				continue
			}
			out = append(out, s.ID+"\t"+completionLabel(c.cat(), s))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func (k idKind) accepts(s sessions.Summary) bool {
	switch k {
	case openSession:
		return s.Err == nil && !s.Sealed && s.Open
	case closedSession:
		return s.Err == nil && !s.Sealed && !s.Open
	case sealedSession:
		return s.Sealed
	case plainSession:
		return !s.Sealed
	}
	return true
}

// completionLabel is one line: the date and the title, cut short, in the
// command line's language.
func completionLabel(cat *i18n.Catalog, s sessions.Summary) string {
	switch {
	case s.Err != nil:
		return cat.T("cli.sessions.damaged")
	case s.Title == "":
		return strings.TrimSpace(s.Date + " " + cat.T("cli.sessions.sealed"))
	}
	return truncate(s.Date+" "+s.Title, 50)
}
