package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

func TestExportMinutesToStdoutAndFile(t *testing.T) {
	dir := t.TempDir()
	r := baraza(t, "--data-dir", dir, "export", "demo")
	r.expect(t, exitOK)
	if !strings.HasPrefix(r.stdout, "# Nyakabanda dialogue space") || !strings.Contains(r.stdout, "```mermaid") {
		t.Fatalf("minutes on stdout:\n%.300s", r.stdout)
	}
	out := filepath.Join(t.TempDir(), "minutes.md")
	r = baraza(t, "--data-dir", dir, "export", "demo", "-o", out, "--lang", "fr")
	r.expect(t, exitOK)
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), "## Participation") {
		t.Fatalf("French minutes file: %v\n%.200s", err, data)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("minutes file mode %o, want 600", fi.Mode().Perm())
	}
	if r.stdout != "" || !strings.Contains(r.stderr, "wrote "+out) {
		t.Errorf("-o printed %q / %q", r.stdout, r.stderr)
	}
}

func TestExportFormatsAndAnonymity(t *testing.T) {
	dir := t.TempDir()
	csvOut := baraza(t, "--data-dir", dir, "export", "demo", "--format", "csv", "--anonymous")
	csvOut.expect(t, exitOK)
	if !strings.HasPrefix(csvOut.stdout, "session,round,turn,speaker,level,level_label") || strings.Contains(csvOut.stdout, "Bienvenu") {
		t.Fatalf("anonymous csv:\n%.300s", csvOut.stdout)
	}
	if !strings.Contains(csvOut.stderr, "warning: ") {
		t.Errorf("names typed in notes should warn on stderr: %q", csvOut.stderr)
	}
	js := baraza(t, "--data-dir", dir, "export", "demo", "--format", "json", "--chatham-house")
	js.expect(t, exitOK)
	if !strings.Contains(js.stdout, `"chatham_house": true`) || strings.Contains(js.stdout, "Kavira") {
		t.Errorf("chatham house json:\n%.300s", js.stdout)
	}
	bad := baraza(t, "--data-dir", dir, "export", "demo", "--format", "pdf")
	bad.expect(t, exitUsage)
}

func TestExportWithATemplateAndAnnotations(t *testing.T) {
	dir := t.TempDir()
	tdir := t.TempDir()
	good := writeFile(t, tdir, "org.tmpl", "Minutes of {{.Title}} ({{len .Rounds}} rounds) — {{t \"min.attendance\"}}\n")
	r := baraza(t, "--data-dir", dir, "export", "demo", "--template", good)
	r.expect(t, exitOK)
	// A closed session's minutes end with their fingerprint, whatever the template.
	if !strings.HasPrefix(r.stdout, "Minutes of Nyakabanda dialogue space: water, land and safe markets (6 rounds) — Attendance\n\n"+session.FingerprintMarker) {
		t.Errorf("template output %q", r.stdout)
	}
	bad := writeFile(t, tdir, "bad.tmpl", "line one\n{{.NoSuchField}}\n")
	r = baraza(t, "--data-dir", dir, "export", "demo", "--template", bad)
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, "bad.tmpl:2") {
		t.Errorf("a bad template should name its file and line: %s", r.stderr)
	}
	rec, _ := sessions.Open(dir).OpenRecording("demo")
	note := sessions.Annotation{Moment: rec.Events[30].At, Events: 31, Text: "See how the chair brings in the youth"}
	if err := sessions.AppendAnnotation(rec.Dir, note); err != nil {
		t.Fatal(err)
	}
	r = baraza(t, "--data-dir", dir, "export", "demo", "--annotations")
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, "✎") || !strings.Contains(r.stdout, "See how the chair brings in the youth") {
		t.Errorf("the handout lacks the annotation")
	}
	if strings.Contains(baraza(t, "--data-dir", dir, "export", "demo").stdout, "See how the chair") {
		t.Errorf("annotations appear without --annotations")
	}
}

func TestExportUnknownSession(t *testing.T) {
	r := baraza(t, "--data-dir", t.TempDir(), "export", "no-such-session")
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, "baraza: ") {
		t.Errorf("stderr = %q", r.stderr)
	}
}
