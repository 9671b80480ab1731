package session

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
)

// DataFormat names the shape of the JSON export (its "format" field); it
// changes only when a field changes meaning or goes away, never for an
// added field (docs/export-formats.md, docs/schema/export.schema.json).
const DataFormat = "baraza-minutes/2"

// ExportJSON is the whole session as minutes see it (anonymised when asked),
// for tools and archives. Its fields are documented in docs/export-formats.md.
func ExportJSON(m *Minutes) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	c := *m // lists are [] rather than null, so that tools need not test for both
	empty(&c.Attendance)
	empty(&c.AttendanceChanges)
	empty(&c.Agenda)
	empty(&c.Rounds)
	empty(&c.Items)
	empty(&c.Actions)
	empty(&c.ParkingLot)
	empty(&c.CarriedItems)
	empty(&c.CarriedActs)
	empty(&c.Notes)
	empty(&c.Speaking)
	err := enc.Encode(&c)
	return buf.Bytes(), err
}

func empty[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}

// CSVDialect is how the CSV export is written.
type CSVDialect string

// The CSV dialects: plain RFC 4180 for tools, or what spreadsheets in the
// export's language open without an import dialog.
const (
	CSVPlain CSVDialect = "plain" // UTF-8, comma, LF
	CSVExcel CSVDialect = "excel" // UTF-8 with BOM, CRLF, ";" in French, "," in English
)

// ParseCSVDialect reads a --csv value.
func ParseCSVDialect(s string) (CSVDialect, error) {
	switch d := CSVDialect(s); d {
	case CSVPlain, CSVExcel:
		return d, nil
	case "":
		return CSVPlain, nil
	}
	return "", fmt.Errorf("csv dialect %q: want plain or excel", s)
}

// CSVHeader is the CSV export's first row: codes, then labels in the
// export's language beside them.
var CSVHeader = []string{"session", "round", "turn", "speaker", "level", "level_label", "gender", "gender_label",
	"youth", "request", "request_label", "start", "duration_seconds", "interpretation_seconds", "off_record", "note"}

// ExportCSV is one row per speaking turn, for monitoring and evaluation, in
// the plain dialect.
func ExportCSV(m *Minutes) ([]byte, error) { return ExportCSVDialect(m, CSVPlain) }

// ExportCSVDialect is ExportCSV written for d.
func ExportCSVDialect(m *Minutes, d CSVDialect) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if d == CSVExcel {
		buf.WriteString("\uFEFF") // the BOM tells spreadsheets it is UTF-8
		w.UseCRLF = true
		if m.Lang == "fr" { // French spreadsheets use the comma for decimals
			w.Comma = ';'
		}
	}
	_ = w.Write(CSVHeader)
	for _, r := range m.Rounds {
		for _, t := range r.Turns {
			_ = w.Write([]string{m.Session, strconv.Itoa(r.N), strconv.Itoa(t.N), t.Speaker, t.LevelCode, t.Level,
				t.Gender, t.GenderLabel, strconv.FormatBool(t.Youth), t.Request, t.RequestLabel, t.At,
				strconv.Itoa(t.Seconds), strconv.Itoa(t.Interpretation), strconv.FormatBool(t.OffRecord), t.Note})
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
