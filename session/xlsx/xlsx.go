// Package xlsx writes a session's minutes as a spreadsheet workbook for
// monitoring and evaluation teams: one sheet per table, typed cells (numbers,
// dates, durations, percentages), a frozen header row.
//
// It reads only session.Minutes, the same anonymised data the other exports
// get, so no sheet can show what the minutes would not.
package xlsx

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baraza-app/baraza/session"
)

// Sheet names are stable codes, like the header row, so that workbooks of
// sessions in different languages line up (docs/export-formats.md).
const (
	SheetSession  = "session"
	SheetTurns    = "turns"
	SheetPeople   = "people"
	SheetSpeaking = "speaking_time"
	SheetItems    = "items_positions"
	SheetActions  = "actions"
)

// Export is the workbook of m, as the bytes of an .xlsx file.
func Export(m *session.Minutes) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	w, err := newWorkbook(f)
	if err != nil {
		return nil, err
	}
	// The new file's one sheet becomes the first: deleting it after the
	// streamed sheets are written would parse them all back (seconds on
	// 10,000 turns).
	if err := f.SetSheetName("Sheet1", SheetSession); err != nil {
		return nil, err
	}
	for _, s := range []struct {
		name  string
		write func(*workbook, *session.Minutes) (*table, error)
	}{
		{SheetSession, sessionSheet}, {SheetTurns, turnsSheet}, {SheetPeople, peopleSheet},
		{SheetSpeaking, speakingSheet}, {SheetItems, itemsSheet}, {SheetActions, actionsSheet},
	} {
		t, err := s.write(w, m)
		if err == nil {
			err = w.flush(s.name, t)
		}
		if err != nil {
			return nil, fmt.Errorf("xlsx sheet %s: %w", s.name, err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// workbook holds the file and the cell styles of its sheets.
type workbook struct {
	f                                      *excelize.File
	header, stamp, date, duration, percent int
	text                                   int // number format "@": what is typed in stays text
}

func newWorkbook(f *excelize.File) (*workbook, error) {
	w := &workbook{f: f}
	custom := func(format string) *excelize.Style { return &excelize.Style{CustomNumFmt: &format} }
	for _, s := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&w.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDDDDD"}}}},
		{&w.stamp, custom("yyyy-mm-dd hh:mm:ss")},
		{&w.date, custom("yyyy-mm-dd")},
		{&w.duration, custom("[h]:mm:ss")},
		{&w.percent, &excelize.Style{NumFmt: 10}}, // 0.00%
		{&w.text, &excelize.Style{NumFmt: 49}},    // @
	} {
		id, err := f.NewStyle(s.style)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	return w, nil
}

// table is a sheet's header and rows, each cell a typed value or a
// styled excelize.Cell.
type table struct {
	header []string
	widths []float64
	rows   [][]any
}

// flush writes t as a new sheet, its header row frozen.
func (w *workbook) flush(name string, t *table) error {
	if i, _ := w.f.GetSheetIndex(name); i < 0 {
		if _, err := w.f.NewSheet(name); err != nil {
			return err
		}
	}
	sw, err := w.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, width := range t.widths {
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(t.header))
	for i, h := range t.header {
		head[i] = excelize.Cell{StyleID: w.header, Value: h}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	for i, row := range t.rows {
		inert(row, w.text)
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// when is an RFC 3339 moment of the minutes as a date-time cell showing
// the wall clock the minutes show (spreadsheets have no time zones).
func (w *workbook) when(stamp string) any {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return excelize.Cell{StyleID: w.stamp, Value: wall(t)}
}

// day is an ISO date as a date cell.
func (w *workbook) day(iso string) any {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return excelize.Cell{StyleID: w.date, Value: t}
}

// span is a number of seconds as a duration cell (a fraction of a day).
func (w *workbook) span(seconds int) any {
	return excelize.Cell{StyleID: w.duration, Value: float64(seconds) / 86400}
}

func (w *workbook) share(f float64) any { return excelize.Cell{StyleID: w.percent, Value: f} }

// wall is t's wall clock read as UTC: excelize counts days from a UTC epoch.
func wall(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// opt is an empty cell for a zero id (an action tied to no item).
func opt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// inert marks the text cells of a row that look like a formula as text
// cells. Strings are written as strings, never as formulas, so nothing
// runs when the workbook opens; the text format keeps it so when someone
// edits such a cell and presses Enter, where a general cell would turn
// "=HYPERLINK(…)" into a live formula.
func inert(row []any, text int) {
	for i, v := range row {
		if s, ok := v.(string); ok && session.LooksLikeFormula(s) {
			row[i] = excelize.Cell{StyleID: text, Value: s}
		}
	}
}
