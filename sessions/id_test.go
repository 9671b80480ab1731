package sessions

import (
	"sort"
	"strings"
	"testing"
	"time"
)

func TestSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Market access dialogue", "market-access-dialogue"},
		{"Espace de dialogue d'Ikassa : priorités de paix", "espace-de-dialogue-d-ikassa-priorites-de"},
		{"Déogratias et Espérance à Goma", "deogratias-et-esperance-a-goma"},
		{"Cœur de la ville, Œuvre commune", "coeur-de-la-ville-oeuvre-commune"},
		{"ÉCOLE  ---  Façade!!", "ecole-facade"},
		{"  « Paix », 2026 ?  ", "paix-2026"},
		{"Kisumu West town hall: land and water", "kisumu-west-town-hall-land-and-water"},
		{"حوار المجتمع المدني", "session"},
		{"村民对话", "session"},
		{"Dialogue 村民 2026", "dialogue-2026"},
		{"حوار Goma", "goma"},
		{"", "session"},
		{"!!!", "session"},
		// One long word cannot be cut at a boundary: it is cut at 40.
		{strings.Repeat("a", 50), strings.Repeat("a", 40)},
		// A word ending exactly at 40 is kept whole.
		{strings.Repeat("b", 40) + " tail", strings.Repeat("b", 40)},
	}
	for _, tt := range tests {
		got := Slug(tt.title)
		if got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.title, got, tt.want)
		}
		if len(got) > maxSlug {
			t.Errorf("Slug(%q) = %q is longer than %d", tt.title, got, maxSlug)
		}
	}
}

func TestNewIDSortsByStartTime(t *testing.T) {
	loc := time.FixedZone("EAT", 3*3600)
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	if got, want := NewID("Ikassa dialogue space", at("2026-03-14 09:30")), "2026-03-14-0930-ikassa-dialogue-space"; got != want {
		t.Errorf("NewID = %q, want %q", got, want)
	}
	// Started in this order; titles chosen so that they sort the other way.
	ids := []string{
		NewID("Zebra", at("2025-12-31 23:59")),
		NewID("Yak", at("2026-01-01 08:05")),
		NewID("Aardvark", at("2026-01-01 10:00")),
		NewID("Aardvark", at("2026-11-01 07:00")),
	}
	sorted := append([]string(nil), ids...)
	sort.Strings(sorted)
	for i := range ids {
		if sorted[i] != ids[i] {
			t.Fatalf("ids do not sort by start time: %q", sorted)
		}
	}
	if tm, ok := idTime(ids[1]); !ok || tm.Format("2006-01-02 15:04") != "2026-01-01 08:05" {
		t.Errorf("idTime(%q) = %v, %v", ids[1], tm, ok)
	}
	if _, ok := idTime("notes"); ok {
		t.Error(`idTime("notes") should fail`)
	}
}
