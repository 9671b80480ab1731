package i18n

import (
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

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
		{en.N("live.round", 1, 1, 3), "Round 1/3"},    // no plural forms: as T
		{fr.T("home.turns.one", 1), "1 intervention"}, // the old singular key still reads
		{New("fr_CD.UTF-8", nil).T("board.col.item"), "Point"},
		{New("fr-ML", nil).N("home.turns", 0, 0), "0 intervention"},
		{New("de", nil).T("board.col.item"), "Item"},
		{New("", nil).T("board.col.item"), "Item"},
		{New("-", nil).T("board.col.item"), "Item"},
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

// TestLevelFit: at 80 columns a level's name shrinks to a shorter whole
// name, never "Communauté lo…".
func TestLevelFit(t *testing.T) {
	fr := New("fr", map[facilitation.Level]string{facilitation.Community: "Communauté locale"})
	en := New("en", nil)
	for _, c := range []struct {
		got, want string
	}{
		{fr.LevelFit(facilitation.Community, 18), "Communauté locale"},
		{fr.LevelFit(facilitation.Community, 15), "Communauté"},
		{fr.LevelFit(facilitation.Community, 9), "Comm."},
		{fr.LevelFit(facilitation.CivilSociety, 13), "Soc. civ."},
		{fr.LevelFit(facilitation.CivilSociety, 5), "SOC"},
		{fr.LevelFit(facilitation.Government, 11), "Gouv."},
		{en.LevelFit(facilitation.CivilSociety, 12), "Civil soc."},
		{en.LevelFit(facilitation.Government, 2), "GO"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
