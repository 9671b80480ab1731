package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions"
)

// TestDebugLogNamesNobody: a session with known names goes through the
// commands that read it; the debug log has messages and timings and none
// of the names, the title or the notes.
func TestDebugLogNamesNobody(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 3, true)
	plan, err := facilitation.Parse(planFiles[0], readFile(t, planFiles[0]))
	if err != nil {
		t.Fatal(err)
	}
	secret := []string{plan.Title, "Ikassa", id}
	for _, p := range plan.Participants {
		secret = append(secret, p.Name)
		secret = append(secret, strings.Fields(p.Name)...)
	}
	logFile := filepath.Join(t.TempDir(), "debug.log")
	for _, args := range [][]string{
		{"sessions"}, {"export", id}, {"export", id, "--format", "json"}, {"export", id, "--anonymous"},
		{"validate", planFiles[0]}, {"config"}, {"export", "Amani Kahindo"}, // fails, naming the person
	} {
		baraza(t, append([]string{"--debug", logFile, "--data-dir", data}, args...)...)
	}
	barazaUI(t, true, "--debug", logFile, "--data-dir", data, "run", planFiles[0]).expect(t, exitOK)

	text := string(readFile(t, logFile))
	for _, want := range []string{"command=\"baraza export\"", "msg=end", "took=", "exit=1", "msg=settings"} {
		if !strings.Contains(text, want) {
			t.Errorf("the log lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "msg=start"); n != 8 {
		t.Errorf("%d commands logged, want 8 (appended):\n%s", n, text)
	}
	for _, s := range secret {
		if len(s) > 2 && strings.Contains(strings.ToLower(text), strings.ToLower(s)) {
			t.Errorf("the debug log contains %q", s)
		}
	}
	if runtime.GOOS != "windows" {
		if fi, err := os.Stat(logFile); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("debug log mode %v %v", fi.Mode(), err)
		}
	}
}

// The debug log is never written through a link, and an existing file
// readable by others becomes private.
func TestDebugLogRefusesLinks(t *testing.T) {
	dir := t.TempDir()
	target := writeFile(t, dir, "target", "keep\n")
	link := filepath.Join(dir, "debug.log")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here")
	}
	r := baraza(t, "--debug", link, "config")
	r.expect(t, exitUsage)
	if !strings.Contains(r.stderr, "a symbolic link") {
		t.Errorf("stderr %q", r.stderr)
	}
	if got := string(readFile(t, target)); got != "keep\n" {
		t.Errorf("the link's target was written: %q", got)
	}
	open := writeFile(t, dir, "open.log", "")
	_ = os.Chmod(open, 0o644)
	baraza(t, "--debug", open, "config").expect(t, exitOK)
	if fi, _ := os.Stat(open); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
}
