package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// TestStreamedExportsAreTheMinutesInMemory: the exports written as they
// are produced (stdout and -o) hold the bytes the in-memory functions
// make of the same session, in every streamed format, and -o still writes
// a 0600 file with no temporary file left beside it.
func TestStreamedExportsAreTheMinutesInMemory(t *testing.T) {
	data := t.TempDir()
	rec, st, err := sessions.Open(data).FoldRecording("demo")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		want func(*session.Minutes) ([]byte, error)
		o    session.MinutesOptions
	}{
		{"md", nil, func(m *session.Minutes) ([]byte, error) { return session.RenderMinutes(m, nil) }, session.MinutesOptions{}},
		{"md-fr-anonymous", []string{"--lang", "fr", "--anonymous"}, func(m *session.Minutes) ([]byte, error) { return session.RenderMinutes(m, nil) },
			session.MinutesOptions{Lang: "fr", Anonymous: true}},
		{"json", []string{"--format", "json"}, func(m *session.Minutes) ([]byte, error) {
			if err := session.Seal(m); err != nil {
				return nil, err
			}
			return session.ExportJSON(m)
		}, session.MinutesOptions{}},
		{"csv-excel", []string{"--format", "csv", "--csv", "excel"}, func(m *session.Minutes) ([]byte, error) {
			return session.ExportCSVDialect(m, session.CSVExcel)
		}, session.MinutesOptions{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, err := c.want(session.BuildMinutes(st, c.o))
			if err != nil {
				t.Fatal(err)
			}
			r := baraza(t, append([]string{"--data-dir", data, "export", rec.ID}, c.args...)...)
			r.expect(t, exitOK)
			if r.stdout != string(want) {
				t.Fatalf("stdout differs from the minutes in memory (%d bytes, want %d)", len(r.stdout), len(want))
			}
			dir := t.TempDir()
			out := filepath.Join(dir, "export")
			baraza(t, append([]string{"--data-dir", data, "export", rec.ID, "-o", out}, c.args...)...).expect(t, exitOK)
			if got := readFile(t, out); string(got) != string(want) {
				t.Fatalf("-o differs from the minutes in memory (%d bytes, want %d)", len(got), len(want))
			}
			if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
				t.Errorf("mode %o", fi.Mode().Perm())
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("%d files beside the export, want none", len(entries)-1)
			}
		})
	}
}
