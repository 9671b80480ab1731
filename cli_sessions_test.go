package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

func TestSessionsEmpty(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	r := baraza(t, "sessions", "--data-dir", data)
	r.expect(t, exitOK)
	if want := "No saved sessions in " + data + " yet.\n"; r.stdout != want {
		t.Errorf("stdout = %q, want %q", r.stdout, want)
	}
	if _, err := os.Stat(data); err == nil {
		t.Error("listing sessions created the data directory")
	}
}

func TestSessionsFromEnvironment(t *testing.T) {
	data := t.TempDir()
	t.Setenv(sessions.DataDirEnv, data)
	r := baraza(t, "sessions")
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, data) {
		t.Errorf("$%s ignored: %q", sessions.DataDirEnv, r.stdout)
	}
}

// createSession starts a session of a plan file at start and records n turns.
func createSession(t *testing.T, a *sessions.Archive, planFile string, start time.Time, turns int, closed bool) string {
	t.Helper()
	src := readFile(t, planFile)
	plan, err := facilitation.Parse(planFile, src)
	if err != nil {
		t.Fatal(err)
	}
	w, err := a.Create(plan, src, start)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	events := []session.Event{{Type: session.RoundStarted, Round: 1}}
	for i := range turns {
		events = append(events, session.Event{Type: session.TurnStarted, Participant: "p1", Turn: i + 1})
	}
	if closed {
		events = append(events, session.Event{Type: session.SessionClosed})
	}
	for _, e := range events {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	return w.ID
}

func TestSessionsTable(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	fr := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	en := createSession(t, a, planFiles[2], time.Date(2026, 5, 2, 9, 30, 0, 0, time.Local), 0, false)

	r := baraza(t, "--data-dir", data, "sessions")
	r.expect(t, exitOK)
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and two rows:\n%s", r.stdout)
	}
	// Newest first, each row with its figures.
	wantRows := [][]string{
		{en, "Kisumu West town hall: land and water", "2026-05-02", "7", "0", "open"},
		{fr, "Espace de dialogue d'Ikassa : priorités…", "2026-03-14", "13", "2", "closed"},
	}
	for i, want := range wantRows {
		if got := strings.Fields(lines[i+1]); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("row %d = %q, want %q", i+1, lines[i+1], strings.Join(want, "  "))
		}
	}
	// Columns line up on screen: the date starts at the same display column
	// in every row, though the French title has multi-byte letters.
	col := func(line, cell string) int { return lipgloss.Width(line[:strings.LastIndex(line, cell)]) }
	if h, a, b := col(lines[0], "DATE"), col(lines[1], "2026-05-02"), col(lines[2], "2026-03-14"); h != a || a != b {
		t.Errorf("DATE column at display columns %d, %d, %d:\n%s", h, a, b, r.stdout)
	}
}

func TestSessionsListsADamagedSessionAndTheOthers(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	good := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, false)
	bad := filepath.Join(a.SessionsDir(), "2026-03-15-0800-damaged")
	if err := os.Mkdir(bad, 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, bad, sessions.LogFile, "{not json\n")

	r := baraza(t, "--data-dir", data, "sessions")
	r.expect(t, exitError)
	if !strings.Contains(r.stdout, good) || !strings.Contains(r.stdout, "2026-03-15-0800-damaged") ||
		!strings.Contains(r.stdout, "damaged") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	if !strings.HasPrefix(r.stderr, "baraza: session 2026-03-15-0800-damaged: ") ||
		!strings.Contains(r.stderr, "log.jsonl:1") {
		t.Errorf("stderr does not say which session and line are damaged:\n%s", r.stderr)
	}
}

func TestTruncateUsesDisplayWidth(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Déogratias", "Déogratias"}, // 10 cells, 12 bytes: fits
		{"Déogratias Kasereka", "Déogratia…"},
		{"王小明王小明", "王小明王…"}, // 2 cells each
		{"tab\there", "tab here"},
	} {
		if got := truncate(tt.in, 10); got != tt.want {
			t.Errorf("truncate(%q, 10) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTableFitsTheTerminal(t *testing.T) {
	render := func(width int) string {
		tb := table{header: []string{"ID", "TITLE", "N"}, right: []bool{2: true}, width: width, shrink: 1}
		tb.add("2026-03-14-0930-a", "Espérance et Déogratias à Goma", "13")
		tb.add("2026-03-15-0800-b", "王小明", "2")
		var b strings.Builder
		tb.write(&b)
		return b.String()
	}
	for _, tt := range []struct {
		width int
		want  string
	}{
		{0, "ID                 TITLE                            N\n" +
			"2026-03-14-0930-a  Espérance et Déogratias à Goma  13\n" +
			"2026-03-15-0800-b  王小明                           2\n"},
		{36, "ID                 TITLE           N\n" +
			"2026-03-14-0930-a  Espérance et…  13\n" +
			"2026-03-15-0800-b  王小明          2\n"},
		{35, "ID                 TITLE          N\n" +
			"2026-03-14-0930-a  Espérance e…  13\n" +
			"2026-03-15-0800-b  王小明         2\n"},
		// Under 12 cells a title says nothing: the column goes.
		{34, "ID                  N\n" +
			"2026-03-14-0930-a  13\n" +
			"2026-03-15-0800-b   2\n"},
	} {
		if got := render(tt.width); got != tt.want {
			t.Errorf("width %d: got:\n%s\nwant:\n%s", tt.width, got, tt.want)
		}
	}
}

// A shared archive: a sync tool's conflict copy in a session directory is
// named on stderr; the session is still listed and the exit is 0.
func TestSessionsReportsSyncConflictCopies(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, true)
	name := "log.sync-conflict-20261125-090000-ABCDEFG.jsonl"
	if err := os.WriteFile(filepath.Join(a.SessionsDir(), id, name), []byte("x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := baraza(t, "sessions", "--data-dir", data)
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, id) || !strings.Contains(r.stderr, "session "+id+": "+name+" is a sync tool's conflict copy") {
		t.Errorf("stdout %q\nstderr %q", r.stdout, r.stderr)
	}
}

// The list gives the day a session ran, as its minutes do, and the plan's
// date beside it only when the session ran another day (issue 16).
func TestSessionsDateIsTheDayItRan(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	later := createSession(t, a, planFiles[0], time.Date(2026, 4, 11, 9, 30, 0, 0, time.Local), 1, true)
	onTime := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, true)
	r := baraza(t, "--data-dir", data, "sessions")
	r.expect(t, exitOK)
	for _, line := range strings.Split(r.stdout, "\n") {
		switch {
		case strings.HasPrefix(line, later) && !strings.Contains(line, "2026-04-11 (planned for 2026-03-14)"):
			t.Errorf("a session run on another day: %q", line)
		case strings.HasPrefix(line, onTime) && (strings.Contains(line, "planned") || !strings.Contains(line, "2026-03-14")):
			t.Errorf("a session run on its plan's date: %q", line)
		}
	}
	if !strings.Contains(r.stdout, later) || !strings.Contains(r.stdout, onTime) {
		t.Fatalf("sessions missing:\n%s", r.stdout)
	}
}
