package xlsx_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/anontest"
	"github.com/baraza-app/baraza/session/xlsx"
)

// TestNoCellIsAFormula: notes and names that look like formulas are string
// cells holding exactly what was typed, formatted as text ("@") so that
// editing one keeps it text; no cell of any sheet holds a formula; numbers
// stay numbers.
func TestNoCellIsAFormula(t *testing.T) {
	st, err := anontest.HostileSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := xlsx.Export(session.BuildMinutes(st, session.MinutesOptions{Location: time.UTC}))
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for r, row := range rows {
			for c := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					t.Errorf("%s!%s holds the formula %q", sheet, cell, formula)
				}
			}
		}
	}
	notes := map[string]bool{}
	rows, _ := f.GetRows(xlsx.SheetTurns)
	for r, row := range rows[1:] {
		note, _ := excelize.CoordinatesToCellName(17, r+2)
		v, _ := f.GetCellValue(xlsx.SheetTurns, note)
		notes[v] = true
		if session.LooksLikeFormula(v) {
			typ, _ := f.GetCellType(xlsx.SheetTurns, note)
			style, _ := f.GetCellStyle(xlsx.SheetTurns, note)
			s, _ := f.GetStyle(style)
			if typ != excelize.CellTypeInlineString || s == nil || s.NumFmt != 49 {
				t.Errorf("turns!%s %q: type %v, number format %+v; want a string formatted as text", note, v, typ, s)
			}
		}
		if turn, _ := f.GetCellType(xlsx.SheetTurns, "C"+strings.TrimPrefix(note, "Q")); turn != excelize.CellTypeUnset {
			t.Errorf("turns!C%s is no number (%v)", strings.TrimPrefix(note, "Q"), turn)
		}
		notes["speaker:"+row[3]] = true
	}
	if !notes["speaker:@Bienvenu Mukeba"] {
		t.Error("the speaker named like a formula is not in the workbook as typed")
	}
	for _, want := range anontest.Formulas {
		if want = strings.Join(strings.Fields(want), " "); !notes[want] {
			t.Errorf("note %q is not in the workbook as typed", want)
		}
	}
}
