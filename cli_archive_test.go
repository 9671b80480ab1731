package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/sessions"
)

func TestArchivePackAndImport(t *testing.T) {
	field, office := t.TempDir(), t.TempDir()
	a := sessions.Open(field)
	closed := createSession(t, a, planFiles[2], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	open := createSession(t, a, planFiles[1], time.Date(2026, 3, 20, 9, 30, 0, 0, time.Local), 1, false)
	bundleFile := filepath.Join(t.TempDir(), "field.baraza")

	baraza(t, "archive", "pack", "--data-dir", field).expect(t, exitUsage)
	r := baraza(t, "archive", "pack", "-o", bundleFile, "--data-dir", field)
	r.expect(t, exitOK)
	if !strings.HasPrefix(r.stdout, "Packed 2 sessions") {
		t.Errorf("stdout = %q", r.stdout)
	}
	if fi, err := os.Stat(bundleFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("bundle: %v %v", fi, err)
	}

	in := baraza(t, "archive", "import", bundleFile, "--data-dir", office)
	in.expect(t, exitOK)
	if !strings.Contains(in.stdout, "2 added, 0 updated, 0 unchanged") {
		t.Errorf("first import: %s", in.stdout)
	}
	again := baraza(t, "archive", "import", bundleFile, "--data-dir", office)
	again.expect(t, exitOK)
	if !strings.Contains(again.stdout, "0 added, 0 updated, 2 unchanged") {
		t.Errorf("second import: %s", again.stdout)
	}
	// The same closed session exports the same minutes at the office.
	here := baraza(t, "export", closed, "--data-dir", field)
	there := baraza(t, "export", closed, "--data-dir", office)
	if here.stdout != there.stdout || there.code != exitOK {
		t.Error("the imported session exports differently")
	}
	// The session still open in the field is read-only at the office.
	if _, err := sessions.Open(office).OpenForWriting(open); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("resuming an imported open session: %v", err)
	}

	data, _ := os.ReadFile(bundleFile)
	data[len(data)/2] ^= 0xff
	bad := writeFile(t, t.TempDir(), "bad.baraza", string(data))
	other := t.TempDir()
	refused := baraza(t, "archive", "import", bad, "--data-dir", other)
	refused.expect(t, exitError)
	if list, _ := os.ReadDir(filepath.Join(other, "sessions")); len(list) != 0 {
		t.Errorf("a damaged bundle left %v", list)
	}
}

func TestArchivePackSince(t *testing.T) {
	field := t.TempDir()
	a := sessions.Open(field)
	createSession(t, a, planFiles[2], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, true)
	createSession(t, a, planFiles[1], time.Date(2026, 4, 2, 9, 30, 0, 0, time.Local), 1, true)
	out := filepath.Join(t.TempDir(), "b")
	r := baraza(t, "archive", "pack", "--since", "2026-04-01", "-o", out, "--data-dir", field)
	r.expect(t, exitOK)
	if !strings.HasPrefix(r.stdout, "Packed 1 session ") {
		t.Errorf("stdout = %q", r.stdout)
	}
	baraza(t, "archive", "pack", "--since", "02/04/2026", "-o", out, "--data-dir", field).expect(t, exitUsage)
	baraza(t, "archive", "pack", "-o", "/dev/null", "--data-dir", field).expect(t, exitError)
}

func TestReportCommand(t *testing.T) {
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES", "BARAZA_LANG"} {
		t.Setenv(v, "")
	}
	data := t.TempDir()
	a := sessions.Open(data)
	createSession(t, a, planFiles[2], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	createSession(t, a, planFiles[0], time.Date(2026, 4, 14, 9, 30, 0, 0, time.Local), 1, true)
	md := baraza(t, "report", "--data-dir", data)
	md.expect(t, exitOK)
	if !strings.Contains(md.stdout, "# Series report") || !strings.Contains(md.stdout, "from 2 sessions") {
		t.Errorf("report:\n%s", md.stdout)
	}
	fr := baraza(t, "report", "--lang", "fr", "--until", "2026-03-31", "--data-dir", data)
	fr.expect(t, exitOK)
	if !strings.Contains(fr.stdout, "# Rapport de la série") || !strings.Contains(fr.stdout, "1 séance.") || !strings.Contains(fr.stdout, "jusqu'au 2026-03-31") {
		t.Errorf("French report:\n%s", fr.stdout)
	}
	// Without its own --lang, the report speaks the command line's language.
	t.Setenv("LANG", "fr_FR.UTF-8")
	if r := baraza(t, "report", "--data-dir", data); !strings.Contains(r.stdout, "# Rapport de la série") {
		t.Errorf("report with LANG=fr_FR.UTF-8:\n%s", r.stdout)
	}
	if r := baraza(t, "--lang", "en", "report", "--data-dir", data); !strings.Contains(r.stdout, "# Series report") {
		t.Errorf("report with --lang en before it:\n%s", r.stdout)
	}
	t.Setenv("LANG", "")
	out := filepath.Join(t.TempDir(), "r.html")
	baraza(t, "report", "--format", "html", "-o", out, "--data-dir", data).expect(t, exitOK)
	if page := string(readFile(t, out)); !strings.Contains(page, "<svg") || strings.Contains(page, "<script") {
		t.Error("the html report has no chart, or a script")
	}
	js := baraza(t, "report", "--format", "json", "--anonymous", "--data-dir", data)
	js.expect(t, exitOK)
	if !strings.Contains(js.stdout, `"format": "baraza-report/1"`) {
		t.Errorf("json: %s", js.stdout[:min(200, len(js.stdout))])
	}
	book := filepath.Join(t.TempDir(), "r.xlsx")
	baraza(t, "report", "--format", "xlsx", "-o", book, "--data-dir", data).expect(t, exitOK)
	if data := readFile(t, book); !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		t.Error("the xlsx report is not a zip workbook")
	}
	baraza(t, "report", "--format", "pdf", "--data-dir", data).expect(t, exitUsage)
	baraza(t, "report", "--since", "14/03/2026", "--data-dir", data).expect(t, exitUsage)
}
