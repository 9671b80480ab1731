package i18n

import (
	"testing"
)

func TestFrenchTypographyRules(t *testing.T) {
	for _, c := range []struct {
		s    string
		bad  int
		note string
	}{
		{"Question\u202f: %s", 0, "narrow no-break space before a colon"},
		{"Question : %s", 1, "an ordinary space before a colon"},
		{"Question\u00a0: %s", 1, "a no-break space, too wide before a colon"},
		{"Pourquoi? Parce que", 1, "nothing before a question mark"},
		{"Qui\u202f? Quand\u202f! Ici\u202f; là", 0, "all four signs"},
		{"Avec qui ; où", 1, "an ordinary space before a semicolon"},
		{"**%s:** %s", 1, "a colon glued to a label in bold"},
		{"10:15 à 1:05:00, h:mm:ss, %d:%02d", 0, "clocks and formats are not punctuation"},
		{"? aide", 0, "a key name"},
		{"Aucun nom ne correspond à « %s ».", 2, "ordinary spaces inside guillemets"},
		{"Aucun nom ne correspond à «\u202f%s\u202f».", 0, "narrow spaces inside guillemets"},
		{"39%", 1, "a percent glued to its number"},
		{"39 %", 0, "a narrow no-break space before percent"},
		{"39\u00a0%", 0, "a no-break space before percent"},
		{"%d%% du temps", 1, "a literal percent in a format"},
		{"%s (%d)", 0, "format verbs"},
	} {
		if got := FrenchTypography(c.s); len(got) != c.bad {
			t.Errorf("%s: %q: %d problems %q, want %d", c.note, c.s, len(got), got, c.bad)
		}
	}
}

// TestFrenchCatalogTypography: every French message keeps French
// typography, so every screen and the minutes do.
func TestFrenchCatalogTypography(t *testing.T) {
	keys := sortedKeys(locales[FR].messages)
	for _, k := range keys {
		for form, text := range texts(locales[FR].messages[k]) {
			for _, p := range FrenchTypography(text) {
				t.Errorf("fr.toml %q%s: %s", k, form, p)
			}
		}
	}
	if len(keys) < 200 {
		t.Fatalf("only %d French messages scanned", len(keys))
	}
}

func TestPercentInTheLanguage(t *testing.T) {
	if got := New("en", nil).Percent(39, 100); got != "39%" {
		t.Errorf("en %q", got)
	}
	if got := New("fr", nil).Percent(39, 100); got != "39\u202f%" {
		t.Errorf("fr %q", got)
	}
	if got := New("fr", nil).Percent(1, 0); got != "0\u202f%" {
		t.Errorf("fr of nothing %q", got)
	}
}
