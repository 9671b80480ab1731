package session

import (
	"strings"
	"testing"
)

// oneLine's fast path returns what the rune-by-rune way returns.
func TestOneLineFastPath(t *testing.T) {
	slow := func(s string) string { return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" \n\r\t", r) }), " ") }
	for _, s := range []string{"", "a", " a", "a ", "a  b", "a b", "a\nb", "a\tb", "Déogratias a dit", "x\r\n", "  ", "عائشة قالت"} {
		if got, want := oneLine(s), slow(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}
