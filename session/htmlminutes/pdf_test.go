package htmlminutes_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
)

// browser finds a Chromium to print with. Without one the test is skipped
// on a developer's machine, but fails in CI (CI set), where .ci/run
// installs Debian's chromium: the printed copy is a promise of the README.
func browser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but no chromium is installed: apt-get install -y chromium (see .ci/run)")
	}
	t.Skip("no chromium on this machine (apt-get install chromium); CI runs this test")
	return ""
}

// printToPDF prints an HTML file as a note-taker's browser would, headless,
// with every host name unresolvable: the page must need no network.
func printToPDF(t *testing.T, chromium, page, pdf string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-dev-shm-usage", "--no-first-run", "--user-data-dir="+filepath.Join(t.TempDir(), "profile"),
		"--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer",
		"--print-to-pdf="+pdf, "file://"+page)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out.String())
	}
}

// TestPrintsToPDFInChromium: the printable minutes, in both languages,
// print to a PDF of several A4 pages that holds the minutes' text.
func TestPrintsToPDFInChromium(t *testing.T) {
	chromium := browser(t)
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		o    session.MinutesOptions
		want []string
	}{
		{"en", session.MinutesOptions{}, []string{"Nyakabanda dialogue space", "Agenda as it ran", "Bienvenu Mukeba",
			"Speaking time by level", "Share of speaking time", "Repair the borehole"}},
		{"fr-anonymous", session.MinutesOptions{Lang: "fr", Anonymous: true}, []string{"Nyakabanda", "Déroulement",
			"Temps de parole par niveau", "Part du temps de parole", "Participant Communauté"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := filepath.Join(dir, c.name+".html")
			data := render(t, demoMinutes(t, c.o))
			if err := os.WriteFile(page, []byte(data), 0o600); err != nil {
				t.Fatal(err)
			}
			pdf := filepath.Join(dir, c.name+".pdf")
			printToPDF(t, chromium, page, pdf)
			b, err := os.ReadFile(pdf)
			if err != nil {
				t.Fatalf("chromium wrote no PDF: %v", err)
			}
			if !bytes.HasPrefix(b, []byte("%PDF-")) || len(b) < 20_000 {
				t.Fatalf("the PDF is not one, or is nearly empty (%d bytes)", len(b))
			}
			text := pdfText(t, pdf)
			if text == "" {
				return
			}
			if n := strings.Count(text, "\f"); n < 2 {
				t.Errorf("the minutes printed on %d page(s), want several A4 pages", n)
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF's text lacks %q", w)
				}
			}
			if c.o.Anonymous && strings.Contains(text, "Bienvenu") {
				t.Error("the anonymised PDF names a participant")
			}
		})
	}
}

// pdfText is the PDF's text by poppler's pdftotext, with spaces made
// plain (French typography's narrow spaces); "" when pdftotext is missing
// outside CI.
func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but pdftotext is missing: apt-get install -y poppler-utils")
		}
		t.Log("no pdftotext: the PDF's text is not checked")
		return ""
	}
	out, err := exec.Command(tool, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.NewReplacer("\u202f", " ", "\u00a0", " ").Replace(string(out))
}
