package ui

import (
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
)

// TestUndoVoidsTheWrongTurn: the floor given to the wrong person, u undoes
// it as a correction in the log (the turn ends and counts for nobody), and
// a second u with nothing left says so and writes nothing.
func TestUndoVoidsTheWrongTurn(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("bien").keys("enter")
	h.advance(time.Minute).keys("u")
	if e := h.last(); e.Type != session.Corrected || e.Correction != session.CorrVoid {
		t.Fatalf("u wrote %+v, want a void", e)
	}
	h.mustSee("Undone: turn 1 voided.")
	st := h.m.State()
	if st.Current != nil || !st.Turns[0].Voided || st.Person(st.Turns[0].Participant).TurnsN != 0 {
		t.Fatalf("after undo: current %v, turn %+v", st.Current, st.Turns[0])
	}
	n := len(h.log.events)
	h.keys("u")
	h.mustSee("Nothing to undo.")
	if len(h.log.events) != n {
		t.Error("an undo with nothing to undo wrote an event")
	}
}
