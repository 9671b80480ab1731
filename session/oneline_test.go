package session

import (
	"strings"
	"testing"
)

// oneLine's fast path returns what the rune-by-rune way returns.
func TestOneLineFastPath(t *testing.T) {
	slow := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" \n\r\t", r) }), " ")
	}
	for _, s := range []string{"", "a", " a", "a ", "a  b", "a b", "a\nb", "a\tb", "Déogratias a dit", "x\r\n", "  ", "عائشة قالت"} {
		if got, want := oneLine(s), slow(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// cell's fast path returns what escaping and joining return.
func TestCellFastPath(t *testing.T) {
	slow := func(s string) string {
		s = strings.ReplaceAll(s, `\`, `\\`)
		s = strings.ReplaceAll(s, "|", `\|`)
		return strings.Join(strings.Fields(s), " ")
	}
	for _, s := range []string{"", "a b", "a|b", `a\b`, "a\u202fb", "a\u00a0 b", " a", "a\u3000b", "Déogratias", "x\u2028y", "a\vb"} {
		if got, want := cell(s), slow(s); got != want {
			t.Errorf("cell(%q) = %q, want %q", s, got, want)
		}
	}
}
