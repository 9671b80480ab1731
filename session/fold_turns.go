package session

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// startTurn gives the floor. A turn still running is ended first (its note
// can be added afterwards), and the speaker leaves the queue.
func (s *State) startTurn(e Event) error {
	p, err := s.person(e.Participant)
	if err != nil {
		return err
	}
	if want := len(s.Turns) + 1; e.Turn != 0 && e.Turn != want {
		return facilitation.Msg("fold.turn_sequence", e.Turn, want)
	}
	kind, err := requestKind(e.Request)
	if err != nil {
		return err
	}
	s.finishTurn(e.At)
	if i := s.queueIndex(p.ID); i >= 0 {
		if e.Request == "" {
			kind = s.Queue[i].Kind
		}
		s.dropFromQueue(i)
	}
	t := &Turn{Number: len(s.Turns) + 1, Round: s.Round, Participant: p.ID, Level: p.Level, Request: kind, Start: e.At, StartSeq: e.Seq}
	if ed := e.edit; ed != nil {
		t.Voided, t.counted = ed.voided, ed.counted
		t.Adjusted = ed.counted != nil
	}
	if !s.Paused {
		t.Speaking.Start(e.At)
	}
	s.Turns = append(s.Turns, t)
	s.Current = t
	if _, rs, ok := s.CurrentRound(); ok && !t.Voided {
		rs.SpokeInThis[p.ID] = true
		rs.LastLevel = p.Level
	}
	return nil
}

func (s *State) interpret(e Event) error {
	t := s.Current
	if t == nil {
		return facilitation.Msg("fold.nobody")
	}
	starting := e.Type == InterpretationStart
	if starting == t.Interpreting {
		return nil // a repeated mark changes nothing
	}
	t.Interpreting = starting
	if starting {
		t.Speaking.Stop(e.At)
	} else {
		t.Interpretation.Stop(e.At)
	}
	if !s.Paused {
		s.resumeTurnClock(e.At)
	}
	return nil
}

// resumeTurnClock restarts the clock that should run for the current turn.
func (s *State) resumeTurnClock(at time.Time) {
	if t := s.Current; t != nil {
		if t.Interpreting {
			t.Interpretation.Start(at)
		} else {
			t.Speaking.Start(at)
		}
	}
}

func (s *State) endTurn(e Event) error {
	t := s.Current
	if t == nil {
		return facilitation.Msg("fold.nobody")
	}
	if e.Turn != 0 && e.Turn != t.Number {
		return facilitation.Msg("fold.not_running_turn", e.Turn, t.Number)
	}
	if e.Note != "" {
		t.Note = e.Note
	}
	s.finishTurn(e.At)
	return nil
}

// finishTurn ends the running turn, if any, and adds its time to the totals.
func (s *State) finishTurn(at time.Time) {
	t := s.Current
	if t == nil {
		return
	}
	t.Speaking.Stop(at)
	t.Interpretation.Stop(at)
	t.Interpreting = false
	t.End = at
	s.Current = nil
	if t.counted != nil {
		t.Speaking = Clock{Acc: *t.counted}
	}
	if t.Voided {
		return // recorded in error: counts for nobody
	}
	d := t.Speaking.Elapsed(at)
	if p := s.byID[t.Participant]; p != nil {
		p.Spoken += d
		p.TurnsN++
	}
	if t.Round >= 1 && t.Round <= len(s.Rounds) {
		s.Rounds[t.Round-1].Spoken[t.Level] += d
	}
	s.Current = nil
}

// amendTurn adds or edits a turn's note, or marks it off the record.
func (s *State) amendTurn(e Event) error {
	if e.Turn < 1 || e.Turn > len(s.Turns) {
		return facilitation.Msg("fold.no_turn", e.Turn)
	}
	t := s.ownTurn(e.Turn - 1)
	if e.Type == TurnNoted {
		t.Note = e.Note
	} else {
		t.OffRecord = e.OffRecord
	}
	return nil
}
