package session

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
)

// ExportJSON is the whole session as minutes see it (anonymised when asked),
// for tools and archives. Its fields are documented in docs/export-formats.md.
func ExportJSON(m *Minutes) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(m)
	return buf.Bytes(), err
}

// csvHeader is the CSV export's first row.
var csvHeader = []string{"round", "turn", "speaker", "level", "gender", "youth", "request", "start",
	"duration_seconds", "interpretation_seconds", "off_record", "note"}

// ExportCSV is one row per speaking turn, for monitoring and evaluation.
func ExportCSV(m *Minutes) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(csvHeader)
	for _, r := range m.Rounds {
		for _, t := range r.Turns {
			_ = w.Write([]string{strconv.Itoa(r.N), strconv.Itoa(t.N), t.Speaker, t.Level, t.Gender,
				strconv.FormatBool(t.Youth), t.Kind, t.At, strconv.Itoa(t.Seconds),
				strconv.Itoa(t.Interpretation), strconv.FormatBool(t.OffRecord), t.Note})
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
