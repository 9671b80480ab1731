package ui

import (
	"slices"
	"testing"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

func fuzzyPeople(names ...string) []*session.Person {
	out := make([]*session.Person, len(names))
	for i, n := range names {
		out[i] = &session.Person{ID: n, Rank: i, Participant: facilitation.Participant{Name: n}}
	}
	return out
}

func names(ps []*session.Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

func TestFuzzyRank(t *testing.T) {
	people := fuzzyPeople(
		"Kahindo Amani Sifa",  // k-a-s scattered over three words
		"Déogratias Kasereka", // "kas" is a word prefix
		"Bienvenu Mukeba",
		"عائشة",
		"王小明",
		"Grâce Mapendo",
		"Œuvre N'Guessan",
		"Amani Kahindo",
	)
	cases := []struct {
		query string
		want  []string // the ranking, or its first entries
		all   bool     // want is the whole result
	}{
		{"deo", []string{"Déogratias Kasereka"}, true},
		{"DÉO", []string{"Déogratias Kasereka"}, true},
		{"kas", []string{"Déogratias Kasereka", "Kahindo Amani Sifa"}, true},
		{"deo kas", []string{"Déogratias Kasereka"}, true},
		{"grace", []string{"Grâce Mapendo"}, true},
		{"عا", []string{"عائشة"}, true},
		{"小明", []string{"王小明"}, true},
		{"oeuvre", []string{"Œuvre N'Guessan"}, true},
		{"ngue", []string{"Œuvre N'Guessan"}, true},
		{"xyz", nil, true},
		// a word start wins over the start of the name; ties keep plan order
		{"am", []string{"Amani Kahindo", "Kahindo Amani Sifa"}, false},
		{"ka", []string{"Kahindo Amani Sifa", "Déogratias Kasereka", "Amani Kahindo"}, false},
	}
	for _, c := range cases {
		got := names(fuzzyRank(c.query, people, nil))
		if !c.all && len(got) > len(c.want) {
			got = got[:len(c.want)]
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.query, got, c.want)
		}
	}
}

func TestFuzzyEmptyQueryKeepsPlanOrder(t *testing.T) {
	people := fuzzyPeople("C", "A", "B")
	people[0].Rank, people[1].Rank, people[2].Rank = 2, 0, 1
	if got := names(fuzzyRank("  ", people, nil)); !slices.Equal(got, []string{"A", "B", "C"}) {
		t.Errorf("got %q", got)
	}
	if people[0].Name != "C" {
		t.Error("fuzzyRank reordered its input")
	}
}

func TestNormName(t *testing.T) {
	if normName("  Amani  KAHINDO ") != normName("amani kahindo") || normName("Amani") == normName("Amina") {
		t.Error("names compare case- and space-insensitively, nothing more")
	}
}

// The picker prefers the people the round is for, a little: a weak match
// among them beats a word start elsewhere; a word's first letters typed
// together still win.
func TestFuzzyRankPrefersTheRoundsPeople(t *testing.T) {
	people := fuzzyPeople("Grâce Mapendo", "Amani Kahindo", "Bienvenu Mukeba", "Muhindo Katembo", "Déogratias Kasereka")
	community := func(p *session.Person) bool {
		return p.Name == "Amani Kahindo" || p.Name == "Bienvenu Mukeba" || p.Name == "Déogratias Kasereka"
	}
	cases := []struct {
		query string
		want  []string // the first of the ranking
	}{
		{"ma", []string{"Amani Kahindo", "Grâce Mapendo"}},
		{"", []string{"Amani Kahindo", "Bienvenu Mukeba", "Déogratias Kasereka", "Grâce Mapendo", "Muhindo Katembo"}},
		{"gra", []string{"Grâce Mapendo", "Déogratias Kasereka"}},
		{"grace", []string{"Grâce Mapendo"}},
		{"mu", []string{"Bienvenu Mukeba", "Muhindo Katembo"}},
	}
	for _, c := range cases {
		got := names(fuzzyRank(c.query, people, community))
		if len(got) > len(c.want) {
			got = got[:len(c.want)]
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.query, got, c.want)
		}
	}
	// Without a preference "ma" is Grâce's.
	if got := names(fuzzyRank("ma", people, nil)); got[0] != "Grâce Mapendo" {
		t.Errorf("no preference: %q", got)
	}
}
