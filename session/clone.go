package session

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of the state: folding more events into either
// never changes the other. Replay keeps clones as checkpoints. The plan is
// shared: nothing changes it after session_started.
//
// The clone shares what neither changes: the plan, the events kept (a view,
// see fold_memory.go) and every ended turn (a change to one copies it
// first: ownTurn). So a clone costs one slice of turn pointers, not the
// turns: replay's checkpoints and seeks share them.
func (s *State) Clone() *State {
	c := *s
	s.cloneKept(&c)
	// Keep nil slices nil and empty ones empty: a clone must equal its original.
	c.People = newLike(s.People)
	if s.byID != nil {
		c.byID = make(map[string]*Person, len(s.byID))
	}
	for i, p := range s.People {
		cp := *p
		cp.Attendance = slices.Clone(p.Attendance)
		c.People[i] = &cp
		c.byID[cp.ID] = &cp
	}
	c.Rounds = newLike(s.Rounds)
	for i, r := range s.Rounds {
		cr := *r
		cr.Spoken = maps.Clone(r.Spoken)
		cr.SpokeInThis = maps.Clone(r.SpokeInThis)
		c.Rounds[i] = &cr
	}
	c.Queue = slices.Clone(s.Queue)
	c.Turns = slices.Clone(s.Turns)
	if s.sharedTurns < len(s.Turns) {
		s.sharedTurns = len(s.Turns) // written only when it grows: checkpoints are cloned as they are
	}
	c.sharedTurns = len(s.Turns)
	if t := s.Current; t != nil { // the running turn changes at every event: never shared
		ct := *t
		c.Current = &ct
		for i := len(c.Turns) - 1; i >= 0; i-- { // the last one, as startTurn appends it
			if c.Turns[i] == t {
				c.Turns[i] = &ct
				break
			}
		}
	}
	c.Notes = slices.Clone(s.Notes)
	c.ClockNotes = slices.Clone(s.ClockNotes)
	c.Corrections = slices.Clip(s.Corrections) // appended to only
	c.ReadBack = maps.Clone(s.ReadBack)
	c.Review.Terms = slices.Clone(s.Review.Terms)
	c.Review.Decisions.Everywhere = maps.Clone(s.Review.Decisions.Everywhere)
	c.Review.Decisions.Occurrence = maps.Clone(s.Review.Decisions.Occurrence)
	c.Items = newLike(s.Items)
	for i, it := range s.Items {
		c.Items[i] = it.clone()
	}
	c.Actions = newLike(s.Actions)
	for i, a := range s.Actions {
		ca := *a
		if a.Carried != nil {
			o := *a.Carried
			ca.Carried = &o
		}
		c.Actions[i] = &ca
	}
	return &c
}

func (it *Item) clone() *Item {
	c := *it
	c.Positions = maps.Clone(it.Positions)
	c.History = slices.Clone(it.History)
	c.SetAside = slices.Clone(it.SetAside)
	c.Merged = slices.Clone(it.Merged)
	c.Origins = slices.Clone(it.Origins)
	if it.Carried != nil {
		o := *it.Carried
		o.Positions = slices.Clone(o.Positions)
		c.Carried = &o
	}
	return &c
}

// newLike is a slice of the same length as s, nil when s is nil.
func newLike[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return make([]T, len(s))
}
