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
	every       int      // events between checkpoints
	checkpoints []*State // checkpoints[k] is the state after k*every events
}

// checkpointEvery keeps the checkpoints few, since each is a full copy of
// the state (on a 100,000-event log, a state holds 33,000 turns: 8 MB):
// four of them, a quarter of the log apart. A seek copies the nearest one
// and folds at most a quarter of the log, which the fold does at about
// 100 ns an event (2.5 ms for 25,000). The events themselves (the fold's
// inputs) are kept, not more states.
func checkpointEvery(n int) int { return max(4096, n/4+1) }

// NewTimeline folds the log once, keeping checkpoints. A log that does not
// fold (a damaged one) is refused with the fold's error.
func NewTimeline(events []Event) (*Timeline, error) {
	tl := &Timeline{events: events, every: checkpointEvery(len(events))}
	s := &State{}
	tl.checkpoints = append(tl.checkpoints, s.Clone())
	for i, e := range events {
		if err := s.Apply(e); err != nil {
			return nil, err
		}
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

// CountAt is how many events happened at or before t: the index to replay
// up to for a moment on the clock.
func (tl *Timeline) CountAt(t time.Time) int {
	return sort.Search(len(tl.events), func(i int) bool { return tl.events[i].At.After(t) })
}

// Start and End are the times of the first and last events.
func (tl *Timeline) Start() time.Time { return tl.at(0) }

// End is the time of the last event.
func (tl *Timeline) End() time.Time { return tl.at(len(tl.events) - 1) }

func (tl *Timeline) at(i int) time.Time {
	if i < 0 || i >= len(tl.events) {
		return time.Time{}
	}
	return tl.events[i].At
}
