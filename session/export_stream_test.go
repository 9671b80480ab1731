package session_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

// referenceJSON and referenceCSV are the exports as encoding/json and
// encoding/csv wrote them before they were streamed: the streaming
// writers must write the same bytes.
func referenceJSON(m *session.Minutes) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	c := *m
	for _, s := range []any{&c.Attendance, &c.AttendanceChanges, &c.Agenda, &c.Rounds, &c.Items, &c.Actions,
		&c.ParkingLot, &c.CarriedItems, &c.CarriedActs, &c.Notes, &c.Speaking} {
		switch s := s.(type) {
		case *[]session.AttendanceRow:
			nonNil(s)
		case *[]session.AttendanceChangeRow:
			nonNil(s)
		case *[]session.AgendaRow:
			nonNil(s)
		case *[]session.RoundMinutes:
			nonNil(s)
		case *[]session.ItemRow:
			nonNil(s)
		case *[]session.ActionRow:
			nonNil(s)
		case *[]session.NoteRow:
			nonNil(s)
		case *[]session.ShareRow:
			nonNil(s)
		}
	}
	if err := enc.Encode(&c); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func nonNil[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}

func referenceCSV(m *session.Minutes, d session.CSVDialect) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if d == session.CSVExcel {
		buf.WriteString("\uFEFF")
		w.UseCRLF = true
		if m.Lang == "fr" {
			w.Comma = ';'
		}
	}
	_ = w.Write(session.CSVHeader)
	in := session.Inert
	for _, r := range m.Rounds {
		for _, t := range r.Turns {
			_ = w.Write([]string{in(m.Session), strconv.Itoa(r.N), strconv.Itoa(t.N), in(t.Speaker), t.LevelCode, in(t.Level),
				t.Gender, in(t.GenderLabel), strconv.FormatBool(t.Youth), t.Request, in(t.RequestLabel), t.At,
				strconv.Itoa(t.Seconds), strconv.Itoa(t.Interpretation), strconv.FormatBool(t.OffRecord), in(t.Note),
				strconv.FormatBool(t.SpeakerLate), in(t.SpeakerLeft)})
		}
	}
	w.Flush()
	return buf.Bytes()
}

// TestStreamedExportsWriteTheReferenceBytes: JSON and CSV, every kind of
// minutes (languages, anonymised, Chatham House, a draft with a running
// turn, corrections and an addendum, a follow-up, annotations), and notes
// with what JSON must escape, are the bytes encoding/json and encoding/csv
// wrote.
func TestStreamedExportsWriteTheReferenceBytes(t *testing.T) {
	st := demoState(t)
	events := demorec.Events()
	draft, _ := session.Fold(events[:60])
	odd := demoState(t)
	for i, note := range []string{"a\x01b\"c\\d\te\r\nf", "<b>&amp;</b> \u2028\u2029 \xff\xfe", "=SUM(A1)", "", "王小明 — Déogratias"} {
		if i < len(odd.Turns) {
			odd.Turns[i].Note = note
		}
	}
	cases := map[string]struct {
		st *session.State
		o  session.MinutesOptions
	}{
		"en": {st, session.MinutesOptions{}}, "fr": {st, session.MinutesOptions{Lang: "fr"}},
		"anonymous": {st, session.MinutesOptions{Anonymous: true}}, "chatham": {st, session.MinutesOptions{ChathamHouse: true}},
		"draft":     {draft, session.MinutesOptions{Now: events[59].At.Add(time.Minute)}},
		"addendum":  {foldOrFail(t, correctedDemo(t, true, true)), session.MinutesOptions{}},
		"follow_up": {followUp(t, st), session.MinutesOptions{}},
		"odd notes": {odd, session.MinutesOptions{}},
		"empty":     {foldOrFail(t, events[:1]), session.MinutesOptions{}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			c.o.Location = time.UTC
			m := session.BuildMinutes(c.st, c.o)
			if len(c.st.Turns) > 3 {
				session.AddAnnotations(m, c.st, []session.Annotated{{Moment: c.st.Turns[3].Start.Add(time.Minute), Text: "Good <reframing>"}}, c.o)
			}
			if err := session.Seal(m); err != nil {
				t.Fatal(err)
			}
			got, err := session.ExportJSON(m)
			if err != nil {
				t.Fatal(err)
			}
			if want := referenceJSON(m); !bytes.Equal(got, want) {
				t.Errorf("JSON differs from encoding/json's:\n%s", firstDiff(got, want))
			}
			for _, d := range []session.CSVDialect{session.CSVPlain, session.CSVExcel} {
				got, err := session.ExportCSVDialect(m, d)
				if err != nil {
					t.Fatal(err)
				}
				if want := referenceCSV(m, d); !bytes.Equal(got, want) {
					t.Errorf("CSV %s differs:\n%s", d, firstDiff(got, want))
				}
			}
		})
	}
}

func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got " + g[i] + "\nwant " + w[i]
		}
	}
	return "lengths " + strconv.Itoa(len(g)) + " and " + strconv.Itoa(len(w)) + " lines"
}
