package main

import (
	"encoding/json"
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
