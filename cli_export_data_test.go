package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestExportXLSXAndSpreadsheetCSV: the demo recording (a format 1 log) as
// a workbook and as CSV for a French spreadsheet.
func TestExportXLSXAndSpreadsheetCSV(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(t.TempDir(), "session.xlsx")
	r := baraza(t, "--data-dir", dir, "export", "demo", "--format", "xlsx", "--anonymous", "-o", out)
	r.expect(t, exitOK)
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("turns", "D2"); !strings.HasPrefix(v, "Community participant") {
		t.Errorf("turns!D2 = %q, want an anonymised label", v)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("workbook mode %o, want 600", fi.Mode().Perm())
	}
	piped := baraza(t, "--data-dir", dir, "export", "demo", "--format", "xlsx")
	piped.expect(t, exitOK)
	if !strings.HasPrefix(piped.stdout, "PK") { // a zip: stdout is not a terminal here
		t.Errorf("xlsx on a redirected stdout starts %q", piped.stdout[:min(4, len(piped.stdout))])
	}

	fr := baraza(t, "--data-dir", dir, "export", "demo", "--format", "csv", "--csv", "excel", "--lang", "fr")
	fr.expect(t, exitOK)
	if !strings.HasPrefix(fr.stdout, "\uFEFFsession;round;turn;") || !strings.Contains(fr.stdout, ";Communauté;") ||
		!bytes.HasSuffix([]byte(fr.stdout), []byte("\r\n")) {
		t.Errorf("French spreadsheet CSV:\n%.200q", fr.stdout)
	}
	bad := baraza(t, "--data-dir", dir, "export", "demo", "--format", "csv", "--csv", "semicolon")
	bad.expect(t, exitUsage)
	if !strings.Contains(bad.stderr, "plain or excel") {
		t.Errorf("bad dialect: %q", bad.stderr)
	}
}

// TestDemoRecordingExportsInEveryFormat: the demo recording, a log of
// format 1 as earlier versions wrote it, exports in every format, plain,
// anonymised and Chatham House, and no anonymised file names the demo's
// facilitator (whose "Furaha" is also a participant's family name).
func TestDemoRecordingExportsInEveryFormat(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"md", "json", "csv", "html", "xlsx"} {
		for _, mode := range []string{"", "--anonymous", "--chatham-house"} {
			out := filepath.Join(t.TempDir(), "out."+format)
			args := []string{"--data-dir", dir, "export", "demo", "--format", format, "-o", out}
			if mode != "" {
				args = append(args, mode)
			}
			baraza(t, args...).expect(t, exitOK)
			data, err := os.ReadFile(out)
			if err != nil || len(data) < 500 {
				t.Errorf("%s %s: %d bytes, %v", format, mode, len(data), err)
			}
			if format != "xlsx" && mode != "" && bytes.Contains(data, []byte("Mwamba")) {
				t.Errorf("%s %s names the facilitator", format, mode)
			}
		}
	}
}
