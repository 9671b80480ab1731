package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
)

// TestReplayShowsACorrectionWhenItWasMade: turn 1 was Amani's until the
// note-taker reassigned it to Bienvenu after turn 3; the replay shows
// Amani's turn before that moment, Bienvenu's from it on, says so on the
// status line and marks the moment on the timeline.
func TestReplayShowsACorrectionWhenItWasMade(t *testing.T) {
	var events []session.Event
	for _, e := range smallRecording() {
		if e.Type == session.RoundStarted && e.Round == 2 {
			fix := session.Event{V: session.FormatVersion, Type: session.Corrected, At: e.At.Add(-5 * time.Second),
				Corrects: 3, Correction: session.CorrReassign, Participant: "p2", Reason: "misheard"}
			events = append(events, fix)
		}
		events = append(events, e)
	}
	for i := range events {
		events[i].Seq = int64(i + 1)
	}
	fixAt := 0
	for i, e := range events {
		if e.Type == session.Corrected {
			fixAt = i + 1
		}
	}
	rh := newReplayHarness(t, events)
	rh.r.seekTo(fixAt - 1)
	if st := rh.r.st; st.Turns[0].Participant != "p1" || st.Person("p1").TurnsN != 1 || st.Person("p2").TurnsN != 0 {
		t.Fatalf("before the correction turn 1 is %s's", st.Turns[0].Participant)
	}
	rh.mustNotSee("correction: turn 1")

	rh.r.seekTo(fixAt)
	if st := rh.r.st; st.Turns[0].Participant != "p2" || st.Person("p1").TurnsN != 0 || st.Person("p2").TurnsN != 1 {
		t.Fatalf("from the correction on turn 1 is %s's", st.Turns[0].Participant)
	}
	rh.mustSee("4:35 · correction: turn 1 given to Bienvenu Mukeba")
	rh.r.seekTo(len(events)) // later on, the corrected state stays
	if st := rh.r.st; st.Turns[0].Participant != "p2" {
		t.Fatalf("at the end turn 1 is %s's", st.Turns[0].Participant)
	}
	rh.mustNotSee("correction: turn 1")
	// The timeline marks the moment: × on the line of the clock, left of it.
	lines := strings.Split(rh.r.View(), "\n")
	found := false
	for _, l := range lines {
		if x, c := strings.Index(l, "×"), strings.Index(l, "▲"); x >= 0 && c > x {
			found = true
		}
	}
	if !found {
		t.Errorf("no × on the timeline:\n%s", rh.r.View())
	}
}

func (rh *replayHarness) mustNotSee(part string) {
	rh.t.Helper()
	if v := rh.r.View(); strings.Contains(v, part) {
		rh.t.Errorf("replay shows %q:\n%s", part, v)
	}
}
