package session

import (
	"slices"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// A correction never rewrites the log: it is a corrected event naming the
// event it corrects. The fold reads the log as if each corrected event had
// been recorded right in the first place (the corrections "edited in
// place"), so the floor, totals, balance, items and minutes all show the
// corrected record. Fold does that in one pass; Apply, folding one
// correction into a state, folds the whole log again (a few ms) so that live,
// replay and exports share this one definition.

// edit is what the corrections of one event change when it is folded.
type edit struct {
	voided      bool
	participant string
	request     string
	counted     *time.Duration
}

// Correction is one corrected event as the state keeps it: the correction
// and a copy of the original it corrects (for the JSON export and replay).
type Correction struct {
	Seq        int64     // the correction's own seq
	At         time.Time // when it was made, on the session's clock
	Wall       time.Time // when it was made, as recorded (an amendment may come days later)
	Kind       string    // void, retract, reassign, adjust, request
	Reason     string
	AfterClose bool  // an amendment (baraza amend)
	Original   Event // the event corrected, as recorded
	// The new value, for reassign, adjust and request.
	Participant string
	Counted     time.Duration
	Request     string
}

// editsOf gathers, for every corrected seq, what its corrections change. A
// correction that does not fit is left for the fold to refuse in order.
func editsOf(events []Event) map[int64]*edit {
	var edits map[int64]*edit
	for _, e := range events {
		if e.Type != Corrected {
			continue
		}
		if edits == nil {
			edits = map[int64]*edit{}
		}
		ed := edits[e.Corrects]
		if ed == nil {
			ed = &edit{}
			edits[e.Corrects] = ed
		}
		switch e.Correction {
		case CorrVoid, CorrRetract:
			ed.voided = true
		case CorrReassign:
			ed.participant = e.Participant
		case CorrRequest:
			ed.request = e.Request
		case CorrAdjust:
			if e.CountedMs != nil {
				d := time.Duration(*e.CountedMs) * time.Millisecond
				ed.counted = &d
			}
		}
	}
	return edits
}

// applyTo returns e as its corrections have it (e.edit stays, for the fold).
func (ed *edit) applyTo(e Event) Event {
	if ed.participant != "" {
		e.Participant = ed.participant
	}
	if ed.request != "" {
		e.Request = ed.request
	}
	return e
}

// correctable says which corrections each kind of event accepts.
var correctable = map[Type][]string{
	TurnStarted:      {CorrVoid, CorrReassign, CorrAdjust, CorrRequest},
	ItemRaised:       {CorrVoid},
	PositionRecorded: {CorrVoid, CorrRetract},
	ActionAgreed:     {CorrVoid, CorrRetract},
}

// applyCorrection folds a correction into a live state: it is checked, then
// the whole log is folded again with it. A refused correction changes nothing.
func (s *State) applyCorrection(e Event) error {
	if err := s.checkCorrection(e); err != nil {
		return &FoldError{Seq: e.Seq, Type: e.Type, Err: err}
	}
	if s.stream != nil {
		return &FoldError{Seq: e.Seq, Type: e.Type, Err: errNoEventsKept}
	}
	events, copied := s.withNext(e)
	fresh, err := foldView(events)
	if err != nil {
		return &FoldError{Seq: e.Seq, Type: e.Type, Err: facilitation.Msg("fold.would_not_hold", err)}
	}
	*s = *fresh
	s.ownLog = copied
	return nil
}

// recordCorrection keeps a correction met while folding a whole log: its
// effect is already in the events it corrects.
func (s *State) recordCorrection(e Event) error {
	if err := s.checkCorrection(e); err != nil {
		return err
	}
	orig, _ := s.logged(e.Corrects)
	c := Correction{Seq: e.Seq, At: e.At, Wall: s.wallAt, Kind: e.Correction, Reason: e.Reason, AfterClose: e.AfterClose,
		Original: orig, Participant: e.Participant, Request: e.Request}
	if e.CountedMs != nil {
		c.Counted = time.Duration(*e.CountedMs) * time.Millisecond
	}
	s.Corrections = append(s.Corrections, c)
	return nil
}

// checkCorrection refuses corrections that make no sense, in plain words.
// It reads only the log so far and the corrections already made, never the
// corrected state, so that it says the same in Fold and in Apply.
func (s *State) checkCorrection(e Event) error {
	if s.Closed && !e.AfterClose {
		return facilitation.Msg("fold.closed_amend")
	}
	if !s.Closed && e.AfterClose {
		return facilitation.Msg("fold.amend_before_close")
	}
	orig, ok := s.logged(e.Corrects)
	if !ok {
		return facilitation.Msg("fold.no_event", e.Corrects)
	}
	kinds := correctable[orig.Type]
	if kinds == nil {
		return facilitation.Msg("fold.not_correctable", orig.Seq, orig.Type)
	}
	if !slices.Contains(kinds, e.Correction) {
		return facilitation.Msg("fold.wrong_correction", orig.Type, e.Correction, kinds)
	}
	if s.voided(orig.Seq) {
		return facilitation.Msg("fold.already_voided", orig.Seq)
	}
	switch e.Correction {
	case CorrReassign:
		p := s.byID[e.Participant]
		if p == nil {
			return facilitation.Msg("fold.not_participant", e.Participant)
		}
		if p.ID == s.speakerOf(orig) {
			return facilitation.Msg("fold.turn_already", s.turnOf(orig).Number, p.ID)
		}
	case CorrAdjust:
		if e.CountedMs == nil || *e.CountedMs < 0 {
			return facilitation.Msg("fold.turn_time")
		}
		if t := s.turnOf(orig); t.Running() {
			return facilitation.Msg("fold.turn_running", t.Number)
		}
	case CorrRequest:
		if _, err := requestKind(e.Request); err != nil || e.Request == "" {
			return facilitation.Msg("fold.unknown_request", e.Request)
		}
	}
	return nil
}

// voided reports whether event seq has been voided or retracted already.
func (s *State) voided(seq int64) bool {
	for _, c := range s.Corrections {
		if c.Original.Seq == seq && (c.Kind == CorrVoid || c.Kind == CorrRetract) {
			return true
		}
	}
	return false
}

// speakerOf is whose turn_started e is, after the reassignments so far.
func (s *State) speakerOf(e Event) string {
	who := e.Participant
	for _, c := range s.Corrections {
		if c.Original.Seq == e.Seq && c.Kind == CorrReassign {
			who = c.Participant
		}
	}
	return who
}

// turnOf is the turn a turn_started event began (as folded so far).
func (s *State) turnOf(e Event) *Turn {
	for _, t := range s.Turns {
		if t.StartSeq == e.Seq {
			return t
		}
	}
	return &Turn{End: e.At} // cannot happen: the event was folded
}

// Undo is the correction that undoes the last thing recorded that can be
// corrected and still counts (a turn given, an item raised, a position, an
// action): a void, or a retract for positions and actions. ok is false when
// there is nothing to undo.
func (s *State) Undo() (events []Event, ok bool) {
	for i := len(s.log) - 1; i >= 0; i-- {
		o := s.log[i]
		if correctable[o.Type] == nil || s.voided(o.Seq) {
			continue
		}
		if o.Type == TurnStarted {
			return s.VoidTurn(s.turnOf(o), ""), true
		}
		kind := CorrVoid
		if o.Type == PositionRecorded || o.Type == ActionAgreed {
			kind = CorrRetract
		}
		return []Event{{Type: Corrected, Corrects: o.Seq, Correction: kind, AfterClose: s.Closed}}, true
	}
	return nil, false
}

// VoidTurn lists what a void of turn t needs: the running turn ends first, so
// that the floor is free.
func (s *State) VoidTurn(t *Turn, reason string) []Event {
	var out []Event
	if t == s.Current {
		out = append(out, Event{Type: TurnEnded, Turn: t.Number})
	}
	return append(out, Event{Type: Corrected, Corrects: t.StartSeq, Correction: CorrVoid, Reason: reason, AfterClose: s.Closed})
}
