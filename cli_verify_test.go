package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVerifyMatchingChangedAndUnknownMinutes(t *testing.T) {
	dir := t.TempDir()
	out := t.TempDir()
	for _, f := range []struct{ name, format, lang string }{{"m.md", "md", "en"}, {"m-fr.md", "md", "fr"}, {"m.html", "html", "fr"}} {
		r := baraza(t, "--data-dir", dir, "export", "demo", "--format", f.format, "--lang", f.lang, "--anonymous", "-o", filepath.Join(out, f.name))
		r.expect(t, exitOK)
		r = baraza(t, "--data-dir", dir, "verify", filepath.Join(out, f.name))
		r.expect(t, exitOK)
		if !strings.Contains(r.stdout, "matches session 2026-03-14-0930-nyakabanda-demo-recording ("+f.lang+", anonymised)") {
			t.Errorf("%s: %s", f.name, r.stdout)
		}
	}
	// CRLF line endings and trailing spaces do not count.
	md, _ := os.ReadFile(filepath.Join(out, "m.md"))
	crlf := filepath.Join(out, "crlf.md")
	writeBytes(t, crlf, []byte(strings.ReplaceAll(string(md), "\n", "  \r\n")))
	baraza(t, "--data-dir", dir, "verify", crlf).expect(t, exitOK)

	changed := filepath.Join(out, "changed.md")
	writeBytes(t, changed, []byte(strings.Replace(string(md), "planned", "done", 1)))
	r := baraza(t, "--data-dir", dir, "verify", changed)
	r.expect(t, exitError)
	if !strings.Contains(r.stdout, "CHANGED") || !strings.Contains(r.stdout, "+ ") || !strings.Contains(r.stdout, "done") {
		t.Errorf("changed file: %s", r.stdout)
	}
	html, _ := os.ReadFile(filepath.Join(out, "m.html"))
	changedHTML := filepath.Join(out, "changed.html")
	writeBytes(t, changedHTML, []byte(strings.Replace(string(html), "Nyakabanda", "Nyamirambo", 2)))
	baraza(t, "--data-dir", dir, "verify", changedHTML).expect(t, exitError)

	unknown := filepath.Join(out, "unknown.md")
	writeBytes(t, unknown, []byte("# Other minutes\n\n<!-- baraza:fingerprint -->\n---\n\n`"+strings.Repeat("ab", 32)+"`\n"))
	r = baraza(t, "--data-dir", dir, "verify", unknown)
	r.expect(t, exitError)
	if !strings.Contains(r.stdout, "unknown") {
		t.Errorf("unknown file: %s", r.stdout)
	}
	none := filepath.Join(out, "none.md")
	writeBytes(t, none, []byte("# Draft\n"))
	baraza(t, "--data-dir", dir, "verify", none).expect(t, exitError)
}

func writeBytes(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
