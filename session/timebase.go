package session

import "time"

// Limits of what the fold believes of a clock.
const (
	// MaxEventGap is the longest time between two events that counts: a gap
	// longer than this (a clock set a year ahead, a flipped bit) counts as 0.
	// A session paused overnight still fits.
	MaxEventGap = 24 * time.Hour
	// clockJumpTolerance is how far the wall clock may drift from the
	// monotonic one between two events before the difference is reported.
	clockJumpTolerance = 2 * time.Minute
)

// ClockNote records a wall clock that did not behave: it jumped (the laptop's
// clock was corrected, or a time was damaged) or went backwards. Durations
// never include the jump; minutes show the note.
type ClockNote struct {
	Seq     int64         // the event where it was seen
	At      time.Time     // the time the fold used for that event
	Jump    time.Duration // wall clock change not matched by elapsed time (+ ahead, - back)
	Clamped bool          // true: no elapsed_ms, the gap was counted as 0
}

// timebase turns events' clocks into the times the fold uses: session start
// plus elapsed_ms when an event carries it (format 2), else the previous
// time plus the wall clock gap, clamped to [0, MaxEventGap].
type timebase struct {
	started  bool
	start    time.Time // session_started's time
	lastWall time.Time // last event's "at"
	lastEff  time.Time // last event's time as the fold used it
}

// next returns the fold time of e, the timebase after it and a note when the
// wall clock misbehaved.
func (tb timebase) next(e Event) (time.Time, timebase, *ClockNote) {
	if !tb.started {
		return e.At, timebase{started: true, start: e.At, lastWall: e.At, lastEff: e.At}, nil
	}
	wall := e.At.Sub(tb.lastWall)
	var note *ClockNote
	var eff time.Time
	if e.ElapsedMs > 0 {
		eff = tb.start.Add(time.Duration(e.ElapsedMs) * time.Millisecond)
		d := eff.Sub(tb.lastEff)
		if d < 0 || d > MaxEventGap { // a damaged elapsed_ms
			note = &ClockNote{Seq: e.Seq, Jump: d, Clamped: true}
			d = 0
		}
		eff = tb.lastEff.Add(d)
		if j := wall - d; note == nil && (j > clockJumpTolerance || j < -clockJumpTolerance) {
			note = &ClockNote{Seq: e.Seq, Jump: j}
		}
	} else {
		d := wall
		if d > MaxEventGap || d < -clockJumpTolerance {
			note = &ClockNote{Seq: e.Seq, Jump: d, Clamped: true}
		}
		eff = tb.lastEff.Add(min(max(d, 0), MaxEventGap))
		if d > MaxEventGap {
			eff = tb.lastEff
		}
	}
	if note != nil {
		note.At = eff
	}
	return eff, timebase{started: true, start: tb.start, lastWall: e.At, lastEff: eff}, note
}

// timebaseOf is the timebase after events.
func timebaseOf(events []Event) timebase {
	var tb timebase
	for _, e := range events {
		_, tb, _ = tb.next(e)
	}
	return tb
}

// elapsedAt is the elapsed time a writer continuing after tb's events stamps
// on an event at now: the last event's fold time since the start, plus the
// wall gap to now clamped like any gap.
func (tb timebase) elapsedAt(now time.Time) time.Duration {
	if !tb.started {
		return 0
	}
	gap := min(max(now.Sub(tb.lastWall), 0), MaxEventGap)
	return tb.lastEff.Sub(tb.start) + gap
}
