package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
)

func TestTurnsListMostRecentFirst(t *testing.T) {
	st := dlgBusyState(t)
	d := newTurnsDialog(dlgCommon("en"))
	v := d.View(st, 80, 20)
	mustContain(t, v, "Turns, most recent first (3)", "› #3", "R1", "王小明", "1:00", "speaking now",
		"direct reply", "off the record", "0:45", "1:30", "Asks for a night patrol")
	if strings.Index(v, "#3") > strings.Index(v, "#2") || strings.Index(v, "#2") > strings.Index(v, "#1") {
		t.Errorf("not most recent first:\n%s", v)
	}
	if strings.Contains(lineWith(v, "#1"), "to speak") {
		t.Error("an ordinary request is named")
	}
	dialogFitsSizes(t, d, st)
}

func TestTurnsOffRecordTogglesAndStaysOpen(t *testing.T) {
	st := dlgBusyState(t)
	d := newTurnsDialog(dlgCommon("en"))
	if intent, done := press(t, d, st, "o"); intent != (offRecordIntent{Turn: 3, Off: true}) || done {
		t.Errorf("turn 3: got %#v, %v", intent, done)
	}
	if intent, done := press(t, d, st, "down", "o"); intent != (offRecordIntent{Turn: 2, Off: false}) || done {
		t.Errorf("turn 2 (off the record): got %#v, %v", intent, done)
	}
	if intent, done := press(t, d, st, "esc"); intent != nil || !done {
		t.Errorf("esc: got %#v, %v", intent, done)
	}
}

func TestTurnsEditNote(t *testing.T) {
	st := dlgBusyState(t)
	d := newTurnsDialog(dlgCommon("en"))
	press(t, d, st, "down", "down", "down", "e")
	v := d.View(st, 80, 20)
	mustContain(t, v, "Note for turn 1 (Déogratias Kasereka)", "Asks for a night patrol")
	dialogFitsSizes(t, d, st)
	intent, done := press(t, d, st, " on market days", "enter")
	if intent != (turnNoteIntent{Turn: 1, Note: "Asks for a night patrol on market days"}) || done {
		t.Errorf("got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "Turns, most recent first") // back to the list

	// enter also edits; esc leaves the note alone and the list open.
	if intent, done := press(t, d, st, "up", "enter", "x", "esc"); intent != nil || done {
		t.Errorf("esc in the note: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "› #2")
}

func TestTurnsEmptyAndFrench(t *testing.T) {
	st := dlgState(t, dlgPlan())
	d := newTurnsDialog(dlgCommon("fr"))
	if intent, done := press(t, d, st, "down", "e", "o"); intent != nil || done {
		t.Errorf("no turns: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "Aucune intervention pour l'instant.")

	st = dlgBusyState(t)
	d = newTurnsDialog(dlgCommon("fr"))
	v := d.View(st, 80, 20)
	mustContain(t, v, "Interventions, les plus récentes d'abord (3)", "T1", "en cours", "réponse directe", "hors compte rendu")
	dialogFitsSizes(t, d, st)
}

// manyTurns is a session of n short turns between two people.
func manyTurns(t testing.TB, n int) *session.State {
	plan := dlgPlan()
	events := []session.Event{session.NewSessionStarted("big", plan), {Type: session.RoundStarted, Round: 1}}
	for i := range n {
		id := session.ParticipantID(i % len(plan.Participants))
		events = append(events,
			session.Event{Type: session.TurnStarted, Turn: i + 1, Participant: id},
			session.Event{Type: session.TurnEnded, Turn: i + 1, Note: "note of turn"})
	}
	for i := range events {
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), dlgT0.Add(time.Duration(i)*time.Second)
	}
	st, err := session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestTurnsScrollThroughALongSession(t *testing.T) {
	st := manyTurns(t, 5000)
	d := newTurnsDialog(dlgCommon("en"))
	for range 30 {
		press(t, d, st, "down")
	}
	v := d.View(st, 70, 16)
	dialogFits(t, v, 70, 16)
	mustContain(t, v, "› #4970", "more")
	if strings.Contains(v, "#5000") {
		t.Errorf("the window did not scroll:\n%s", v)
	}
	if intent, _ := press(t, d, st, "o"); intent != (offRecordIntent{Turn: 4970, Off: true}) {
		t.Errorf("got %#v", intent)
	}
}

// View costs the visible rows, not the session's length.
func BenchmarkTurnsView5000(b *testing.B) {
	st := manyTurns(b, 5000)
	d := newTurnsDialog(dlgCommon("en"))
	b.ResetTimer()
	for range b.N {
		_ = d.View(st, 80, 20)
	}
}
