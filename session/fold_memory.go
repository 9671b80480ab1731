package session

import (
	"maps"
	"reflect"
	"slices"

	"github.com/baraza-app/baraza/facilitation"
)

// errNoEventsKept: a state read from a stream for exports takes no new
// corrections (the screens fold with Fold or a timeline, which keep them).
var errNoEventsKept error = facilitation.Key("fold.no_events_kept")

// What a state keeps of the events it folded, so that memory stays the
// state's, not the log's (issue 15):
//
//   - Live and replay states keep the events (a correction folds them
//     again, Undo looks back), but as a view of an array nobody writes: the
//     timeline's events, or the slice given to Fold. Folding the next event
//     of that array only lengthens the view; a clone shares it. A state
//     copies the events into an array of its own only when it folds an
//     event that is not the next one there (the live screen's new events),
//     and then appends in place; its clones view a clipped prefix.
//   - A state folded from a stream (FoldLog: exports, the preview,
//     listings) keeps no events: its corrections were found by a quick pass
//     over the file first (scanCorrections), so it folds in one pass as Fold
//     does, keeping only the events corrections name, the events after the
//     close that the minutes' addendum lists, and a copy of the state at the
//     close once something follows it.

// streamed is what a state folded from a stream keeps instead of its events.
type streamed struct {
	edits     map[int64]*edit // what every correction of the log changes, found ahead
	fixes     map[int64]bool  // the seqs of those corrections
	originals map[int64]Event // the events they correct, as recorded, once folded
	folded    int             // corrections folded so far
	amends    []Event         // after the close: the events amendments() lists
	closed    *State          // the state at session_closed, once an event follows it
}

// keep records raw, the event just folded.
func (s *State) keep(raw Event) {
	if st := s.stream; st != nil {
		if st.targeted(raw.Seq) {
			st.originals[raw.Seq] = raw
		}
		if raw.Type == Corrected {
			st.folded++
		}
		if st.closed != nil && isAmendment(raw.Type) {
			st.amends = append(st.amends, raw)
		}
		return
	}
	n := len(s.log)
	if !s.ownLog && n < cap(s.log) && sameEvent(s.log[:n+1][n], raw) {
		s.log = s.log[:n+1] // the next event of a shared array: no copy
		return
	}
	if !s.ownLog {
		s.log, s.ownLog = slices.Clip(s.log), true // never write into a shared array
	}
	s.log = append(s.log, raw)
}

// targeted says whether a correction names seq.
func (st *streamed) targeted(seq int64) bool {
	_, ok := st.edits[seq]
	return ok
}

// isAmendment: the events after the close that the minutes' addendum lists.
func isAmendment(t Type) bool { return t == ActionUpdated || t == TurnNoted || t == TurnOffRecord }

// beforeFold runs before an event is folded: a streamed state keeps a copy
// of itself as it was at the close when the first event after it comes.
func (s *State) beforeFold() {
	if st := s.stream; st != nil && s.Closed && st.closed == nil {
		st.closed = s.Clone()
		st.closed.stream = nil
	}
}

// logged finds an event already folded by its seq.
func (s *State) logged(seq int64) (Event, bool) {
	if s.stream != nil {
		e, ok := s.stream.originals[seq]
		return e, ok
	}
	i, ok := slices.BinarySearchFunc(s.log, seq, func(e Event, seq int64) int { return int(e.Seq - seq) })
	if !ok {
		return Event{}, false
	}
	return s.log[i], true
}

// withNext is the events folded so far and e: a view when e is the next
// event of the shared array, else a copy (copied is true: it is the
// caller's own).
func (s *State) withNext(e Event) (events []Event, copied bool) {
	n := len(s.log)
	if !s.ownLog && n < cap(s.log) && sameEvent(s.log[:n+1][n], e) {
		return s.log[:n+1], false
	}
	return append(slices.Clip(s.log), e), true
}

// foldView folds events, keeping them as a view (the caller never changes
// them, and the array past their end is not written either).
func foldView(events []Event) (*State, error) {
	return foldWith(&State{log: events[:0]}, events)
}

// cloneKept gives a clone what it may keep of its original's events.
func (s *State) cloneKept(c *State) {
	c.ownLog = false
	if s.ownLog {
		c.log = slices.Clip(s.log) // the original appends in place past its end
	}
	if st := s.stream; st != nil {
		cs := *st
		cs.originals = maps.Clone(st.originals)
		cs.amends = slices.Clip(st.amends)
		c.stream = &cs
	}
}

// ownTurn returns turn i for changing: a turn that a clone may share is
// copied first. Every change to a turn other than the running one (which
// clones never share) goes through here.
func (s *State) ownTurn(i int) *Turn {
	t := s.Turns[i]
	if i < s.sharedTurns && t != s.Current {
		cp := *t
		t = &cp
		s.Turns[i] = t
	}
	return t
}

// Equal reports whether s and o hold the same session, whatever each
// shares with clones or keeps of its events (only how it keeps them, never
// which, may differ).
func (s *State) Equal(o *State) bool {
	if s == nil || o == nil {
		return s == o
	}
	a, b := *s, *o
	for _, x := range []*State{&a, &b} {
		x.ownLog, x.sharedTurns = false, 0
		if len(x.log) == 0 {
			x.log = nil
		}
	}
	return reflect.DeepEqual(&a, &b)
}

// sameEvent says whether a slot of the shared array already holds e: the
// same event of the same log has the same seq, type, time and text (Event
// holds slices, so == cannot compare it).
func sameEvent(a, b Event) bool {
	return a.Seq == b.Seq && a.Type == b.Type && a.At.Equal(b.At) && a.ElapsedMs == b.ElapsedMs && a.Text == b.Text
}
