package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The workbook reads back: one sheet per table, the JSON's codes with
// their labels beside them, numbers as numbers, dates as dates, every
// session, share, item and action of the report.
func TestReportXLSXReadsBack(t *testing.T) {
	a := series(t)
	for _, lang := range []string{"en", "fr"} {
		r := build(t, a, Filter{}, lang)
		data, err := XLSX(r, lang)
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if got := strings.Join(f.GetSheetList(), ","); got != "report,sessions,speaking_shares,items,actions" {
			t.Fatalf("sheets: %s", got)
		}
		rows := func(sheet string) [][]string {
			rs, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			return rs
		}
		sess := rows(SheetSessions)
		if len(sess) != 1+len(r.Sessions) || sess[0][0] != "session" || sess[0][13] != "speaking_seconds" {
			t.Fatalf("sessions sheet: %d rows, header %v", len(sess), sess[0])
		}
		for i, s := range r.Sessions {
			row := sess[i+1]
			if row[0] != s.ID || row[4] != s.Site || row[13] != strconv.Itoa(s.SpeakingSeconds) || row[7] != strconv.Itoa(s.Present) {
				t.Errorf("session row %d = %v, want %+v", i, row, s)
			}
			typ, err := f.GetCellType(SheetSessions, "N"+strconv.Itoa(i+2))
			if err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
				t.Errorf("speaking_seconds is not a number (type %v)", typ)
			}
			if d, _ := f.GetCellValue(SheetSessions, "B"+strconv.Itoa(i+2)); d != s.Date {
				t.Errorf("date shown as %q, want %q", d, s.Date)
			}
		}
		shares := rows(SheetShares)
		if want := 1 + len(r.Sessions)*len(r.Sessions[0].Shares); len(shares) != want {
			t.Errorf("%d share rows, want %d", len(shares), want)
		}
		got, _ := strconv.ParseFloat(shares[1][4], 64)
		if shares[1][2] != r.Sessions[0].Shares[0].Group || got != r.Sessions[0].Shares[0].TimeShare {
			t.Errorf("first share row %v, want %+v", shares[1], r.Sessions[0].Shares[0])
		}
		items := rows(SheetItems)
		if len(items) != 1+len(r.Items) || items[1][0] != r.Items[0].Text || items[1][4] != r.Items[0].Status {
			t.Errorf("items sheet %v", items[:min(2, len(items))])
		}
		acts := rows(SheetActions)
		if len(acts) != 1+len(r.Actions) || acts[1][4] != r.Actions[0].Horizon || acts[1][6] != r.Actions[0].Status ||
			acts[1][9] != strconv.Itoa(r.Actions[0].DaysOpen) {
			t.Errorf("actions sheet %v, want %+v", acts[:min(2, len(acts))], r.Actions[0])
		}
		label := map[string]string{"en": "Women", "fr": "Femmes"}[lang]
		if shares[1][3] != label {
			t.Errorf("%s label %q, want %q", lang, shares[1][3], label)
		}
	}
}
