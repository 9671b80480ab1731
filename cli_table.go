package main

import (
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/term"
)

// table writes aligned columns. Widths are display widths, so that titles
// with accents, Arabic or Chinese line up in a terminal.
type table struct {
	header []string
	right  []bool // right-align column i (numbers)
	rows   [][]string
	// If width > 0 and the table is wider, column shrink is cut to fit; if
	// that would leave it under minShrink cells, it is left out: a wrapped
	// table is unreadable, and a title cut too short says nothing.
	width, shrink int
}

const minShrink = 12

func (t *table) add(cells ...string) {
	for i, s := range cells {
		cells[i] = printable(s)
	}
	t.rows = append(t.rows, cells)
}

func (t *table) write(w io.Writer) {
	all := append([][]string{t.header}, t.rows...)
	widths := make([]int, len(t.header))
	for _, row := range all {
		for i, cell := range row {
			widths[i] = max(widths[i], lipgloss.Width(cell))
		}
	}
	dropped := make([]bool, len(widths))
	if over := t.totalWidth(widths, dropped) - t.width; t.width > 0 && over > 0 {
		if widths[t.shrink]-over >= minShrink {
			widths[t.shrink] -= over
		} else {
			dropped[t.shrink] = true
		}
	}
	t.fitRest(widths, dropped)
	var b strings.Builder
	for _, row := range all {
		line := make([]string, 0, len(row))
		for i, cell := range row {
			if dropped[i] {
				continue
			}
			cell = ansi.Truncate(cell, widths[i], "…")
			pad := strings.Repeat(" ", widths[i]-lipgloss.Width(cell))
			if i < len(t.right) && t.right[i] {
				cell = pad + cell
			} else {
				cell += pad
			}
			line = append(line, cell)
		}
		b.WriteString(strings.TrimRight(strings.Join(line, "  "), " "))
		b.WriteByte('\n')
	}
	_, _ = io.WriteString(w, b.String())
}

// fitRest makes a table that is still too wide after its shrink column
// fit, as a long session id in French headers can: columns with nothing
// under their header go first (from the right), then the widest
// left-aligned column is cut; a line the terminal wraps is unreadable.
func (t *table) fitRest(widths []int, dropped []bool) {
	if t.width <= 0 {
		return
	}
	for i := len(widths) - 1; i >= 0 && t.totalWidth(widths, dropped) > t.width; i-- {
		if !dropped[i] && t.emptyColumn(i) {
			dropped[i] = true
		}
	}
	over := t.totalWidth(widths, dropped) - t.width
	if over <= 0 {
		return
	}
	widest := -1
	for i, w := range widths {
		if !dropped[i] && (i >= len(t.right) || !t.right[i]) && (widest < 0 || w > widths[widest]) {
			widest = i
		}
	}
	if widest >= 0 {
		widths[widest] = max(minShrink, widths[widest]-over)
	}
}

// emptyColumn: no row has anything in column i.
func (t *table) emptyColumn(i int) bool {
	for _, row := range t.rows {
		if i < len(row) && strings.TrimSpace(row[i]) != "" {
			return false
		}
	}
	return true
}

func (t *table) totalWidth(widths []int, dropped []bool) int {
	n := -2 // the gaps between the columns shown
	for i, w := range widths {
		if !dropped[i] {
			n += w + 2
		}
	}
	return max(n, 0)
}

// printable replaces control characters (tabs, newlines, escape sequences
// from a hostile or careless plan) so a cell stays on its line.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// truncate shortens s to width display cells, ending in "…" when cut.
func truncate(s string, width int) string {
	return ansi.Truncate(printable(s), width, "…")
}

// terminalWidth is the width of the terminal w writes to, or 0 when w is
// not a terminal (a pipe or a file gets whole lines).
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return width
}
