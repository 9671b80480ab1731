package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportHTML(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(t.TempDir(), "minutes.html")
	r := baraza(t, "--data-dir", dir, "export", "demo", "--format", "html", "--anonymous", "--lang", "fr", "-o", out)
	r.expect(t, exitOK)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.Contains(page, `<html lang="fr">`) || strings.Count(page, "<svg ") != 2 {
		t.Fatalf("html minutes:\n%.400s", page)
	}
	if strings.Contains(page, "Bienvenu") || strings.Contains(page, "mermaid") {
		t.Error("anonymous html names a participant, or carries the Mermaid source")
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("html file mode %o, want 600", fi.Mode().Perm())
	}
	if !strings.Contains(r.stderr, "warning: ") {
		t.Errorf("names typed in notes should warn on stderr for html too: %q", r.stderr)
	}
	tmpl := writeFile(t, t.TempDir(), "org.tmpl", "{{.Title}}\n")
	bad := baraza(t, "--data-dir", dir, "export", "demo", "--format", "html", "--template", tmpl)
	bad.expect(t, exitUsage)
	if !strings.Contains(bad.stderr, "--template is for the Markdown minutes") {
		t.Errorf("stderr %q", bad.stderr)
	}
}
