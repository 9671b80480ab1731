package ui

import (
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
)

// twoTurns: Bienvenu spoke a minute (turn 1, ended), Amani speaks now (turn 2).
func twoTurns(t *testing.T) *harness {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("bien").keys("enter")
	h.advance(time.Minute).keys("g").typeText("amani").keys("enter", "esc") // esc: no note for turn 1
	h.advance(30 * time.Second)
	if st := h.m.State(); len(st.Turns) != 2 || st.Current == nil || st.Turns[0].Participant != "p2" {
		t.Fatalf("setup: %d turns", len(st.Turns))
	}
	return h
}

// wrote checks that exactly the given number of events were written since n.
func (h *harness) wrote(n, want int) {
	h.t.Helper()
	if got := len(h.log.events) - n; got != want {
		h.t.Fatalf("%d events written, want %d: %+v", got, want, h.log.events[n:])
	}
}

func TestTurnsListReassignsAnEarlierTurn(t *testing.T) {
	h := twoTurns(t)
	n := len(h.log.events)
	h.keys("l", "down", "r")
	h.mustSee("Turn 1 was whose?")
	h.typeText("grace").keys("enter")
	h.mustSee("Turn 1 given to Grâce Mapendo · Why? (optional")
	h.typeText("misheard the name").keys("enter")
	h.wrote(n, 1)
	e := h.last()
	if e.Type != session.Corrected || e.Correction != session.CorrReassign || e.Participant != "p3" ||
		e.Reason != "misheard the name" || e.Corrects != h.m.State().Turns[0].StartSeq {
		t.Fatalf("reassign = %+v", e)
	}
	st := h.m.State()
	if st.Turns[0].Participant != "p3" || st.Person("p2").TurnsN != 0 || st.Person("p3").TurnsN != 1 || st.Person("p3").Spoken != time.Minute {
		t.Fatalf("after reassign: turn 1 is %s's; p2 %d turns, p3 %d turns %v", st.Turns[0].Participant,
			st.Person("p2").TurnsN, st.Person("p3").TurnsN, st.Person("p3").Spoken)
	}
	h.mustSee("Corrected: turn 1 given to Grâce Mapendo.", "Grâce Mapendo")

	// The same person again makes no sense: refused, nothing written.
	n = len(h.log.events)
	h.keys("r").typeText("grace").keys("enter")
	h.wrote(n, 0)
	h.mustSee("Turn 1 is already Grâce Mapendo's.")
}

func TestTurnsListAdjustsCountedTime(t *testing.T) {
	h := twoTurns(t)
	n := len(h.log.events)
	h.keys("l", "a") // the running turn: its clock still counts
	h.wrote(n, 0)
	h.mustSee("Turn 2 is still running: end it first")
	h.keys("down", "a")
	h.mustSee("Counted time of turn 1 (m:ss)", "1:00")
	h.keys("ctrl+u").typeText("-1:00").keys("enter") // a negative time
	h.wrote(n, 0)
	h.mustSee("“-1:00” is not a time")
	h.keys("ctrl+u").typeText("1:00").keys("enter") // what it already counts
	h.wrote(n, 0)
	h.mustSee("Turn 1 already counts 1:00.")
	h.keys("down", "a", "ctrl+u").typeText("0:45").keys("enter", "enter") // no reason
	h.wrote(n, 1)
	e := h.last()
	if e.Correction != session.CorrAdjust || e.CountedMs == nil || *e.CountedMs != 45000 || e.Reason != "" {
		t.Fatalf("adjust = %+v", e)
	}
	st := h.m.State()
	if !st.Turns[0].Adjusted || st.Person("p2").Spoken != 45*time.Second {
		t.Fatalf("after adjust: spoken %v", st.Person("p2").Spoken)
	}
	h.mustSee("time corrected", "0:45")
}

func TestTurnsListChangesTheRequestKind(t *testing.T) {
	h := twoTurns(t)
	n := len(h.log.events)
	h.keys("l", "c", "enter") // "to speak", which it already is
	h.wrote(n, 0)
	h.mustSee("Turn 2 is already a")
	h.keys("down", "c", "down", "enter") // a direct reply
	h.typeText("she answered Kavira").keys("enter")
	h.wrote(n, 1)
	if e := h.last(); e.Correction != session.CorrRequest || e.Request != "reply" || e.Reason != "she answered Kavira" {
		t.Fatalf("request = %+v", e)
	}
	if st := h.m.State(); st.Turns[0].Request != "reply" {
		t.Fatalf("turn 1 request = %q", st.Turns[0].Request)
	}
}

func TestTurnsListVoidsTheRunningTurnOnceAndEscWritesNothing(t *testing.T) {
	h := twoTurns(t)
	n := len(h.log.events)
	h.keys("l", "x")
	h.mustSee("Void turn 2 (Amani Kahindo)? It will count for nothing", "(optional, kept in the minutes)")
	h.keys("esc") // cancelled: nothing written, the list stays
	h.wrote(n, 0)
	h.mustSee("Turns, most recent first (2)")
	h.keys("x").typeText("wrong person").keys("enter")
	h.wrote(n, 2)
	if got := h.types()[len(h.types())-2:]; got[0] != session.TurnEnded || got[1] != session.Corrected {
		t.Fatalf("void of the running turn wrote %v", got)
	}
	st := h.m.State()
	if st.Current != nil || !st.Turns[1].Voided || st.Person("p1").TurnsN != 0 {
		t.Fatalf("after void: current %v, turn 2 %+v", st.Current, st.Turns[1])
	}
	h.mustSee("voided", "Corrected: turn 2 voided.")
	n = len(h.log.events)
	for _, k := range []string{"x", "r", "a", "c"} { // nothing is left to correct on it
		h.keys(k)
		h.wrote(n, 0)
		h.mustSee("Turn 2 is voided: there is nothing left to correct.")
	}
}

func TestTurnsListFiltersBySpeakerOrLevel(t *testing.T) {
	h := twoTurns(t)
	h.keys("l", "/").typeText("civil").keys("enter")
	h.mustSee("Turns of Civil society: 0 of 2", "No turn of “Civil society”")
	h.keys("/", "ctrl+u").typeText("commu").keys("enter")
	h.mustSee("Turns of Community: 2 of 2")
	h.keys("/", "ctrl+u").typeText("bienv").keys("enter")
	h.mustSee("Turns of bienv: 1 of 2", "#1", "Bienvenu Mukeba")
	h.mustNotSee("#2")
	// Acting on the filtered row corrects that turn.
	h.keys("r").typeText("kavira").keys("enter", "enter")
	if e := h.last(); e.Correction != session.CorrReassign || e.Corrects != h.m.State().Turns[0].StartSeq || e.Participant != "p4" {
		t.Fatalf("filtered reassign = %+v", e)
	}
	h.mustSee("Turns of bienv: 0 of 2") // Bienvenu has no turn left
	h.keys("/", "ctrl+u", "enter")
	h.mustSee("Turns, most recent first (2)")
}

// The fold is the last word: a correction it refuses (someone absent from
// the plan, a closed session) is shown in plain words and nothing is written.
func TestCorrectionRefusedByTheFoldWritesNothing(t *testing.T) {
	h := twoTurns(t)
	n := len(h.log.events)
	seq := h.m.State().Turns[0].StartSeq
	h.run(h.m.apply(correctIntent{Events: []session.Event{{Type: session.Corrected, Corrects: seq,
		Correction: session.CorrReassign, Participant: "p99"}}, What: "x"}))
	h.wrote(n, 0)
	h.mustSee(`Not corrected: "p99" is not a participant of this session`)
	h.mustNotSee("event ")
	// All or nothing: the turn_ended of a void is not written when the void is refused.
	h.run(h.m.apply(correctIntent{Events: []session.Event{{Type: session.TurnEnded, Turn: 2},
		{Type: session.Corrected, Corrects: 999, Correction: session.CorrVoid}}}))
	h.wrote(n, 0)
	h.mustSee("Not corrected: there is no event 999 to correct")
	if h.m.j.projected.Current == nil {
		t.Error("the refused void ended the running turn")
	}
}

func TestBoardVoidsAnItemAndRetractsAPositionAndAnAction(t *testing.T) {
	h := agreedHarness(t, "en")
	h.m.SetSize(120, 40)
	n := len(h.log.events)
	h.keys("b", "x")
	h.mustSee("Correct item 1: what was recorded in error?", "Void item 1 (recorded in error)",
		"Retract the position of Government (support with reservations)", "Retract the action “Order the pump”")
	h.keys("esc") // cancelled: nothing written
	h.wrote(n, 0)

	h.keys("x").typeText("government").keys("enter")
	h.mustSee("Why? (optional")
	h.typeText("it was civil society's").keys("enter")
	h.wrote(n, 1)
	if e := h.last(); e.Correction != session.CorrRetract || e.Corrects != 8 || e.Reason != "it was civil society's" {
		t.Fatalf("retract position = %+v", e)
	}
	h.mustSee("Corrected: position of Government on item 1 retracted.")
	if it := h.m.State().Items[0]; len(it.Positions) != 2 {
		t.Fatalf("item 1 positions after retract: %v", it.Positions)
	}

	h.keys("x").typeText("pump").keys("enter", "enter")
	if e := h.last(); e.Correction != session.CorrRetract || e.Corrects != 11 {
		t.Fatalf("retract action = %+v", e)
	}
	if acts := h.m.State().ActionsOf(1); len(acts) != 0 {
		t.Fatalf("actions of item 1 after retract: %d", len(acts))
	}

	h.keys("j", "x").typeText("void").keys("enter", "enter") // item 2
	if e := h.last(); e.Correction != session.CorrVoid || e.Corrects != 4 {
		t.Fatalf("void item = %+v", e)
	}
	for _, it := range h.m.State().LiveItems() {
		if it.Number == 2 {
			t.Fatal("a voided item stays on the board")
		}
	}
	h.mustNotSee("Close the market at dusk")
	h.wrote(n, 3)
}

// After the close, a correction from the turns list is an amendment.
func TestTurnsListAfterTheCloseAmends(t *testing.T) {
	h := twoTurns(t)
	h.keys("C", "c", "y")
	if !h.m.State().Closed {
		t.Fatal("not closed")
	}
	h.keys("l", "down", "x").typeText("not a turn").keys("enter")
	e := h.last()
	if e.Type != session.Corrected || e.Correction != session.CorrVoid || !e.AfterClose || e.Reason != "not a turn" {
		t.Fatalf("after the close: %+v", e)
	}
	if !h.m.State().Turns[0].Voided {
		t.Error("the amendment did not void turn 1")
	}
}
