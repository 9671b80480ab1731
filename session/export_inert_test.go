package session_test

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/anontest"
)

func TestInert(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"=1+1", "'=1+1"}, {"+1", "'+1"}, {"-1", "'-1"}, {"@x", "'@x"}, {"\t=1", "'\t=1"}, {"\r=1", "'\r=1"},
		{"  =1", "'  =1"}, {"\uff1d1", "'\uff1d1"}, {"a=1", "a=1"}, {"Déogratias", "Déogratias"}, {"", ""}, {"1-2", "1-2"},
		{"'=1", "'=1"}, // already shown as text
	} {
		if got := session.Inert(c.in); got != c.want {
			t.Errorf("Inert(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCSVCellsNeverRunAsFormulas: in both dialects, a typed note or name
// that looks like a formula is written with an apostrophe in front, and
// nothing else changes: the number columns stay numbers.
func TestCSVCellsNeverRunAsFormulas(t *testing.T) {
	st, err := anontest.HostileSession()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []session.CSVDialect{session.CSVPlain, session.CSVExcel} {
		for _, lang := range []string{"en", "fr"} {
			m, _ := minutes(t, st, session.MinutesOptions{Lang: lang})
			out, err := session.ExportCSVDialect(m, d)
			if err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte("\uFEFF"))))
			if d == session.CSVExcel && lang == "fr" {
				r.Comma = ';'
			}
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, row := range rows[1:] {
				for i, c := range row {
					if session.LooksLikeFormula(c) {
						t.Errorf("%s/%s: column %s holds %q, a formula", d, lang, session.CSVHeader[i], c)
					}
				}
				for _, col := range []int{1, 2, 12, 13} { // round, turn, duration_seconds, interpretation_seconds
					if _, err := strconv.Atoi(row[col]); err != nil {
						t.Errorf("%s/%s: %s %q is no number", d, lang, session.CSVHeader[col], row[col])
					}
				}
				seen[row[15]] = true
				if row[3] == "'@Bienvenu Mukeba" {
					seen["speaker"] = true
				}
			}
			for _, f := range anontest.Formulas {
				f = strings.Join(strings.Fields(f), " ") // minutes keep a note on one line
				if !seen["'"+f] {
					t.Errorf("%s/%s: note %q is not written as '%s", d, lang, f, f)
				}
			}
			if !seen["speaker"] {
				t.Errorf("%s/%s: the speaker named like a formula is not written with an apostrophe", d, lang)
			}
		}
	}
	if !strings.HasPrefix(anontest.Formulas[0], "=") {
		t.Fatal("the first hostile note must be a formula")
	}
}
