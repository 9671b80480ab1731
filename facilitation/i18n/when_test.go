package i18n

import "testing"

func TestParseWhen(t *testing.T) {
	en, fr := New("en", nil), New("fr", nil)
	for _, tc := range []struct {
		c      *Catalog
		in     string
		want   string
		wantOK bool
	}{
		{en, "", "", true},
		{en, "2026-12-15", "2026-12-15", true},
		{en, "Short", "short", true},
		{en, "long term", "long", true},
		{en, "15/12/2026", "", false},
		{en, "2026-13-01", "", false},
		{en, "soon", "", false},
		{fr, "15/12/2026", "2026-12-15", true},
		{fr, "5/1/2027", "2027-01-05", true},
		{fr, "2026-12-15", "2026-12-15", true},
		{fr, "court", "short", true},
		{fr, "Moyen  terme", "medium", true},
		{fr, "long terme", "long", true},
		{fr, "medium", "medium", true},
		{fr, "31/02/2026", "", false},
		{fr, "bientôt", "", false},
	} {
		got, ok := tc.c.ParseWhen(tc.in)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("%s ParseWhen(%q) = %q, %v; want %q, %v", tc.c.Lang(), tc.in, got, ok, tc.want, tc.wantOK)
		}
	}
}

// An action's horizon is named in the catalog's language wherever it shows
// (the board said "short" in French); dates and free text stay as written.
func TestWhenNamesHorizons(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"fr", "short", "court terme"}, {"fr", "long", "long terme"}, {"en", "medium", "medium term"},
		{"fr", "2026-12-15", "2026-12-15"}, {"en", "after the rains", "after the rains"},
	} {
		if got := New(c.lang, nil).When(c.in); got != c.want {
			t.Errorf("%s When(%q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}
