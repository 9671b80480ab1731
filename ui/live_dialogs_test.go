package ui

import (
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// The live screen's dialogs, end to end: key presses in, events in the log.

func TestAttendanceFromThePeopleDialog(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("w", "down", "l")
	if e := h.last(); e.Type != session.AttendanceMarked || e.Participant != "p2" || e.Status != session.Left {
		t.Fatalf("last = %+v, want p2 marked left", e)
	}
	h.keys("down", "t")
	if e := h.last(); e.Participant != "p3" || e.Status != session.Late {
		t.Fatalf("last = %+v, want p3 arrived late", e)
	}
	h.keys("esc", "]")
	for _, p := range h.m.State().NotYetHeard() {
		if p.ID == "p2" {
			t.Errorf("someone who left is still listed as not yet heard")
		}
	}
}

func TestAddSomeoneWhoWasNotInThePlan(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("w", "+").typeText("Zawadi Neema").keys("enter")
	e := h.last()
	if e.Type != session.ParticipantAdded || e.Person == nil || e.Person.Name != "Zawadi Neema" || e.Person.ID != "p5" {
		t.Fatalf("last = %+v, want Zawadi added as p5", e)
	}
	h.keys("esc", "]", "a").typeText("zawadi").keys("enter")
	if e := h.last(); e.Type != session.SpeakerQueued || e.Participant != "p5" {
		t.Fatalf("the added person cannot be queued: %+v", e)
	}
}

func TestEditATurnsNoteAfterwards(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("amani").keys("enter").advance(time.Minute).keys("e", "esc")
	if n := len(h.m.State().Turns); n != 1 || h.m.State().Turns[0].Note != "" {
		t.Fatalf("turn not ended without a note")
	}
	h.keys("l", "e").typeText("Water point broken since May").keys("enter")
	if e := h.last(); e.Type != session.TurnNoted || e.Turn != 1 || e.Note != "Water point broken since May" {
		t.Fatalf("last = %+v, want turn 1 noted", e)
	}
	h.keys("o")
	if e := h.last(); e.Type != session.TurnOffRecord || !e.OffRecord {
		t.Fatalf("last = %+v, want turn 1 off the record", e)
	}
}

func TestReplyAndClarifyAreRecordedWithTheirKind(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "r").typeText("bien").keys("enter")
	if e := h.last(); e.Request != string(facilitation.RequestReply) {
		t.Errorf("r recorded %q", e.Request)
	}
	h.keys("c").typeText("grace").keys("enter")
	if e := h.last(); e.Request != string(facilitation.RequestClarify) {
		t.Errorf("c recorded %q", e.Request)
	}
	h.keys("a").typeText("kavira").keys("tab", "enter") // tab: speak → reply
	if e := h.last(); e.Request != string(facilitation.RequestReply) {
		t.Errorf("tab in the picker did not change the kind: %q", e.Request)
	}
}

func TestTypingANameNeverFiresGlobalKeys(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "a").typeText("np]qC") // every one of these is a live-screen key
	if got := h.types(); len(got) != 1 || h.quit {
		t.Fatalf("keys typed into the picker acted on the session: %v (quit %v)", got, h.quit)
	}
}
