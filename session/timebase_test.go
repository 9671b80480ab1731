package session

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A wall clock that jumps (a corrected laptop clock, a flipped bit: 2026 ->
// 3026) never becomes an absurd or negative duration, and is noted.
func TestClockJumpsAreClampedAndNoted(t *testing.T) {
	cases := []struct {
		name     string
		endAt    time.Duration // turn_ended's wall time after turn_started
		elapsed  int64         // its elapsed_ms (0: a format-1 event)
		want     time.Duration // the turn's duration
		wantJump bool
	}{
		{"format 1, steady", 90 * time.Second, 0, 90 * time.Second, false},
		{"format 1, a thousand years ahead", -1, 0, 0, true}, // -1: 2026 -> 3026
		{"format 1, back an hour", -time.Hour, 0, 0, true},
		{"format 2, clock ahead an hour, 90 s elapsed", time.Hour, 60_000 + 90_000, 90 * time.Second, true},
		{"format 2, clock back a day, 90 s elapsed", -24 * time.Hour, 60_000 + 90_000, 90 * time.Second, true},
		{"format 2, steady", 90 * time.Second, 60_000 + 90_000, 90 * time.Second, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newScript(t, testPlan())
			s.add(30, round(1)).add(60, turn("p1"))
			if c.elapsed > 0 {
				s.events[1].ElapsedMs, s.events[2].ElapsedMs = 30_000, 60_000
			}
			end := Event{Type: TurnEnded}
			s.add(60, end)
			last := &s.events[len(s.events)-1]
			last.At, last.ElapsedMs = last.At.Add(c.endAt), c.elapsed
			if c.endAt == -1 {
				last.At = last.At.AddDate(1000, 0, 0)
			}
			st := s.fold()
			got := st.Turns[0].Speaking.Acc
			if got != c.want {
				t.Errorf("turn lasted %v, want %v", got, c.want)
			}
			if (len(st.ClockNotes) > 0) != c.wantJump {
				t.Errorf("clock notes %+v, want a jump: %v", st.ClockNotes, c.wantJump)
			}
			if st.Clock.Elapsed(st.LastAt) < 0 || st.Clock.Elapsed(st.LastAt) > MaxEventGap {
				t.Errorf("session clock %v", st.Clock.Elapsed(st.LastAt))
			}
			md, err := RenderMinutes(BuildMinutes(st, MinutesOptions{Location: time.UTC}), nil)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(md), "clock") != c.wantJump {
				t.Errorf("minutes mention the clock: %v, want %v", strings.Contains(string(md), "clock"), c.wantJump)
			}
		})
	}
}

// elapsed_ms follows the writer's clock and continues across a resume, so
// that a reopened session does not restart its elapsed time at zero.
func TestElapsedContinuesAcrossResume(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, _, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	now := t0
	w.SetClock(func() time.Time { return now })
	start := NewSessionStarted("s", testPlan())
	if _, err := w.Append(start); err != nil {
		t.Fatal(err)
	}
	now = now.Add(5 * time.Second)
	e, err := w.Append(round(1))
	if err != nil || e.ElapsedMs != 5000 || e.V != 2 {
		t.Fatalf("first event: %+v %v", e, err)
	}
	w.Close()

	w, events, err := OpenWriter(path)
	if err != nil || len(events) != 2 {
		t.Fatal(err)
	}
	defer w.Close()
	now = now.Add(10 * time.Second) // the resume, ten seconds later
	w.SetClock(func() time.Time { return now })
	now = now.Add(3 * time.Second)
	e, err = w.Append(turn("p1"))
	if err != nil {
		t.Fatal(err)
	}
	// The gap between the two runs counts as it was on the wall clock.
	if e.ElapsedMs < 5000 || e.ElapsedMs > 18000 {
		t.Errorf("elapsed after resume %d ms, want within [5000, 18000]", e.ElapsedMs)
	}
}
