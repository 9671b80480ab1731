package session

import (
	"errors"
	"io"
	"sync"
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
//
// The first frame comes from a small array of the first events; the
// array for the whole log (hundreds of megabytes at a million events) is
// made by the first Next, in the background, and the timeline moves onto
// it then (TimelineChunk.Rebased).
type TimelineLoader struct {
	mu       sync.Mutex // Next and Close
	stream   *LogStream
	path     string
	first    []Event         // the first events, until the first Next
	expected int             // the events the log holds, at most
	events   []Event         // the timeline's array: [0, n) are the timeline's, the loader writes after
	elapsed  []time.Duration // the same for the times
	n        int
	tip      *State // the fold of events[:n]
	every    int
	done     bool
}

// TimelineChunk is what a call of Next read: hand it to Extend.
type TimelineChunk struct {
	events      []Event // the timeline's events up to the chunk's end
	elapsed     []time.Duration
	checkpoints []*State
	rebased     bool   // the events moved to the array for the whole log: every checkpoint is new
	final       *State // a copy of the fold of everything read so far
	// Done: the log is read to its end; Warnings are then the log's (the
	// replay screen shows the first, in its language).
	Done     bool
	Warnings []Warning
}

// Final is the fold of every event read so far (a copy the caller owns):
// replay draws its timeline bar from it.
func (c TimelineChunk) Final() *State { return c.final }

// Rebased says the timeline's events moved to a new array with this
// chunk: a state folded from the timeline before (a replay's current
// state) should be taken again from it (StateAt), or it would copy the
// events it folds from then on.
func (c TimelineChunk) Rebased() bool { return c.rebased }

// OpenTimeline reads up to first events of the log at path and folds them
// into a timeline; the loader reads the rest (nil when the log was read
// whole, and the warnings are then the log's).
func OpenTimeline(path string, first int) (*Timeline, *TimelineLoader, []Warning, error) {
	s, err := OpenLogStream(path)
	if err != nil {
		return nil, nil, nil, err
	}
	events := make([]Event, min(max(first, 1), s.Expected()))
	n, err := s.Read(events)
	done := errors.Is(err, io.EOF)
	if err != nil && !done {
		return nil, nil, nil, err
	}
	tl, err := NewTimeline(events[:n:n])
	if err != nil {
		s.Close()
		return nil, nil, nil, foldErrorAt(path, err)
	}
	if done {
		return tl, nil, s.Warnings(), nil
	}
	tl.loading, tl.expected = true, s.Expected()
	l := &TimelineLoader{stream: s, path: path, first: events[:n:n], expected: s.Expected(), every: checkpointEvery(s.Expected())}
	return tl, l, nil, nil
}

// Next reads and folds up to max more events. A damaged line or an event
// that does not fold is an error naming the log's line; the timeline keeps
// what was read before it.
func (l *TimelineLoader) Next(max int) (TimelineChunk, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done {
		return TimelineChunk{events: l.events, elapsed: l.elapsed, Done: true}, nil
	}
	var c TimelineChunk
	if l.first != nil { // the array for the whole log, and the first events folded again into it
		all := make([]Event, len(l.first), l.expected)
		copy(all, l.first)
		l.first = nil
		l.events, l.elapsed = all[:0], make([]time.Duration, 0, l.expected)
		l.tip = &State{log: all[:0]}
		c.rebased, c.checkpoints = true, []*State{l.tip.Clone()}
		if err := l.fold(&c, all); err != nil {
			return l.fail(err)
		}
	}
	room := l.events[l.n:cap(l.events)]
	n, err := l.stream.Read(room[:min(max, len(room))])
	eof := errors.Is(err, io.EOF)
	if err != nil && !eof {
		l.done = true
		return TimelineChunk{}, err
	}
	if err := l.fold(&c, room[:n]); err != nil {
		return l.fail(err)
	}
	c.events, c.elapsed = l.events[:l.n:l.n], l.elapsed[:l.n:l.n]
	c.final = l.tip.Clone()
	if eof {
		l.done, c.Done, c.Warnings = true, true, l.stream.Warnings()
	}
	return c, nil
}

func (l *TimelineLoader) fail(err error) (TimelineChunk, error) {
	l.done = true
	l.stream.Close()
	return TimelineChunk{}, foldErrorAt(l.path, err)
}

// Close stops reading and closes the log (the screen quit before the
// end); it waits for a Next under way on another goroutine. Next then
// says the log is read (Done), with what was read before.
func (l *TimelineLoader) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done = true
	return l.stream.Close()
}

// fold folds the events just read (already in their slots), keeping their
// times and a checkpoint every l.every events.
func (l *TimelineLoader) fold(c *TimelineChunk, read []Event) error {
	for _, e := range read {
		if err := l.tip.Apply(e); err != nil {
			return err
		}
		l.n++
		l.events = l.events[:l.n]
		l.elapsed = append(l.elapsed, l.tip.LastAt.Sub(l.tip.StartedAt))
		if l.n%l.every == 0 {
			c.checkpoints = append(c.checkpoints, l.tip.Clone())
		}
	}
	return nil
}

// Extend gives the timeline the events a chunk read. It runs on the
// screen's loop; the loader's next Next may run meanwhile: it writes only
// after the chunk's end.
func (tl *Timeline) Extend(c TimelineChunk) {
	if c.rebased {
		tl.checkpoints, tl.every = nil, checkpointEvery(tl.expected)
	}
	if len(c.events) > len(tl.events) || c.rebased {
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
