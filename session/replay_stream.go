package session

import (
	"errors"
	"io"
	"time"
)

// A long log (a million events) takes seconds to read, and replay's first
// frame must not wait for it: OpenTimeline reads and folds the first
// events, and a TimelineLoader reads and folds the rest in the background,
// a chunk at a time, while the trainer already looks at the start. The
// timeline grows as each chunk is given to it (Extend); until the last
// one, Loading says so and Len counts only the events read.
//
// The events go into one array sized for the whole log when it is opened
// (LogStream.Expected), so that the states' views of it (fold_memory.go)
// never move: the loader writes the slots after the timeline's end, which
// the timeline's readers never look at, and Extend hands them over.

// TimelineLoader reads and folds the rest of a timeline's log. Its Next
// runs off the screen's loop (a tea.Cmd), one call at a time; its results
// go to Timeline.Extend on the loop.
type TimelineLoader struct {
	stream  *LogStream
	path    string
	events  []Event         // the timeline's array: [0, n) are the timeline's, the loader writes after
	elapsed []time.Duration // the same for the times
	n       int
	tip     *State // the fold of events[:n]
	every   int
	done    bool
}

// TimelineChunk is what a call of Next read: hand it to Extend.
type TimelineChunk struct {
	events      []Event // the timeline's events up to the chunk's end
	elapsed     []time.Duration
	checkpoints []*State
	final       *State // a copy of the fold of everything read so far
	// Done: the log is read to its end; Warnings are then the log's.
	Done     bool
	Warnings []string
}

// Final is the fold of every event read so far (a copy the caller owns):
// replay draws its timeline bar from it.
func (c TimelineChunk) Final() *State { return c.final }

// OpenTimeline reads up to first events of the log at path and folds them
// into a timeline; the loader reads the rest (nil when the log was read
// whole, and the warnings are then the log's).
func OpenTimeline(path string, first int) (*Timeline, *TimelineLoader, []string, error) {
	s, err := OpenLogStream(path)
	if err != nil {
		return nil, nil, nil, err
	}
	events := make([]Event, s.Expected())
	n, err := s.Read(events[:min(max(first, 1), len(events))])
	done := errors.Is(err, io.EOF)
	if err != nil && !done {
		return nil, nil, nil, err
	}
	if done {
		tl, err := NewTimeline(events[:n:n])
		if err != nil {
			return nil, nil, nil, foldErrorAt(path, err)
		}
		return tl, nil, s.Warnings(), nil
	}
	l := &TimelineLoader{stream: s, path: path, events: events[:0], elapsed: make([]time.Duration, 0, len(events)),
		every: checkpointEvery(len(events)), tip: &State{log: events[:0]}}
	tl := &Timeline{every: l.every, loading: true, expected: len(events), checkpoints: []*State{l.tip.Clone()}}
	c, err := l.fold(events[:n])
	if err != nil {
		s.Close()
		return nil, nil, nil, foldErrorAt(path, err)
	}
	tl.Extend(c)
	return tl, l, nil, nil
}

// Next reads and folds up to max more events. A damaged line or an event
// that does not fold is an error naming the log's line; the timeline keeps
// what was read before it.
func (l *TimelineLoader) Next(max int) (TimelineChunk, error) {
	if l.done {
		return TimelineChunk{events: l.events, elapsed: l.elapsed, Done: true}, nil
	}
	room := l.events[l.n:cap(l.events)]
	n, err := l.stream.Read(room[:min(max, len(room))])
	eof := errors.Is(err, io.EOF)
	if err != nil && !eof {
		l.done = true
		return TimelineChunk{}, err
	}
	c, err := l.fold(room[:n])
	if err != nil {
		l.done = true
		l.stream.Close()
		return TimelineChunk{}, foldErrorAt(l.path, err)
	}
	if eof {
		l.done, c.Done, c.Warnings = true, true, l.stream.Warnings()
	}
	return c, nil
}

// Close stops reading (the screen quit before the end).
func (l *TimelineLoader) Close() error { return l.stream.Close() }

// fold folds the events just read (already in their slots), keeping their
// times and a checkpoint every l.every events.
func (l *TimelineLoader) fold(read []Event) (TimelineChunk, error) {
	var c TimelineChunk
	for _, e := range read {
		if err := l.tip.Apply(e); err != nil {
			return c, err
		}
		l.n++
		l.events = l.events[:l.n]
		l.elapsed = append(l.elapsed, l.tip.LastAt.Sub(l.tip.StartedAt))
		if l.n%l.every == 0 {
			c.checkpoints = append(c.checkpoints, l.tip.Clone())
		}
	}
	c.events, c.elapsed = l.events[:l.n:l.n], l.elapsed[:l.n:l.n]
	c.final = l.tip.Clone()
	return c, nil
}

// Extend gives the timeline the events a chunk read. It runs on the
// screen's loop; the loader's next Next may run meanwhile: it writes only
// after the chunk's end.
func (tl *Timeline) Extend(c TimelineChunk) {
	if len(c.events) > len(tl.events) {
		tl.events, tl.elapsed = c.events, c.elapsed
	}
	tl.checkpoints = append(tl.checkpoints, c.checkpoints...)
	if c.Done {
		tl.loading = false
	}
}

// Loading says the log is still being read: Len counts the events read
// so far, End is the last of them.
func (tl *Timeline) Loading() bool { return tl.loading }

// Progress is how much of the log is read, 0 to 1.
func (tl *Timeline) Progress() float64 {
	if !tl.loading || tl.expected == 0 {
		return 1
	}
	return float64(len(tl.events)) / float64(tl.expected)
}
