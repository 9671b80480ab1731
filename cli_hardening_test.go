package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// A session that crashed mid-turn and was never resumed: its draft minutes
// end the open turn at the last event, not at "now" (months later).
func TestExportOfACrashedSessionEndsAtTheLastEvent(t *testing.T) {
	data := t.TempDir()
	src := readFile(t, planFiles[0])
	plan, err := facilitation.Parse(planFiles[0], src)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	w, err := sessions.Open(data).Create(plan, src, start)
	if err != nil {
		t.Fatal(err)
	}
	now := start
	w.Log.SetClock(func() time.Time { now = now.Add(time.Minute); return now })
	for _, e := range []session.Event{{Type: session.RoundStarted, Round: 1}, {Type: session.TurnStarted, Participant: "p1", Turn: 1}, {Type: session.NoteTaken, Text: "still speaking"}} {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	w.Close() // the crash: no turn_ended, no session_closed

	r := baraza(t, "--data-dir", data, "export", w.ID, "--format", "json")
	r.expect(t, exitOK)
	var m session.Minutes
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil {
		t.Fatal(err)
	}
	if !m.Draft || len(m.Rounds) == 0 || len(m.Rounds[0].Turns) != 1 {
		t.Fatalf("minutes: %+v", m)
	}
	if s := m.Rounds[0].Turns[0].Seconds; s != 60 {
		t.Errorf("the open turn counts %d s, want 60 (to the last event)", s)
	}
}

func TestAnonymousAndChathamHouseTogetherAreRefused(t *testing.T) {
	r := baraza(t, "--data-dir", t.TempDir(), "export", "demo", "--anonymous", "--chatham-house")
	r.expect(t, exitUsage)
	if !strings.Contains(r.stderr, "--anonymous and --chatham-house cannot be used together") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

// A data directory nobody can write (here: below a regular file, which even
// root cannot create directories in) still exports the demo, from the binary.
func TestDemoExportsFromAReadOnlyDataDirectory(t *testing.T) {
	file := writeFile(t, t.TempDir(), "not-a-dir", "x")
	r := baraza(t, "--data-dir", filepath.Join(file, "data"), "export", "demo")
	r.expect(t, exitOK)
	if !strings.HasPrefix(r.stdout, "# Nyakabanda dialogue space") || !strings.Contains(r.stderr, "read from baraza itself") {
		t.Errorf("stdout %.80q stderr %q", r.stdout, r.stderr)
	}
	if runtime.GOOS != "windows" && os.Geteuid() != 0 {
		ro := t.TempDir()
		if err := os.Chmod(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(ro, 0o700)
		baraza(t, "--data-dir", ro, "export", "demo", "--format", "csv").expect(t, exitOK)
	}
}

// -o writes a regular file or stdout; it never replaces a link, a device, a
// FIFO or a directory.
func TestExportOutputRefusesWhatIsNotARegularFile(t *testing.T) {
	data, tmp := t.TempDir(), t.TempDir()
	target := writeFile(t, tmp, "target.md", "keep me")
	link := filepath.Join(tmp, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{link: "symbolic link", tmp: "directory"}
	if runtime.GOOS != "windows" {
		fifo := filepath.Join(tmp, "fifo")
		if err := mkfifo(fifo); err != nil {
			t.Fatal(err)
		}
		cases[fifo] = "named pipe"
		cases[os.DevNull] = "device"
	}
	for path, what := range cases {
		r := baraza(t, "--data-dir", data, "export", "demo", "-o", path)
		r.expect(t, exitError)
		if !strings.Contains(r.stderr, what) || !strings.Contains(r.stderr, path) {
			t.Errorf("-o %s: %q", path, r.stderr)
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Errorf("the link's target changed")
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
	if fi, err := os.Lstat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Errorf("%s is now a regular file", os.DevNull)
	}
	r := baraza(t, "--data-dir", data, "export", "demo", "-o", "-")
	r.expect(t, exitOK)
	if !strings.HasPrefix(r.stdout, "# Nyakabanda") {
		t.Errorf("-o - wrote %.40q", r.stdout)
	}
}
