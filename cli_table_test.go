package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// A table never draws a line wider than the terminal: the terminal would
// wrap it and the columns would no longer line up (a French header at 100
// columns did).
func TestTableNeverWiderThanTheTerminal(t *testing.T) {
	longID := "2026-12-04-0339-espace-de-dialogue-de-nyakabanda-eau"
	frHeader := []string{"ID", "TITRE", "DATE", "PERS.", "TOURS", "ÉTAT", "SUITE DE"}
	row := []string{longID, "Espace de dialogue de Nyakabanda : eau, terres et marchés sûrs", "2026-12-04", "15", "0", "ouverte, démo", ""}
	cases := []struct {
		name    string
		width   int
		header  []string
		row     []string
		want    []string // texts that must be shown whole
		notWant []string // texts that must be left out
	}{
		{"wide terminal shows everything", 200, frHeader, row, []string{longID, "TITRE", "SUITE DE", "marchés sûrs"}, nil},
		{"title cut to fit", 130, frHeader, row, []string{longID, "TITRE", "SUITE DE", "…"}, nil},
		{"title left out, empty column dropped", 100, frHeader, row, []string{longID, "ÉTAT", "ouverte, démo"}, []string{"TITRE", "SUITE DE"}},
		{"the widest column cut last", 80, frHeader, row, []string{"2026-12-04-0339", "ÉTAT", "ouverte, démo"}, []string{"TITRE", "SUITE DE", longID}},
		{"a column with something in it stays", 100, frHeader,
			[]string{longID, "Titre", "2026-12-04", "15", "0", "close", "2026-11-01-0900"}, []string{"SUITE DE", "2026-11-01-0900"}, []string{"TITRE"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tb := table{header: tc.header, right: []bool{3: true, 4: true}, width: tc.width, shrink: 1}
			tb.add(append([]string(nil), tc.row...)...)
			var b strings.Builder
			tb.write(&b)
			out := b.String()
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := lipgloss.Width(line); w > tc.width {
					t.Errorf("a line is %d cells wide at %d columns:\n%s", w, tc.width, out)
				}
			}
			if n := strings.Count(out, "\n"); n != 2 {
				t.Errorf("%d lines, want a header and one row:\n%s", n, out)
			}
			for _, s := range tc.want {
				if !strings.Contains(out, s) {
					t.Errorf("%q missing:\n%s", s, out)
				}
			}
			for _, s := range tc.notWant {
				if strings.Contains(out, s) {
					t.Errorf("%q shown:\n%s", s, out)
				}
			}
		})
	}
}

// Without a terminal (a pipe, a file) nothing is cut.
func TestTableUncutWithoutTerminal(t *testing.T) {
	tb := table{header: []string{"ID", "TITLE"}, shrink: 1}
	long := strings.Repeat("x", 300)
	tb.add("id", long)
	var b strings.Builder
	tb.write(&b)
	if !strings.Contains(b.String(), long) {
		t.Errorf("cut without a terminal:\n%s", b.String())
	}
}
