package xlsx_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
	"github.com/baraza-app/baraza/session/xlsx"
)

func demo(t testing.TB, o session.MinutesOptions) (*session.State, *excelize.File) {
	t.Helper()
	st, err := session.Fold(demorec.Events())
	if err != nil {
		t.Fatal(err)
	}
	o.Location = time.UTC
	out, err := xlsx.Export(session.BuildMinutes(st, o))
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return st, f
}

func TestWorkbookSheetsAndTypedCells(t *testing.T) {
	st, f := demo(t, session.MinutesOptions{Lang: "fr"})
	if got := strings.Join(f.GetSheetList(), ","); got != "session,turns,people,speaking_time,items_positions,actions" {
		t.Fatalf("sheets %s", got)
	}
	for _, name := range f.GetSheetList() {
		panes, err := f.GetPanes(name)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v %v", name, panes, err)
		}
	}
	rows, _ := f.GetRows(xlsx.SheetTurns)
	if len(rows) != len(st.Turns)+1 {
		t.Fatalf("turns: %d rows for %d turns", len(rows), len(st.Turns))
	}
	for _, c := range []struct {
		sheet, cell string
		typ         excelize.CellType
		raw, shown  string
	}{
		{xlsx.SheetTurns, "A1", excelize.CellTypeInlineString, "session", "session"},
		{xlsx.SheetTurns, "C2", excelize.CellTypeUnset, "1", "1"}, // a number: unset type means numeric
		{xlsx.SheetTurns, "E2", excelize.CellTypeInlineString, "community", "community"},
		{xlsx.SheetTurns, "F2", excelize.CellTypeInlineString, "Communauté", "Communauté"},
		{xlsx.SheetTurns, "I2", excelize.CellTypeBool, "0", "FALSE"},
		{xlsx.SheetTurns, "L2", excelize.CellTypeUnset, "46095.3990740741", "2026-03-14 09:34:40"},
		{xlsx.SheetTurns, "M2", excelize.CellTypeUnset, "0.00219907407407407", "0:03:10"},
		{xlsx.SheetTurns, "N2", excelize.CellTypeUnset, "190", "190"},
		{xlsx.SheetSession, "B6", excelize.CellTypeUnset, "46095", "2026-03-14"},
		{xlsx.SheetSpeaking, "G2", excelize.CellTypeUnset, "", ""},
		{xlsx.SheetActions, "C2", excelize.CellTypeUnset, "2", "2"},
	} {
		typ, err := f.GetCellType(c.sheet, c.cell)
		if err != nil || typ != c.typ {
			t.Errorf("%s!%s: type %v, want %v (%v)", c.sheet, c.cell, typ, c.typ, err)
		}
		if c.raw == "" {
			continue
		}
		raw, _ := f.GetCellValue(c.sheet, c.cell, excelize.Options{RawCellValue: true})
		shown, _ := f.GetCellValue(c.sheet, c.cell)
		if !strings.HasPrefix(raw, c.raw[:min(len(c.raw), 12)]) || shown != c.shown {
			t.Errorf("%s!%s: raw %q shown %q, want %q / %q", c.sheet, c.cell, raw, shown, c.raw, c.shown)
		}
	}
	share, _ := f.GetCellValue(xlsx.SheetSpeaking, "G2", excelize.Options{RawCellValue: true})
	if shown, _ := f.GetCellValue(xlsx.SheetSpeaking, "G2"); !strings.HasSuffix(shown, "%") || strings.Contains(share, "%") {
		t.Errorf("speaking time share: raw %q shown %q, want a number shown as a percentage", share, shown)
	}
}

// TestWorkbookKeepsTheMinutesAnonymity: no participant's name in any cell
// of an anonymised or Chatham House workbook, nor the facilitator's and
// note-taker's (the demo's facilitator "Furaha Mwamba" shares "Furaha"
// with the participant "Irène Furaha"); no label in Chatham House.
func TestWorkbookKeepsTheMinutesAnonymity(t *testing.T) {
	for _, o := range []session.MinutesOptions{{Anonymous: true}, {ChathamHouse: true, Lang: "fr"}} {
		st, f := demo(t, o)
		var all strings.Builder
		for _, name := range f.GetSheetList() {
			rows, _ := f.GetRows(name)
			for _, r := range rows {
				all.WriteString(strings.Join(r, "\t") + "\n")
			}
		}
		names := []string{st.Plan.Facilitator, st.Plan.NoteTaker}
		for _, p := range st.People {
			names = append(names, p.Name)
		}
		for _, name := range names {
			for _, part := range strings.Fields(name) {
				if len([]rune(part)) > 3 && strings.Contains(all.String(), part) {
					t.Errorf("%+v: %q (of a participant's name) is in the workbook", o, part)
				}
			}
		}
		if o.ChathamHouse && (strings.Contains(all.String(), "participant 1") || strings.Contains(all.String(), "Government participant")) {
			t.Errorf("Chatham House workbook attributes turns to labels")
		}
		if !o.ChathamHouse && !strings.Contains(all.String(), "Community participant") {
			t.Errorf("anonymous workbook has no labels at all: built from something else than the minutes?")
		}
	}
}

// BenchmarkXLSX10kTurns: the workbook of a session with 10,000 turns.
func BenchmarkXLSX10kTurns(b *testing.B) {
	events := demorec.Events()[:1]
	at := events[0].At
	events = append(events, session.Event{Type: session.RoundStarted, Round: 1})
	for i := 1; i <= 10000; i++ {
		events = append(events, session.Event{Type: session.TurnStarted, Turn: i, Participant: session.ParticipantID(i % 15)},
			session.Event{Type: session.TurnEnded, Turn: i, Note: "Speaks of water, land and the market road"})
	}
	for i := range events {
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), at.Add(time.Duration(i)*20*time.Second)
	}
	st, _ := session.Fold(events)
	m := session.BuildMinutes(st, session.MinutesOptions{Anonymous: true, Location: time.UTC})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := xlsx.Export(m); err != nil {
			b.Fatal(err)
		}
	}
}
