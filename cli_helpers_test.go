package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// result is what one run of baraza printed and returned.
type result struct {
	code           int
	stdout, stderr string
}

// baraza runs the command line in-process, as main would.
func baraza(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	if strings.Contains(errOut.String(), "goroutine ") {
		t.Errorf("baraza %q printed a stack trace:\n%s", args, errOut.String())
	}
	return result{code, out.String(), errOut.String()}
}

func (r result) expect(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
}

// planFiles are the example plans shipped with the plan parser.
var planFiles = []string{
	"facilitation/testdata/plans/ikassa-fr.toml",
	"facilitation/testdata/plans/minimal.toml",
	"facilitation/testdata/plans/townhall-en.toml",
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
