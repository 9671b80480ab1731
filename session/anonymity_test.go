package session_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/anontest"
	"github.com/baraza-app/baraza/session/htmlminutes"
	"github.com/baraza-app/baraza/session/redact"
	"github.com/baraza-app/baraza/session/xlsx"
	"github.com/xuri/excelize/v2"
)

// exporters are every format an export can write, one line each: a format
// added later (html, xlsx) is one more line here, and then passes the same
// anonymity test. xlsx's text is its cells, joined.
var exporters = []struct {
	name string
	fn   func(*session.Minutes) ([]byte, error)
}{
	{"md", func(m *session.Minutes) ([]byte, error) { return session.RenderMinutes(m, nil) }},
	{"json", session.ExportJSON},
	{"csv", session.ExportCSV},
	{"html", htmlminutes.Render},
	{"xlsx", xlsxCells},
}

// xlsxCells exports a workbook and returns the text of all its cells (the
// file itself is compressed, so its bytes would hide a leak).
func xlsxCells(m *session.Minutes) ([]byte, error) {
	data, err := xlsx.Export(m)
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, err
		}
		for _, row := range rows {
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	return []byte(b.String()), nil
}

// tricky is the tricky session folded, with a reviewer's decisions: Grâce
// is the person in turn 12 (redact that occurrence), "bint" is kept
// everywhere, and "Mukendi's cousin" Lubala is added as a term.
func tricky(t testing.TB, lang string) (*session.State, []session.Annotated) {
	t.Helper()
	events, notes, _, err := anontest.Session(lang)
	if err != nil {
		t.Fatal(err)
	}
	st, err := session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	return st, notes
}

// words is text folded into its words, between spaces, for whole-word tests.
func words(b []byte) string { return " " + redact.Fold(string(b)) + " " }

// TestNoNameLeavesInAnyFormat: for every format, in English and French,
// anonymous and Chatham House, with annotations, no name part of the
// tricky plan appears, nor any organisation, role or term to redact; the
// ordinary words on the keep list survive, and an institution that is no
// participant's stays as the action's party.
func TestNoNameLeavesInAnyFormat(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		st, notes := tricky(t, lang)
		parts, phrases := anontest.Secrets(st.Plan)
		for _, mode := range []session.MinutesOptions{{Anonymous: true}, {ChathamHouse: true}} {
			for _, minLang := range []string{"en", "fr"} {
				mode.Lang, mode.Location = minLang, time.UTC
				m := session.BuildMinutes(st, mode)
				session.AddAnnotations(m, st, notes, mode)
				plain := session.BuildMinutes(st, session.MinutesOptions{Lang: minLang, Location: time.UTC})
				labelled := session.BuildMinutes(st, session.MinutesOptions{Lang: minLang, Location: time.UTC, Anonymous: true})
				for _, ex := range exporters {
					out, err := ex.fn(m)
					if err != nil {
						t.Fatal(err)
					}
					named, _ := ex.fn(plain)
					got := words(out)
					what := lang + " session, " + minLang + " " + ex.name
					if mode.ChathamHouse {
						what += " Chatham House"
					}
					for _, p := range parts {
						if strings.Contains(got, " "+p+" ") {
							t.Errorf("%s: name part %q leaks", what, p)
						}
					}
					for _, p := range phrases {
						if strings.Contains(got, " "+p+" ") {
							t.Errorf("%s: %q leaks", what, p)
						}
					}
					for _, keep := range []string{"grace a dieu", "amani fm", "mairie de kalemie"} {
						if strings.Contains(words(named), " "+keep+" ") && !strings.Contains(got, " "+keep+" ") {
							t.Errorf("%s: %q was replaced, but it is no name", what, keep)
						}
					}
					if mode.ChathamHouse {
						for _, tr := range labelled.Rounds[0].Turns {
							if label := redact.Fold(tr.Speaker); strings.Contains(got, " "+label+" ") {
								t.Errorf("%s: a label (%q) in a Chatham House export joins it to the anonymised one", what, label)
							}
						}
					}
				}
			}
		}
	}
}

// TestUnreviewedAreReportedAndDecisionsApply: ambiguous words nobody
// reviewed are redacted and listed; a decision recorded in the log changes
// every later export the same way.
func TestUnreviewedAreReportedAndDecisionsApply(t *testing.T) {
	events, notes, _, err := anontest.Session("fr")
	if err != nil {
		t.Fatal(err)
	}
	st, _ := session.Fold(events)
	o := session.MinutesOptions{Anonymous: true, Location: time.UTC}
	m := session.BuildMinutes(st, o)
	session.AddAnnotations(m, st, notes, o)
	unreviewed := map[string]bool{}
	for _, u := range m.Unreviewed {
		unreviewed[u.Term+" @ "+u.Where] = true
	}
	for _, want := range []string{"Jean @ turn/6", "Espoir @ annotation/2", "présidente du comité des jeunes @ note/2"} {
		if !unreviewed[want] {
			t.Errorf("%s not reported as unreviewed: %v", want, unreviewed)
		}
	}
	if strings.Contains(m.Rounds[0].Turns[5].Note, "Jean") {
		t.Errorf("an unreviewed shared name is not redacted: %q", m.Rounds[0].Turns[5].Note)
	}

	// Keep "Jean" in turn 6's second place, and "Espoir" everywhere.
	at := events[len(events)-1].At
	for i, e := range []session.Event{
		session.NewRedactionDecided("Jean", redact.ScopeOccurrence, redact.Keep, "turn/6", 2),
		session.NewRedactionDecided("espoir", redact.ScopeEverywhere, redact.Keep, "", 0),
		session.NewRedactionTermAdded("la récolte"),
	} {
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), at.Add(time.Duration(i+1)*time.Minute)
		events = append(events, e)
	}
	st, err = session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	m = session.BuildMinutes(st, o)
	session.AddAnnotations(m, st, notes, o)
	turns := m.Rounds[0].Turns
	if got := turns[5].Note; !strings.HasPrefix(got, "[une personne participante] a répondu à Jean;") {
		t.Errorf("turn 6 after keeping the second Jean: %q", got)
	}
	if got := m.Rounds[0].Annotations[1].Text; !strings.Contains(got, "Espoir ne la coupe pas") || strings.Contains(got, "عائشة") {
		t.Errorf("annotation 2 after keeping Espoir everywhere: %q", got)
	}
	if got := turns[7].Note; strings.Contains(got, "Espoir") {
		t.Errorf("a full name is redacted whatever was decided on a part of it: %q", got)
	}
	if got := turns[8].Note; strings.Contains(got, "récolte") {
		t.Errorf("an added term is not redacted: %q", got)
	}
	again := session.BuildMinutes(st, o)
	session.AddAnnotations(again, st, notes, o)
	a, _ := session.ExportJSON(m)
	b, _ := session.ExportJSON(again)
	if string(a) != string(b) {
		t.Error("two exports of the same log differ")
	}
}
