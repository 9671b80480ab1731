package session

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// startRound makes round e.Round current. A round still running is ended
// first, and the queue is cleared: requests belong to the round they were
// made in. A round-robin round queues everyone present from its levels.
func (s *State) startRound(e Event) error {
	if e.Round < 1 || e.Round > len(s.Rounds) {
		return facilitation.Msg("fold.no_round", e.Round, len(s.Rounds))
	}
	s.finishRound(e.At)
	s.Round = e.Round
	rs := s.Rounds[e.Round-1]
	if !rs.Started {
		rs.Started, rs.StartedAt = true, e.At
	}
	rs.Done = false
	if !s.Paused {
		rs.Clock.Start(e.At)
	}
	s.Queue = nil
	if round := s.Plan.Rounds[e.Round-1]; round.Order == facilitation.OrderRoundRobin {
		for _, p := range s.People {
			if p.Present() && round.HasLevel(p.Level) && !rs.SpokeInThis[p.ID] {
				s.Queue = append(s.Queue, s.newWaiting(p, facilitation.RequestSpeak, e.At))
			}
		}
	}
	return nil
}

func (s *State) endRound(e Event) error {
	if e.Round != s.Round || s.Round == 0 {
		return facilitation.Msg("fold.not_current_round", e.Round, s.Round)
	}
	s.finishRound(e.At)
	return nil
}

// finishRound ends the running turn and stops the current round's clock.
func (s *State) finishRound(at time.Time) {
	s.finishTurn(at)
	if _, rs, ok := s.CurrentRound(); ok && !rs.Done {
		rs.Clock.Stop(at)
		rs.Done = true
	}
}

func (s *State) newWaiting(p *Person, kind facilitation.RequestKind, at time.Time) Waiting {
	return Waiting{Waiting: facilitation.Waiting{ID: p.ID, Level: p.Level, Kind: kind, Rank: p.Rank}, At: at}
}

// queueIndex returns where id waits in the queue, or -1.
func (s *State) queueIndex(id string) int {
	for i, w := range s.Queue {
		if w.ID == id {
			return i
		}
	}
	return -1
}

func (s *State) queueSpeaker(e Event) error {
	p, err := s.person(e.Participant)
	if err != nil {
		return err
	}
	kind, err := requestKind(e.Request)
	if err != nil {
		return err
	}
	if i := s.queueIndex(p.ID); i >= 0 {
		s.Queue[i].Kind = kind // asking again changes the kind of request
		return nil
	}
	s.Queue = append(s.Queue, s.newWaiting(p, kind, e.At))
	return nil
}

func requestKind(r string) (facilitation.RequestKind, error) {
	switch k := facilitation.RequestKind(r); k {
	case "":
		return facilitation.RequestSpeak, nil
	case facilitation.RequestSpeak, facilitation.RequestReply, facilitation.RequestClarify, facilitation.RequestOrder:
		return k, nil
	}
	return "", facilitation.Msg("fold.unknown_request", r)
}

func (s *State) removeSpeaker(e Event) error {
	i := s.queueIndex(e.Participant)
	if i < 0 {
		return facilitation.Msg("fold.not_in_queue", e.Participant)
	}
	s.dropFromQueue(i)
	return nil
}

// dropFromQueue removes entry i; pinned places after it move up by one so
// that the facilitator's order still reads the same.
func (s *State) dropFromQueue(i int) {
	pinned := false
	for _, w := range s.Queue {
		pinned = pinned || w.Pinned > 0
	}
	gone := s.Queue[i].ID
	if !pinned { // the common case: nothing to renumber, no need to arrange
		s.Queue = append(s.Queue[:i:i], s.Queue[i+1:]...) // a fresh array: never alias
		return
	}
	place := 0
	for j, w := range s.Arranged() {
		if w.ID == gone {
			place = j + 1
		}
	}
	s.Queue = append(s.Queue[:i:i], s.Queue[i+1:]...)
	for j := range s.Queue {
		if s.Queue[j].Pinned > place {
			s.Queue[j].Pinned--
		}
	}
}

// moveSpeaker puts someone at a position of the queue as shown. From then on
// the order shown is the facilitator's: every entry is pinned where it stands,
// and later requests join behind by the round's rule.
func (s *State) moveSpeaker(e Event) error {
	if s.queueIndex(e.Participant) < 0 {
		return facilitation.Msg("fold.not_in_queue", e.Participant)
	}
	if e.Position < 1 {
		return facilitation.Msg("fold.queue_position", e.Position)
	}
	arranged := s.Arranged()
	order := make([]string, 0, len(arranged))
	for _, w := range arranged {
		if w.ID != e.Participant {
			order = append(order, w.ID)
		}
	}
	at := min(e.Position-1, len(order))
	order = append(order[:at], append([]string{e.Participant}, order[at:]...)...)
	for place, id := range order {
		s.Queue[s.queueIndex(id)].Pinned = place + 1
	}
	return nil
}

// Arranged is the queue in the order the current round's rule gives the floor.
func (s *State) Arranged() []Waiting {
	if len(s.Queue) == 0 {
		return nil
	}
	order := facilitation.OrderQueue
	h := facilitation.History{Spoken: make(map[string]time.Duration, len(s.People))}
	for _, p := range s.People {
		h.Spoken[p.ID] = p.Spoken
	}
	if round, rs, ok := s.CurrentRound(); ok {
		order, h.SpokeInRound, h.LastLevel = round.Order, rs.SpokeInThis, rs.LastLevel
	}
	plain := make([]facilitation.Waiting, len(s.Queue))
	at := make(map[string]time.Time, len(s.Queue))
	for i, w := range s.Queue {
		plain[i] = w.Waiting
		at[w.ID] = w.At
	}
	out := make([]Waiting, 0, len(plain))
	for _, w := range facilitation.Arrange(order, plain, h) {
		out = append(out, Waiting{Waiting: w, At: at[w.ID]})
	}
	return out
}
