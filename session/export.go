package session

import (
	"bytes"
	"fmt"
	"strings"
)

// DataFormat names the shape of the JSON export (its "format" field); it
// changes only when a field changes meaning or goes away, never for an
// added field (docs/export-formats.md, docs/schema/export.schema.json).
const DataFormat = "baraza-minutes/2"

// ExportJSON is the whole session as minutes see it (anonymised when asked),
// for tools and archives. Its fields are documented in docs/export-formats.md.
func ExportJSON(m *Minutes) ([]byte, error) {
	var buf bytes.Buffer
	err := WriteJSON(&buf, m)
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
	"youth", "request", "request_label", "start", "duration_seconds", "interpretation_seconds", "off_record", "note",
	"speaker_late", "speaker_left"}

// ExportCSV is one row per speaking turn, for monitoring and evaluation, in
// the plain dialect.
func ExportCSV(m *Minutes) ([]byte, error) { return ExportCSVDialect(m, CSVPlain) }

// ExportCSVDialect is ExportCSV written for d.
func ExportCSVDialect(m *Minutes, d CSVDialect) ([]byte, error) {
	var buf bytes.Buffer
	err := WriteCSV(&buf, m, d)
	return buf.Bytes(), err
}

// LooksLikeFormula reports whether a spreadsheet opening s in a cell would
// run it as a formula: it starts (after spaces) with = + - or @, full-width
// ones too, or with a tab or a carriage return (OWASP, "CSV injection").
func LooksLikeFormula(s string) bool {
	s = strings.TrimLeft(s, " ")
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	for _, p := range []string{"\uff1d", "\uff0b", "\uff0d", "\uff20"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// Inert is a text cell a spreadsheet shows as typed and never runs: one
// that looks like a formula gets an apostrophe in front ("'=SUM(A1)",
// "'-- no water"), as OWASP advises. Numbers never go through it.
func Inert(s string) string {
	if LooksLikeFormula(s) {
		return "'" + s
	}
	return s
}
