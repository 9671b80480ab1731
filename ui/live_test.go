package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

func TestQueueSomeoneByTypingAFewLetters(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "a").typeText("grac").keys("enter")
	e := h.last()
	if e.Type != session.SpeakerQueued || e.Participant != "p3" || e.Request != "speak" {
		t.Fatalf("last event = %+v, want p3 queued to speak", e)
	}
	h.mustSee("Grâce Mapendo", "Next: Grâce Mapendo")
}

func TestPriorityRequestsGoAheadAndSayTheirKind(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "a").typeText("amani").keys("enter")
	h.keys("!").typeText("kavira").keys("enter")
	if e := h.last(); e.Request != string(facilitation.RequestOrder) {
		t.Fatalf("request = %q, want point_of_order", e.Request)
	}
	got := []string{}
	for _, w := range h.m.State().Arranged() {
		got = append(got, w.ID)
	}
	if !reflect.DeepEqual(got, []string{"p4", "p1"}) {
		t.Errorf("queue = %v, want the point of order first", got)
	}
	h.mustSee("[point of order]")
}

func TestNextSpeakerTimerWarnsInWords(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "a").typeText("amani").keys("enter", "n")
	if e := h.last(); e.Type != session.TurnStarted || e.Participant != "p1" || e.Turn != 1 {
		t.Fatalf("last event = %+v, want turn 1 to p1", e)
	}
	h.mustSee("► Amani Kahindo", "Mamans pour la paix", "0:00 / 3:00")
	h.advance(2*time.Minute + 30*time.Second)
	h.mustSee("2:30 / 3:00", "LIMIT NEAR")
	h.advance(time.Minute)
	h.mustSee("OVER LIMIT +0:30")
	h.mustNotSee("LIMIT NEAR")
}

func TestEndTurnAsksForTheNote(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("bien").keys("enter")
	h.advance(time.Minute).keys("e")
	if e := h.last(); e.Type == session.TurnEnded {
		t.Fatalf("e ended the turn before the prompt was answered: %+v", e)
	}
	h.advance(20 * time.Second).typeText("Asks for a night patrol").keys("enter")
	n := len(h.log.events)
	if e := h.log.events[n-2]; e.Type != session.TurnEnded || e.Turn != 1 {
		t.Fatalf("turn not ended: %+v", e)
	}
	if e := h.last(); e.Type != session.TurnNoted || e.Note != "Asks for a night patrol" {
		t.Fatalf("note not recorded: %+v", e)
	}
	if got := h.m.State().Turns[0].Speaking.Elapsed(h.clock); got != time.Minute {
		t.Errorf("turn lasted %v, want 1m: typing the note must not count", got)
	}
}

func TestNextEndsTheRunningTurnAndPromptsForItsNote(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "a").typeText("amani").keys("enter", "a").typeText("kavira").keys("enter")
	h.keys("n").advance(40 * time.Second).keys("n")
	want := []session.Type{session.RoundStarted, session.SpeakerQueued, session.SpeakerQueued,
		session.TurnStarted, session.TurnEnded, session.TurnStarted}
	if got := h.types(); !reflect.DeepEqual(got, want) {
		t.Fatalf("events = %v, want %v", got, want)
	}
	h.mustSee("Note for turn 1 (Amani Kahindo)")
	h.keys("esc")
	if h.m.dialog != nil || len(h.log.events) != 7 {
		t.Errorf("esc should skip the note without recording")
	}
	h.mustSee("► Kavira Sifa")
}

func TestRemoveAndMoveInTheQueue(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]")
	for _, n := range []string{"amani", "bien", "grace"} {
		h.keys("a").typeText(n).keys("enter")
	}
	h.keys("down", "down", "K") // Grâce up to place 2
	if e := h.last(); e.Type != session.SpeakerMoved || e.Participant != "p3" || e.Position != 2 {
		t.Fatalf("move = %+v", e)
	}
	h.keys("up", "x") // remove Amani
	var got []string
	for _, w := range h.m.State().Arranged() {
		got = append(got, w.ID)
	}
	if !reflect.DeepEqual(got, []string{"p3", "p2"}) {
		t.Errorf("queue = %v, want [p3 p2]", got)
	}
}

func TestGiveFloorToSelectedEntry(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "a").typeText("amani").keys("enter", "a").typeText("kavira").keys("enter")
	h.keys("down", "enter")
	if e := h.last(); e.Type != session.TurnStarted || e.Participant != "p4" {
		t.Fatalf("enter gave the floor to %+v, want the selected p4", e)
	}
}

func TestPauseStopsTheClockAndTheTicks(t *testing.T) {
	h := newHarness(t, harnessPlan())
	if len(h.scheduled) != 1 {
		t.Fatalf("a running session should tick: %v", h.scheduled)
	}
	h.keys("]", "p")
	if e := h.last(); e.Type != session.SessionPaused {
		t.Fatalf("p recorded %v", e.Type)
	}
	h.mustSee("PAUSED")
	ticks := len(h.scheduled)
	h.send(tickMsg{id: h.m.tickID})
	if len(h.scheduled) != ticks {
		t.Errorf("a paused session still ticks")
	}
	h.advance(time.Hour).keys("p")
	if e := h.last(); e.Type != session.SessionResumed {
		t.Fatalf("p recorded %v", e.Type)
	}
	if got := h.m.State().Elapsed(h.clock); got != 0 {
		t.Errorf("session clock counted the pause: %v", got)
	}
	if len(h.scheduled) != ticks+1 {
		t.Errorf("resuming did not restart the tick")
	}
}

func TestInterpretationAndOffTheRecord(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("amani").keys("enter")
	h.advance(30 * time.Second).keys("i")
	h.mustSee("interpretation — clock stopped")
	h.advance(time.Minute).keys("i", "o")
	h.mustSee("off the record")
	h.advance(10 * time.Second)
	turn := h.m.State().Turns[0]
	if turn.Speaking.Elapsed(h.clock) != 40*time.Second || turn.Interpretation.Elapsed(h.clock) != time.Minute || !turn.OffRecord {
		t.Errorf("turn = speaking %v interpretation %v off %v", turn.Speaking.Elapsed(h.clock), turn.Interpretation.Elapsed(h.clock), turn.OffRecord)
	}
}

func TestRoundsForwardAndBack(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.mustSee("press ] to begin round 1")
	h.keys("]").mustSee("Round 1/2", "Listening", "What threatens peace?")
	h.keys("]").mustSee("Round 2/2", "Exchange", "Budget left this round")
	h.keys("]").mustSee("This is the last round")
	h.keys("[").mustSee("Round 1/2")
	want := []session.Type{session.RoundStarted, session.RoundEnded, session.RoundStarted, session.RoundEnded, session.RoundStarted}
	if got := h.types(); !reflect.DeepEqual(got, want) {
		t.Errorf("events = %v, want %v", got, want)
	}
}

func TestFreeNoteAndClose(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("t").typeText("Power cut, resumed at 11:00").keys("enter")
	if e := h.last(); e.Type != session.NoteTaken || e.Text != "Power cut, resumed at 11:00" {
		t.Fatalf("note = %+v", e)
	}
	h.keys("C", "c", "y") // the read-back, its close, yes
	if e := h.last(); e.Type != session.SessionClosed {
		t.Fatalf("close = %+v", e)
	}
	h.mustSee("CLOSED")
	n := len(h.log.events)
	h.keys("n", "]", "a")
	if len(h.log.events) != n || h.m.dialog != nil {
		t.Errorf("a closed session recorded or opened a dialog")
	}
	h.mustSee("This session is closed")
}

// diskFull is the error session.Writer returns on a full disk.
func diskFull() error {
	return fmt.Errorf("saving to session log /home/amina/.local/share/baraza/sessions/2026-03-14-0930-ikassa/log.jsonl: %w",
		&fs.PathError{Op: "write", Path: "/home/amina/.local/share/baraza/sessions/2026-03-14-0930-ikassa/log.jsonl", Err: syscall.ENOSPC})
}

func TestWriteFailureIsShownAndRetried(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.log.fail = diskFull()
	h.keys("]")
	h.mustSee("Disk full: 1 action not saved yet, retrying", "no space left on device",
		"Not saved yet: 1. round 1 starts")
	h.keys("a").typeText("amani").keys("enter")
	h.mustSee("Disk full: 2 actions not saved yet", "1. round 1 starts · 2. Amani Kahindo joins the queue")
	if h.m.State().Round != 0 || len(h.log.events) != 1 {
		t.Fatalf("failed writes reached the saved state")
	}
	h.log.fail = nil
	h.send(retryWriteMsg{})
	if got := h.types(); !reflect.DeepEqual(got, []session.Type{session.RoundStarted, session.SpeakerQueued}) {
		t.Fatalf("after retry = %v", got)
	}
	if !reflect.DeepEqual(h.log.batches[len(h.log.batches)-1:], []int{2}) {
		t.Fatalf("the retry did not write both actions in one batch: %v", h.log.batches)
	}
	h.mustSee("Round 1/2", "Amani Kahindo")
	h.mustNotSee("not saved", "Not saved")
}

// While saving fails, the screen shows what the keys did, marked as not
// saved: a facilitator who presses n sees the next speaker on the floor at
// once, so does not press n again and give the floor to two people. The
// status line leads with the cause, within 80 columns.
func TestSavingFailureScreenShowsTheProjectedState(t *testing.T) {
	h := newHarness(t, harnessPlan(), session.Event{Type: session.RoundStarted, Round: 1},
		session.Event{Type: session.SpeakerQueued, Participant: "p1"},
		session.Event{Type: session.SpeakerQueued, Participant: "p3"})
	h.m.c.width, h.m.c.height = 80, 24
	h.log.fail = diskFull()
	h.keys("n")
	h.mustSee("► Amani Kahindo", "× Not saved yet: 1. Amani Kahindo takes the floor")
	lines := strings.Split(h.view(), "\n")
	status := strings.TrimSpace(lines[len(lines)-2])
	if !strings.HasPrefix(status, "Disk full: 1 action not saved yet, retrying") {
		t.Fatalf("status line does not lead with the cause: %q", status)
	}
	for i, l := range lines {
		if w := lipgloss.Width(l); w > 80 {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, l)
		}
	}
	if len(h.log.events) != 4 || h.m.State().Current != nil {
		t.Fatal("the unsaved turn reached the saved state")
	}
	// The second n is a second action, seen as such: the next person.
	h.keys("n")
	h.mustSee("Note for turn 1 (Amani Kahindo)", "Disk full: 3 actions not saved yet") // the note prompt of the turn that ended
	h.keys("esc")
	h.mustSee("► Grâce Mapendo", "2. turn 1 ends +1 more", "Disk full: 3 actions not saved yet")
	h.log.fail = nil
	h.send(retryWriteMsg{})
	h.mustSee("► Grâce Mapendo")
	h.mustNotSee("Not saved", "Disk full")
	if got := h.types()[3:]; !reflect.DeepEqual(got, []session.Type{session.TurnStarted, session.TurnEnded, session.TurnStarted}) {
		t.Fatalf("written after the retry: %v", got)
	}
}

func TestQuitAsksWhenActionsAreUnsaved(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.log.fail = errors.New("disk full")
	h.keys("]", "q")
	if h.quit {
		t.Fatal("quit with an unsaved action without asking")
	}
	h.mustSee("1 action is not saved yet")
	h.keys("q")
	if !h.quit {
		t.Fatal("second q did not quit")
	}
	h2 := newHarness(t, harnessPlan())
	h2.keys("q")
	if !h2.quit {
		t.Fatal("q with everything saved should quit at once")
	}
}

func TestResumeShowsTheRunningTurnFromTimestamps(t *testing.T) {
	h := newHarness(t, harnessPlan(),
		session.Event{Type: session.RoundStarted, Round: 1},
		session.Event{Type: session.TurnStarted, Participant: "p2", Turn: 1})
	h.advance(65 * time.Second)
	h.mustSee("► Bienvenu Mukeba", "1:05 / 3:00", "Round 1/2")
}

func TestFrenchScreen(t *testing.T) {
	plan := harnessPlan()
	plan.Language = "fr"
	plan.LevelNames = map[facilitation.Level]string{facilitation.Government: "Autorités"}
	h := newHarness(t, plan)
	h.keys("]").mustSee("Tour 1/2", "Parole", "Liste", "Ordre du jour", "Équilibre", "Autorités", "Femmes", "Jeunes")
	h.mustNotSee("Floor", "Queue")
}

func TestBalancePanelFlagsImbalanceWithASymbol(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("kavira").keys("enter").advance(time.Minute)
	h.mustNotSee("▲", "▼") // one minute of one voice is not yet a pattern
	h.advance(2 * time.Minute)
	// Government: 1 of 4 present, 100% of the time: flagged ▲; the others ▼.
	h.mustSee("▲ Government", "▼ Community", "100%/25%", "Not yet heard (3)")
}

func TestTooSmallTerminalSaysSo(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.m.SetSize(40, 10)
	h.mustSee("too small")
}

// Budgets by level: each level with a budget shows its own time left (and
// how far over it is); a level without one is not listed.
func TestBudgetsByLevelInTheBalancePanel(t *testing.T) {
	plan := harnessPlan()
	plan.Rounds[0].LevelBudget = facilitation.Budget{facilitation.Community: 2 * time.Minute, facilitation.Government: 10 * time.Minute}
	h := newHarness(t, plan)
	h.keys("]", "a").typeText("amani").keys("enter", "n")
	h.advance(3 * time.Minute)
	h.mustSee("Budget left this round", "over by 1:00", "10:00")
	v := h.view()
	i := strings.Index(v, "Budget left this round")
	if strings.Contains(v[i:], "Civil society") {
		t.Errorf("civil society has no budget but is listed:\n%s", v[i:])
	}
}

// Giving the floor to whoever already has it changes nothing: their turn
// is not cut in two.
func TestGivingTheFloorToTheSpeakerKeepsTheirTurn(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("amani").keys("enter")
	n := len(h.types())
	h.advance(30 * time.Second)
	h.keys("g").typeText("amani").keys("enter")
	if got := len(h.types()); got != n {
		t.Fatalf("%d events recorded for picking the speaker again", got-n)
	}
	h.mustSee("Amani Kahindo already has the floor.")
	if st := h.m.State(); len(st.Turns) != 1 || st.Current == nil || st.Current.Speaking.Elapsed(h.clock) != 30*time.Second {
		t.Errorf("turns %d, current %+v", len(st.Turns), st.Current)
	}
}

// A budget only for levels that do not speak in the round shows nothing.
func TestNoBudgetPanelWhenTheRoundsLevelsHaveNone(t *testing.T) {
	plan := harnessPlan()
	plan.Rounds[0].Levels = []facilitation.Level{facilitation.Community}
	plan.Rounds[0].LevelBudget = facilitation.Budget{facilitation.Government: 10 * time.Minute}
	h := newHarness(t, plan)
	h.keys("]")
	h.mustNotSee("Budget left this round")
}
