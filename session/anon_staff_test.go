package session_test

import (
	"strings"
	"testing"

	"github.com/baraza-app/baraza/session"
)

// TestStaffNamesInAnonymousExports: the facilitator and the note-taker are
// named by their role, in the header and in text, unless the plan's keep
// list names them whole and no part of their name is a participant's.
func TestStaffNamesInAnonymousExports(t *testing.T) {
	cases := []struct {
		name          string
		noteTaker     string
		keep          []string
		showFac, show bool // facilitator, note-taker named in the header
	}{
		{"hidden by default", "", nil, false, false},
		// "Furaha" is Irène Furaha's, "Bahati" Neema Bahati's: kept or not, hidden.
		{"kept but sharing a participant's name", "", []string{"Furaha Mwamba", "Jean-Paul Bahati"}, false, false},
		{"kept, no shared part", "Jean-Paul Lubala", []string{"jean-paul lubala"}, false, true},
	}
	for _, c := range cases {
		st := demoState(t)
		if c.noteTaker != "" {
			st.Plan.NoteTaker = c.noteTaker
		}
		st.Plan.Anonymity.Keep = c.keep
		st.Turns[0].Note = "Mwamba rappelle les règles; " + st.Plan.NoteTaker + " lit le compte rendu"
		for _, o := range []session.MinutesOptions{{Anonymous: true}, {Anonymous: true, Lang: "fr"}, {ChathamHouse: true}} {
			m, md := minutes(t, st, o)
			shownFac, shownNT := c.showFac && !o.ChathamHouse, c.show && !o.ChathamHouse
			if (m.Facilitator != "") != shownFac || (m.NoteTaker != "") != shownNT {
				t.Errorf("%s %+v: header facilitator %q, note-taker %q", c.name, o, m.Facilitator, m.NoteTaker)
			}
			if strings.Contains(string(md), "Mwamba") {
				t.Errorf("%s %+v: the facilitator's name is in the minutes", c.name, o)
			}
			note := m.Rounds[0].Turns[0].Note
			wantFac := map[string]string{"": "[the facilitator]", "fr": "[la personne qui facilite]"}[o.Lang]
			if !strings.HasPrefix(note, wantFac+" rappelle") {
				t.Errorf("%s %+v: note %q does not name the facilitator by role", c.name, o, note)
			}
			if strings.Contains(note, "Jean-Paul") != shownNT {
				t.Errorf("%s %+v: note %q: the note-taker shown %v, want %v", c.name, o, note, !shownNT, shownNT)
			}
		}
	}
	m, _ := minutes(t, demoState(t), session.MinutesOptions{})
	if m.Facilitator != "Furaha Mwamba" || m.NoteTaker != "Jean-Paul Bahati" {
		t.Errorf("named minutes: facilitator %q, note-taker %q", m.Facilitator, m.NoteTaker)
	}
}

// TestRedactionWarningsInTheMinutesLanguage: the export's warnings name
// the text in the minutes' language ("tour 3", not "turn 3").
func TestRedactionWarningsInTheMinutesLanguage(t *testing.T) {
	st, _ := tricky(t, "fr")
	for lang, want := range map[string]string{"en": "turn 3 ", "fr": "tour 3 "} {
		m := session.BuildMinutes(st, session.MinutesOptions{Anonymous: true, Lang: lang})
		if !strings.HasPrefix(strings.Join(m.Warnings, "\n"), strings.TrimSuffix(want, " ")) && !strings.Contains(strings.Join(m.Warnings, "\n"), "\n"+want) {
			t.Errorf("%s warnings %q, want one starting %q", lang, m.Warnings, want)
		}
		for _, w := range m.Warnings {
			if strings.Contains(w, "/") {
				t.Errorf("%s warning %q names a text by its code", lang, w)
			}
		}
	}
}
