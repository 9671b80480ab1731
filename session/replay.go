package session

import (
	"sort"
	"time"
)

// Timeline is a session's log prepared for replay: the state at any moment,
// computed by the same fold as the live screen (there is no second
// implementation), and fast to reach from anywhere thanks to checkpoints of
// the folded state every so many events.
type Timeline struct {
	events      []Event
	elapsed     []time.Duration // each event's time on the session's clock, since the first event
	every       int             // events between checkpoints
	checkpoints []*State        // checkpoints[k] is the state after k*every events
	loading     bool            // the rest of the log is being read (replay_stream.go)
	expected    int             // then: how many events the log holds, at most
}

// checkpointEvery: 16 checkpoints, at least 1,024 events apart. They
// share what they can (see Clone): each costs a slice of turn pointers
// (on a 100,000-event log, 33,000 turns: 260 KB at most) and the rest of
// the state (people, rounds, items: about 0.4 MB there), not the turns,
// and none holds a copy of the events (their events are views of the
// timeline's). A seek clones the nearest checkpoint the same way and
// folds at most 1/16 of the log (about 100 ns an event: under 1 ms).
func checkpointEvery(n int) int { return max(1024, n/16+1) }

// NewTimeline folds the log once, keeping checkpoints. A log that does not
// fold (a damaged one) is refused with the fold's error. The events are
// the timeline's from now on: they must not be changed.
func NewTimeline(events []Event) (*Timeline, error) {
	tl := &Timeline{events: events, every: checkpointEvery(len(events)), elapsed: make([]time.Duration, len(events))}
	s := &State{log: events[:0]}
	tl.checkpoints = append(tl.checkpoints, s.Clone())
	for i, e := range events {
		if err := s.Apply(e); err != nil {
			return nil, err
		}
		tl.elapsed[i] = s.LastAt.Sub(s.StartedAt)
		if (i+1)%tl.every == 0 {
			tl.checkpoints = append(tl.checkpoints, s.Clone())
		}
	}
	return tl, nil
}

// Len is the number of events.
func (tl *Timeline) Len() int { return len(tl.events) }

// Event returns event i (0-based).
func (tl *Timeline) Event(i int) Event { return tl.events[i] }

// Events returns the log (not to be changed).
func (tl *Timeline) Events() []Event { return tl.events }

// StateAt returns the state after the first n events (0 <= n <= Len), as a
// fresh copy the caller may fold further. It costs one checkpoint copy and
// at most checkpointEvery events folded.
func (tl *Timeline) StateAt(n int) *State {
	n = max(0, min(n, len(tl.events)))
	k := min(n/tl.every, len(tl.checkpoints)-1)
	s := tl.checkpoints[k].Clone()
	for _, e := range tl.events[k*tl.every : n] {
		_ = s.Apply(e) // every event folded once already in NewTimeline
	}
	return s
}

// Replay's clock is the session's clock as the fold has it (session start
// plus elapsed_ms in format 2, see timebase), never the raw "at": a wall
// clock corrected mid-session does not move events on the timeline.

// CountAt is how many events happened at or before t: the index to replay
// up to for a moment on the clock.
func (tl *Timeline) CountAt(t time.Time) int {
	d := t.Sub(tl.Start())
	return sort.Search(len(tl.events), func(i int) bool { return tl.elapsed[i] > d })
}

// Time is event i's time on the session's clock.
func (tl *Timeline) Time(i int) time.Time {
	if i < 0 || i >= len(tl.events) {
		return time.Time{}
	}
	return tl.Start().Add(tl.elapsed[i])
}

// Start and End are the times of the first and last events.
func (tl *Timeline) Start() time.Time {
	if len(tl.events) == 0 {
		return time.Time{}
	}
	return tl.events[0].At
}

// End is the time of the last event.
func (tl *Timeline) End() time.Time { return tl.Time(len(tl.events) - 1) }
