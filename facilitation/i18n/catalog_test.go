package i18n

import (
	"regexp"
	"sort"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestCatalogIsComplete: every message exists in both languages with the same
// formatting verbs, so no screen falls back to English or misformats.
func TestCatalogIsComplete(t *testing.T) {
	for _, pair := range [][2]Lang{{EN, FR}, {FR, EN}} {
		for k, v := range messages[pair[0]] {
			w, ok := messages[pair[1]][k]
			if !ok {
				t.Errorf("%s has %q but %s does not", pair[0], k, pair[1])
				continue
			}
			a, b := verb.FindAllString(v, -1), verb.FindAllString(w, -1)
			sort.Strings(a)
			sort.Strings(b)
			if len(a) != len(b) || (len(a) > 0 && a[0] != b[0]) {
				t.Errorf("%q: %s verbs %v, %s verbs %v", k, pair[0], a, pair[1], b)
			}
		}
	}
}

func TestCatalogLookups(t *testing.T) {
	fr := New("fr", map[facilitation.Level]string{facilitation.Government: "Autorités"})
	en := New("xx", nil)
	cases := []struct{ got, want string }{
		{fr.Level(facilitation.Government), "Autorités"},
		{fr.Level(facilitation.Community), "Communauté"},
		{en.Level(facilitation.CivilSociety), "Civil society"},
		{fr.RoundTitle(facilitation.Round{Key: "exchange", Title: "Exchange"}), "Échange entre les niveaux"},
		{fr.RoundTitle(facilitation.Round{Title: "Plan given"}), "Plan given"},
		{fr.Request(facilitation.RequestOrder), "motion d'ordre"},
		{en.T("no.such.key"), "no.such.key"},
		{Clock(65 * time.Second), "1:05"},
		{Clock(3723 * time.Second), "1:02:03"},
		{Clock(-time.Second), "0:00"},
		{Percent(1, 3), "33%"},
		{Percent(1, 0), "0%"},
		{en.N("home.people", 1, 1), "1 person"},
		{en.N("home.people", 0, 0), "0 people"},
		{en.N("home.people", 2, 2), "2 people"},
		{fr.N("home.turns", 0, 0), "0 intervention"},
		{fr.N("home.turns", 1, 1), "1 intervention"},
		{fr.N("home.turns", 2, 2), "2 interventions"},
		{en.N("live.round", 1, 1, 3), "Round 1/3"}, // no .one form: as T
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
	if en.Lang() != EN || fr.Lang() != FR {
		t.Error("language not chosen")
	}
}
