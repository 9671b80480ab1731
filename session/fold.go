package session

import (
	"slices"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// Fold folds a whole log into a State.
//
// Corrections are folded in place: each corrected event is read as its
// corrections have it (see fold_corrections.go), in this single pass.
//
// The state keeps events as a view, not a copy (fold_memory.go): the
// caller must not change them afterwards.
func Fold(events []Event) (*State, error) {
	return foldWith(&State{log: events[:0:len(events)]}, events)
}

// foldWith folds events into s, an empty state.
func foldWith(s *State, events []Event) (*State, error) {
	edits := editsOf(events)
	for _, e := range events {
		if ed := edits[e.Seq]; ed != nil && e.Type != Corrected {
			e.edit = ed
		}
		if err := s.fold(e); err != nil {
			return s, err
		}
	}
	return s, nil
}

// FoldError says which event could not be folded and why.
type FoldError struct {
	Seq  int64
	Type Type
	Err  error
}

func (e *FoldError) Error() string { return e.In("en") }

// In says the error in lang.
func (e *FoldError) In(lang string) string {
	return facilitation.Msg("fold.event", e.Seq, e.Type, e.Err).In(lang)
}

func (e *FoldError) Unwrap() error { return e.Err }

// Apply folds one event into the state. An event that does not fit the state
// (an unknown participant, a round out of range) is refused with a
// *FoldError and leaves the state as it was.
//
// The fold never uses an event's wall clock as it is: see timebase. Every
// time in the state is session start plus elapsed time, so no duration is
// negative or absurd; a clock that jumped is kept in ClockNotes.
func (s *State) Apply(e Event) error {
	if e.Type == Corrected {
		return s.applyCorrection(e)
	}
	return s.fold(e)
}

// fold folds one event as it stands (its corrections, if any, in e.edit).
func (s *State) fold(e Event) error {
	s.beforeFold()
	raw := e
	raw.edit = nil
	if e.edit != nil {
		e = e.edit.applyTo(e)
	}
	prevWall := s.wallAt
	s.wallAt = raw.At
	eff, tb, note := s.tb.next(e)
	e.At = eff
	if err := s.apply(e); err != nil {
		s.wallAt = prevWall
		return &FoldError{Seq: e.Seq, Type: e.Type, Err: err}
	}
	s.tb = tb
	if note != nil {
		s.ClockNotes = append(s.ClockNotes, *note)
	}
	s.Seq, s.LastAt = e.Seq, e.At
	s.keep(raw)
	return nil
}

func (s *State) apply(e Event) error {
	if s.Plan == nil && e.Type != SessionStarted {
		return facilitation.Msg("fold.must_begin", SessionStarted)
	}
	if s.Closed && e.Type != TurnNoted && e.Type != TurnOffRecord && e.Type != ActionUpdated && e.Type != Corrected && !e.Type.review() && !e.Type.peer() {
		return facilitation.Msg("fold.closed_at", s.Seq)
	}
	switch e.Type {
	case SessionStarted:
		return s.start(e)
	case ParticipantAdded:
		return s.addPerson(e)
	case AttendanceMarked:
		return s.markAttendance(e)
	case RoundStarted:
		return s.startRound(e)
	case RoundEnded:
		return s.endRound(e)
	case SpeakerQueued:
		return s.queueSpeaker(e)
	case SpeakerRemoved:
		return s.removeSpeaker(e)
	case SpeakerMoved:
		return s.moveSpeaker(e)
	case TurnStarted:
		return s.startTurn(e)
	case InterpretationStart, InterpretationEnd:
		return s.interpret(e)
	case TurnEnded:
		return s.endTurn(e)
	case TurnNoted, TurnOffRecord:
		return s.amendTurn(e)
	case SessionPaused, SessionResumed:
		return s.pause(e)
	case NoteTaken:
		s.Notes = append(s.Notes, Note{At: e.At, Round: s.Round, Text: e.Text})
		return nil
	case ItemRaised:
		return s.raiseItem(e)
	case PositionRecorded:
		return s.recordPosition(e)
	case PositionCleared:
		return s.clearPosition(e)
	case ActionAgreed:
		return s.agreeAction(e)
	case ItemEdited:
		return s.editItem(e)
	case ItemsMerged:
		return s.mergeItems(e)
	case ItemDeferred, ItemReopened:
		return s.deferItem(e)
	case ActionUpdated:
		return s.updateAction(e)
	case ItemCarried:
		return s.carryItem(e)
	case ActionCarried:
		return s.carryAction(e)
	case SessionClosed:
		s.close(e.At)
		return nil
	case Corrected:
		return s.recordCorrection(e)
	case ReadBackRecorded:
		return s.recordReadBack(e)
	case RedactionDecided:
		return s.Review.decide(e)
	case RedactionTermAdded:
		return s.Review.addTerm(e)
	case PeerJoined, PeerLeft:
		return s.foldPeer(e)
	}
	return facilitation.Msg("fold.unknown_type", e.Type)
}

func (s *State) start(e Event) error {
	if s.Plan != nil {
		return facilitation.Msg("fold.second_start", SessionStarted)
	}
	if e.Plan == nil {
		return facilitation.Msg("fold.no_plan")
	}
	plan, people, err := planFromRecord(e.Plan)
	if err != nil {
		return err
	}
	if len(plan.Rounds) == 0 {
		return facilitation.Msg("fold.no_rounds")
	}
	// Build into a fresh state so that a refused event changes nothing.
	fresh := &State{byID: map[string]*Person{}}
	for i, pr := range people {
		if err := fresh.insertPerson(pr.ID, plan.Participants[i], false); err != nil {
			return err
		}
	}
	s.People, s.byID = fresh.People, fresh.byID
	s.Plan, s.ID, s.StartedAt, s.Follows = plan, e.Session, e.At, e.Follows
	if e.From != nil && e.Follows != "" {
		s.FollowsTitle, s.FollowsDate = e.From.Text, e.From.Date
	}
	s.Rounds = make([]*RoundState, len(plan.Rounds))
	for i := range s.Rounds {
		s.Rounds[i] = &RoundState{Spoken: map[facilitation.Level]time.Duration{}, SpokeInThis: map[string]bool{}}
	}
	s.Clock.Start(e.At)
	return nil
}

func (s *State) insertPerson(id string, p facilitation.Participant, added bool) error {
	if s.byID[id] != nil {
		return facilitation.Msg("fold.id_twice", id)
	}
	person := &Person{ID: id, Participant: p, Rank: len(s.People), Added: added}
	s.People = append(s.People, person)
	s.byID[id] = person
	return nil
}

func (s *State) addPerson(e Event) error {
	if e.Person == nil {
		return facilitation.Msg("fold.no_person")
	}
	p, err := e.Person.participant()
	if err != nil {
		return err
	}
	if err := s.insertPerson(e.Person.ID, p, true); err != nil {
		return err
	}
	p2 := s.byID[e.Person.ID]
	p2.Status, p2.Attendance = Late, []AttendanceChange{{Status: Late, At: e.At}}
	return nil
}

func (s *State) markAttendance(e Event) error {
	p, err := s.person(e.Participant)
	if err != nil {
		return err
	}
	switch e.Status {
	case Present, Late, Left, Absent:
		p.Status = e.Status
		p.Attendance = append(slices.Clone(p.Attendance), AttendanceChange{Status: e.Status, At: e.At})
	default:
		return facilitation.Msg("fold.unknown_attendance", e.Status)
	}
	return nil
}

func (s *State) person(id string) (*Person, error) {
	if p := s.byID[id]; p != nil {
		return p, nil
	}
	return nil, facilitation.Msg("fold.unknown_participant", id)
}

func (s *State) pause(e Event) error {
	if (e.Type == SessionPaused) == s.Paused {
		return nil // pausing twice is harmless: keep the first mark
	}
	s.Paused = e.Type == SessionPaused
	if s.Paused {
		s.Clock.Stop(e.At)
		if _, rs, ok := s.CurrentRound(); ok {
			rs.Clock.Stop(e.At)
		}
		if t := s.Current; t != nil {
			t.Speaking.Stop(e.At)
			t.Interpretation.Stop(e.At)
		}
		return nil
	}
	s.Clock.Start(e.At)
	if _, rs, ok := s.CurrentRound(); ok && !rs.Done {
		rs.Clock.Start(e.At)
	}
	s.resumeTurnClock(e.At)
	return nil
}

// close ends whatever runs: the turn, the round, the clocks.
func (s *State) close(at time.Time) {
	s.finishTurn(at)
	s.finishRound(at)
	s.Clock.Stop(at)
	s.Closed, s.ClosedAt = true, at
}
