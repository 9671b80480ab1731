package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/sessions"
)

func rmRun(t *testing.T, answer string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	c := &cli{stdin: strings.NewReader(answer), stdout: &out, stderr: &errOut, interactive: func() bool { return false }, getenv: os.Getenv}
	return result{c.execute(args), out.String(), errOut.String()}
}

func TestSessionsRm(t *testing.T) {
	t.Setenv("BARAZA_LANG", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LANG", "fr_FR.UTF-8")
	data := t.TempDir()
	a := sessions.Open(data)
	closed := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	open := createSession(t, a, planFiles[2], time.Date(2026, 5, 2, 9, 30, 0, 0, time.Local), 0, false)

	// No (or no answer): nothing removed. French asks o/n.
	r := rmRun(t, "n\n", "--data-dir", data, "sessions", "rm", closed)
	if r.code == exitOK || !strings.Contains(r.stdout, "[o/N]") || !strings.Contains(r.stdout, "Rien n'est supprimé") {
		t.Errorf("answer n: %+v", r)
	}
	// o confirms in French.
	r = rmRun(t, "o\n", "--data-dir", data, "sessions", "rm", closed)
	r.expect(t, exitOK)
	if list, _ := a.List(); len(list) != 1 || list[0].ID != open {
		t.Fatalf("after rm: %+v", list)
	}
	// An open session is refused unless --force; --yes asks nothing.
	r = rmRun(t, "", "--data-dir", data, "sessions", "rm", "--yes", open)
	r.expect(t, exitUsage)
	if !strings.Contains(r.stderr, "--force") {
		t.Errorf("open refused without naming --force: %q", r.stderr)
	}
	rmRun(t, "", "--data-dir", data, "--lang", "en", "sessions", "rm", "--yes", "--force", open).expect(t, exitOK)
	if list, _ := a.List(); len(list) != 0 {
		t.Errorf("after rm --force: %+v", list)
	}
	// An unknown id removes nothing and says so.
	rmRun(t, "", "--data-dir", data, "sessions", "rm", "--yes", "2020").expect(t, exitError)
}

func TestSessionsHidesDemosUnlessAll(t *testing.T) {
	data := t.TempDir()
	barazaUI(t, true, "--data-dir", data, "--lang", "en", "demo").expect(t, exitOK)
	a := sessions.Open(data)
	real := createSession(t, a, planFiles[2], time.Date(2026, 5, 2, 9, 30, 0, 0, time.Local), 0, true)
	r := baraza(t, "--data-dir", data, "--lang", "en", "sessions")
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, real) || strings.Contains(r.stdout, "Nyakabanda") || !strings.Contains(r.stderr, "1 demo session not listed") {
		t.Errorf("sessions:\n%s\n%s", r.stdout, r.stderr)
	}
	r = baraza(t, "--data-dir", data, "--lang", "en", "sessions", "--all")
	if !strings.Contains(r.stdout, "Nyakabanda") || !strings.Contains(r.stdout, "open, demo") {
		t.Errorf("sessions --all:\n%s", r.stdout)
	}
}
