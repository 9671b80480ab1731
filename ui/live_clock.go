package ui

import (
	"time"

	"github.com/baraza-app/baraza/session"
)

// processStart anchors the monotonic clock (time.Since reads it).
var processStart = time.Now()

// realMono is the monotonic time since the process started: a wall clock
// corrected while baraza runs does not change it.
func realMono() time.Duration { return time.Since(processStart) }

// sessionClock is the live screen's "now" for the running clocks (the
// turn, the round, the session, the balance). It takes the session's
// clock from the state once each time the state changes (the fold's time
// of the last event, which the writer stamps from the monotonic clock as
// elapsed_ms), then advances it by the monotonic clock, never by the wall
// clock: a laptop whose clock is corrected mid-session keeps a running
// turn at its true length (issue 12).
type sessionClock struct {
	seq  int64
	eff  time.Time     // the session's clock at the anchor
	mono time.Duration // the monotonic clock at the anchor
	wall time.Time     // the wall clock at the anchor (tests without a monotonic clock)
}

// at is the session's clock now. mono is nil where no monotonic clock is
// given (tests with a fake wall clock): the wall clock stands in for it.
func (k *sessionClock) at(s *session.State, wall time.Time, mono func() time.Duration) time.Time {
	var m time.Duration
	if mono != nil {
		m = mono()
	}
	if k.eff.IsZero() || s.Seq != k.seq {
		k.seq, k.eff, k.mono, k.wall = s.Seq, s.Now(wall), m, wall
	}
	d := wall.Sub(k.wall)
	if mono != nil {
		d = m - k.mono
	}
	return k.eff.Add(max(d, 0))
}

// sessionNow is the session's clock now, for drawing s.
func (m *Live) sessionNow(s *session.State) time.Time { return m.c.sessionNow(s) }

// sessionNow is the session's clock now, for drawing st: what every
// running clock on a screen reads. In replay, now already is it.
func (c *common) sessionNow(st *session.State) time.Time {
	if c.replaying || st == nil {
		return c.now()
	}
	if c.clock == nil {
		c.clock = &sessionClock{}
	}
	return c.clock.at(st, c.now(), c.mono)
}
