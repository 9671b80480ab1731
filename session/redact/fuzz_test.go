package redact

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind: whatever is typed, candidates lie inside the text on rune
// boundaries, in order, never overlapping, and each is found again alone.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"Aïssata Traoré-Koné", "N’Diaye et N'Diaye", "Trao\u0301re\u0301", "عائشة بنت محمد", "Jean-- Jean", "\xff\xfeAmani FM", ""} {
		f.Add(s)
	}
	d := New(Config{Lang: "fr", People: people, Redact: []string{"Kalehe"}, Keep: []string{"amani"}})
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, c := range d.Find(text) {
			if c.Start < last || c.End <= c.Start || c.End > len(text) {
				t.Fatalf("bad span %d-%d after %d in %q", c.Start, c.End, last, text)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[c.Start]) || (c.End < len(text) && !utf8.RuneStart(text[c.End]))) {
				t.Fatalf("span %d-%d cuts a rune in %q", c.Start, c.End, text)
			}
			if again := d.Find(text[c.Start:c.End]); len(again) == 0 || again[0].Key != c.Key {
				t.Fatalf("%q alone is not found again as %q: %+v", text[c.Start:c.End], c.Key, again)
			}
			last = c.End
		}
	})
}
