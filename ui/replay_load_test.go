package ui

import (
	"io"
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/logtest"
	"github.com/baraza-app/baraza/sessions"
)

// partialReplay opens the replay of smallRecording's log (11 events) from
// its first `first` events, as the archive opens a long log, reading the
// rest two events at a time when its commands run; damage replaces line
// n (1-based) of the log when n > 0.
func partialReplay(t *testing.T, first, damage int) (*replayHarness, tea.Cmd) {
	t.Helper()
	return partialReplayIn(t, "en", first, damage, nil)
}

// partialReplayIn is partialReplay on a screen in lang, with the log
// changed by edit (nil: only the damage) before it is opened.
func partialReplayIn(t *testing.T, lang string, first, damage int, edit func([]byte) []byte) (*replayHarness, tea.Cmd) {
	t.Helper()
	dir := t.TempDir()
	path, err := logtest.Write(dir, smallRecording())
	if err != nil {
		t.Fatal(err)
	}
	if damage > 0 {
		data, _ := os.ReadFile(path)
		lines := strings.SplitAfter(string(data), "\n")
		lines[damage-1] = "{damaged}\n"
		if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if edit != nil {
		data, _ := os.ReadFile(path)
		if err := os.WriteFile(path, edit(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tl, loader, _, err := session.OpenTimeline(path, first)
	if err != nil || loader == nil {
		t.Fatalf("open: %v (loader %v)", err, loader != nil)
	}
	rh := &replayHarness{t: t}
	c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(lang, nil),
		after: func(time.Duration, tea.Msg) tea.Cmd { rh.ticks++; return nil }, width: 100, height: 30}
	rec := &sessions.Recording{ID: "rec", Dir: dir, Events: tl.Events(), Timeline: tl, Loader: loader}
	if rh.r, err = newReplay(c, rec, nil); err != nil {
		t.Fatal(err)
	}
	rh.r.chunk = 2
	return rh, rh.r.Init()
}

// TestReplayShowsTheStartWhileReadingTheRest: the first frame comes from
// the first events; keys that need the part not read yet say so in plain
// words and leave the replay where it is; once every chunk is read, the
// same keys work and the status says nothing about reading.
func TestReplayShowsTheStartWhileReadingTheRest(t *testing.T) {
	rh, init := partialReplay(t, 3, 0)
	if init == nil || !rh.r.tl.Loading() || rh.r.tl.Len() != 3 {
		t.Fatalf("not reading in the background: %d events, loading %v", rh.r.tl.Len(), rh.r.tl.Loading())
	}
	rh.mustSee("Reading the log: 25 % read") // 3 events of the 12 lines at most
	rh.keys("]")                             // round 1 starts at event 2
	pos := rh.r.pos
	rh.keys("]") // round 2 starts at event 9: not read yet
	if rh.r.pos != pos || !strings.Contains(rh.r.status, "not read yet (25 % so far)") {
		t.Fatalf("] while reading: pos %d (was %d), status %q", rh.r.pos, pos, rh.r.status)
	}
	rh.keys("g", "9", ":", "0", "0", "enter") // past the events read
	if rh.r.pos != pos || !strings.Contains(rh.r.status, "not read yet") {
		t.Fatalf("g 9:00 while reading: pos %d, status %q", rh.r.pos, rh.r.status)
	}
	rh.keys("right", "right", "right") // to the last event read, then one more
	if rh.r.pos != 3 || !strings.Contains(rh.r.status, "not read yet") {
		t.Fatalf("stepping past the events read: pos %d, status %q", rh.r.pos, rh.r.status)
	}
	rh.keys("space") // playing waits at the end of what is read, never "the end"
	rh.r.Update(replayTickMsg{id: rh.r.tickID})
	if !rh.r.playing || rh.r.atEnd() {
		t.Fatal("playback stopped at the end of the events read so far")
	}
	rh.keys("space")

	rh.run(init) // every chunk, one message each
	if rh.r.tl.Loading() || rh.r.tl.Len() != 11 || rh.r.loader != nil {
		t.Fatalf("after reading: %d events, loading %v", rh.r.tl.Len(), rh.r.tl.Loading())
	}
	rh.r.status = ""
	rh.mustSee("Replay of rec — read-only", "event 3 of 11")
	rh.keys("]")
	if e := rh.r.tl.Event(rh.r.pos - 1); e.Type != session.RoundStarted || e.Round != 2 {
		t.Fatalf("] after reading landed on %+v", e)
	}
	if len(rh.r.bar.turns) != 4 || !rh.r.bar.end.Equal(rh.r.tl.End()) {
		t.Errorf("the bar was not redrawn from the whole log: %d turns", len(rh.r.bar.turns))
	}
	rh.keys("g", "1", ":", "0", "0", "enter")
	if rh.r.clock.Sub(rh.r.tl.Start()) != time.Minute {
		t.Errorf("g 1:00 after reading: clock at %v", rh.r.clock.Sub(rh.r.tl.Start()))
	}
}

// TestReplayKeepsWhatWasReadBeforeADamagedLine: the error names the line,
// the replay keeps the events before it and stops saying it is reading.
func TestReplayKeepsWhatWasReadBeforeADamagedLine(t *testing.T) {
	rh, init := partialReplay(t, 3, 8)
	rh.run(init)
	if rh.r.tl.Loading() || rh.r.tl.Len() != 7 {
		t.Fatalf("%d events, loading %v", rh.r.tl.Len(), rh.r.tl.Loading())
	}
	if !rh.r.bad || !strings.Contains(rh.r.status, "could not be read after event 7") || !strings.Contains(rh.r.status, "log.jsonl:8") {
		t.Fatalf("status %q", rh.r.status)
	}
	rh.keys("]", "]")
	if !strings.Contains(rh.r.status, "Nothing further") {
		t.Errorf("] after the damage: %q", rh.r.status)
	}
}

// TestReplayQuitWhileReadingClosesTheLog: q before the log is read whole
// stops the background reading and quits.
func TestReplayQuitWhileReadingClosesTheLog(t *testing.T) {
	rh, init := partialReplay(t, 3, 0)
	loader := rh.r.loader
	cmd := rh.r.Update(keyMsg("q"))
	if cmd == nil || rh.r.loader != nil {
		t.Fatal("q while reading did not quit and let the reading go")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q did not quit")
	}
	if c, err := loader.Next(2); err != nil || !c.Done {
		t.Fatalf("the loader reads on after quitting: %v", err)
	}
	_ = init
}
