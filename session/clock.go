package session

import "time"

// Clock measures running time between start and stop marks taken from event
// timestamps, so that a clock survives a crash: it is recomputed from the log.
type Clock struct {
	Acc     time.Duration // time accumulated by past runs
	Since   time.Time     // start of the current run, when Running
	Running bool
}

// Start starts the clock at t; starting a running clock does nothing.
func (c *Clock) Start(t time.Time) {
	if !c.Running {
		c.Running, c.Since = true, t
	}
}

// Stop stops the clock at t; stopping a stopped clock does nothing.
func (c *Clock) Stop(t time.Time) {
	if c.Running {
		c.Acc += positive(t.Sub(c.Since))
		c.Running = false
	}
}

// Elapsed is the clock's time at now.
func (c Clock) Elapsed(now time.Time) time.Duration {
	if c.Running {
		return c.Acc + positive(now.Sub(c.Since))
	}
	return c.Acc
}

// positive guards against wall clocks that went backwards between events.
func positive(d time.Duration) time.Duration {
	if d < 0 {
		return 0
	}
	return d
}

// Now is the session's clock at the wall time wall, as the fold would time
// an event written then without elapsed_ms: the last event's time plus the
// wall time since it, clamped like any gap (see timebase). Screens use it
// once, then advance it with a monotonic clock (a running turn must not
// jump with the laptop's clock).
func (s *State) Now(wall time.Time) time.Time {
	if s.Seq == 0 {
		return wall
	}
	return s.LastAt.Add(min(max(wall.Sub(s.wallAt), 0), MaxEventGap))
}
