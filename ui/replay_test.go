package ui

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// smallRecording: round 1, three turns of a minute, a round change, one more.
func smallRecording() []session.Event {
	var events []session.Event
	at := harnessStart
	add := func(d time.Duration, e session.Event) {
		at = at.Add(d)
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), at
		events = append(events, e)
	}
	add(0, session.NewSessionStarted("rec", harnessPlan()))
	add(time.Minute, session.Event{Type: session.RoundStarted, Round: 1})
	for i, id := range []string{"p1", "p4", "p3"} {
		add(10*time.Second, session.Event{Type: session.TurnStarted, Turn: i + 1, Participant: id})
		add(time.Minute, session.Event{Type: session.TurnEnded, Turn: i + 1, Note: "note " + id})
	}
	add(10*time.Second, session.Event{Type: session.RoundStarted, Round: 2})
	add(10*time.Second, session.Event{Type: session.TurnStarted, Turn: 4, Participant: "p2"})
	add(2*time.Minute, session.Event{Type: session.SessionClosed})
	return events
}

type replayHarness struct {
	t     *testing.T
	r     *Replay
	ticks int
}

func newReplayHarness(t *testing.T, events []session.Event) *replayHarness {
	t.Helper()
	rh := &replayHarness{t: t}
	c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New("en", nil),
		after: func(time.Duration, tea.Msg) tea.Cmd { rh.ticks++; return nil }, width: 100, height: 30}
	r, err := newReplay(c, &sessions.Recording{ID: "rec", Dir: t.TempDir(), Events: events}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rh.r = r
	return rh
}

func (rh *replayHarness) keys(ks ...string) *replayHarness {
	for _, k := range ks {
		rh.run(rh.r.Update(keyMsg(k)))
	}
	return rh
}

func (rh *replayHarness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if msg := cmd(); msg != nil {
		rh.run(rh.r.Update(msg))
	}
}

func (rh *replayHarness) mustSee(parts ...string) {
	rh.t.Helper()
	mustContain(rh.t, rh.r.View(), parts...)
}

func TestReplayPlaysAtTheChosenSpeed(t *testing.T) {
	rh := newReplayHarness(t, smallRecording())
	start := rh.r.clock
	rh.keys("+", "+", "+", "space") // 8×
	if !rh.r.playing || rh.ticks != 1 {
		t.Fatalf("space did not start playback")
	}
	for i := 0; i < 50; i++ { // 50 ticks of 200 ms at 8× = 80 s of session
		rh.r.Update(replayTickMsg{id: rh.r.tickID})
	}
	if got := rh.r.clock.Sub(start); got != 80*time.Second {
		t.Fatalf("clock moved %v, want 80s", got)
	}
	rh.mustSee("Round 1/2", "► Amani Kahindo", "► 8×")
	rh.keys("space")
	rh.r.Update(replayTickMsg{id: rh.r.tickID})
	if rh.r.playing || rh.r.clock.Sub(start) != 80*time.Second {
		t.Errorf("paused replay moved on")
	}
}

func TestReplayStepsAndJumps(t *testing.T) {
	rh := newReplayHarness(t, smallRecording())
	rh.keys("n")
	if e := rh.r.tl.Event(rh.r.pos - 1); e.Type != session.TurnStarted || e.Participant != "p1" {
		t.Fatalf("n landed on %+v", e)
	}
	rh.keys("n", "right")
	if rh.r.st.Current != nil || len(rh.r.st.Turns) != 2 {
		t.Fatalf("right did not step to the end of turn 2")
	}
	rh.keys("left")
	if rh.r.st.Current == nil || rh.r.st.Current.Participant != "p4" {
		t.Fatalf("left did not step back into turn 2")
	}
	rh.keys("]")
	rh.mustSee("Round 2/2")
	rh.keys("[")
	rh.mustSee("Round 1/2")
	rh.keys("N", "N", "N", "N")
	rh.mustSee("Nothing earlier")
}

func TestReplaySeeksToATime(t *testing.T) {
	events := smallRecording()
	rh := newReplayHarness(t, events)
	rh.keys("g").r.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("2:40")})
	rh.keys("enter")
	if got := rh.r.clock.Sub(events[0].At); got != 160*time.Second {
		t.Fatalf("clock at %v, want 2:40", got)
	}
	if c := rh.r.st.Current; c == nil || c.Participant != "p4" {
		t.Fatalf("at 2:40 Kavira (p4) should have the floor")
	}
	rh.mustSee("► Kavira Sifa", "0:20 / 3:00")
	rh.keys("g").r.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("soon")})
	rh.keys("enter")
	rh.mustSee("is not a time")
}

func TestReplayAnnotationIsSavedBesideTheLog(t *testing.T) {
	rh := newReplayHarness(t, smallRecording())
	logPath := filepath.Join(rh.r.rec.Dir, sessions.LogFile)
	w, _, err := session.OpenWriter(logPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.AppendBatch(rh.r.rec.Events); err != nil {
		t.Fatal(err)
	}
	w.Close()
	before, _ := os.ReadFile(logPath)
	defer func() {
		if after, _ := os.ReadFile(logPath); !bytes.Equal(before, after) {
			t.Error("annotating in replay changed the session's log")
		}
	}()
	rh.keys("n", "a").r.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Notice how the floor goes to the community first")})
	rh.keys("enter")
	notes, err := sessions.ReadAnnotations(rh.r.rec.Dir)
	if err != nil || len(notes) != 1 || notes[0].Events != rh.r.pos || !notes[0].Moment.Equal(rh.r.clock) {
		t.Fatalf("annotations = %+v, %v", notes, err)
	}
	rh.mustSee("Note saved in annotations.jsonl", "*")
}

func TestReplayFitsEverySize(t *testing.T) {
	rh := newReplayHarness(t, smallRecording())
	rh.keys("n", "n")
	for w := 0; w <= 160; w += 9 {
		for h := 0; h <= 50; h += 5 {
			rh.r.SetSize(w, h)
			assertFits(t, rh.r.View(), w, h, "replay")
		}
	}
}
