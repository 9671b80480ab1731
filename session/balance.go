package session

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// Share is one group's speaking time against its presence in the room.
type Share struct {
	Spoken  time.Duration // counted speaking time of the group's members
	Present int           // members present
}

// Balance is who has spoken how much, against who is in the room: the
// facilitator's view of inclusion. Its cost grows with the number of people,
// never with the number of turns, so that the once-a-second redraw stays cheap.
type Balance struct {
	Total   time.Duration // all counted speaking time
	Present int           // people present
	Levels  map[facilitation.Level]Share
	Women   Share
	Youth   Share
}

// SpokenBy is a person's counted speaking time at now, the running turn included.
func (s *State) SpokenBy(id string, now time.Time) time.Duration {
	p := s.byID[id]
	if p == nil {
		return 0
	}
	d := p.Spoken
	if t := s.Current; t != nil && t.Participant == id {
		d += t.Speaking.Elapsed(now)
	}
	return d
}

// Balance computes the session's speaking balance at now, against the
// people in the room now: the facilitator's live view.
func (s *State) Balance(now time.Time) Balance { return s.balance(now, (*Person).Present) }

// BalanceAttended is Balance against everyone who attended at some time,
// those who left included: what minutes report for the whole session, so
// that someone who spoke and then left is not counted as nobody.
func (s *State) BalanceAttended(now time.Time) Balance { return s.balance(now, (*Person).Attended) }

func (s *State) balance(now time.Time, counts func(*Person) bool) Balance {
	b := Balance{Levels: make(map[facilitation.Level]Share, len(facilitation.Levels))}
	for _, p := range s.People {
		d := s.SpokenBy(p.ID, now)
		present := 0
		if counts(p) {
			present = 1
		}
		b.Total += d
		b.Present += present
		lv := b.Levels[p.Level]
		lv.Spoken += d
		lv.Present += present
		b.Levels[p.Level] = lv
		if p.Gender == facilitation.Woman {
			b.Women.Spoken += d
			b.Women.Present += present
		}
		if p.Youth {
			b.Youth.Spoken += d
			b.Youth.Present += present
		}
	}
	return b
}

// NotYetHeard lists the people present from the current round's levels who
// have not spoken at all in the session, in plan order.
func (s *State) NotYetHeard() []*Person {
	round, _, ok := s.CurrentRound()
	var out []*Person
	for _, p := range s.People {
		if !p.Present() || p.TurnsN > 0 || (ok && !round.HasLevel(p.Level)) {
			continue
		}
		if s.Current != nil && s.Current.Participant == p.ID {
			continue
		}
		out = append(out, p)
	}
	return out
}

// RoundSpoken is a level's counted speaking time in the current round at now,
// the running turn included: what its budget is measured against.
func (s *State) RoundSpoken(l facilitation.Level, now time.Time) time.Duration {
	_, rs, ok := s.CurrentRound()
	if !ok {
		return 0
	}
	d := rs.Spoken[l]
	if t := s.Current; t != nil && t.Level == l && t.Round == s.Round {
		d += t.Speaking.Elapsed(now)
	}
	return d
}

// Elapsed is the session's running time at now, pauses excluded.
func (s *State) Elapsed(now time.Time) time.Duration { return s.Clock.Elapsed(now) }

// RoundElapsed is the current round's running time at now, pauses excluded.
func (s *State) RoundElapsed(now time.Time) time.Duration {
	if _, rs, ok := s.CurrentRound(); ok {
		return rs.Clock.Elapsed(now)
	}
	return 0
}

// TurnElapsed is the running turn's counted time at now (0 when nobody speaks).
func (s *State) TurnElapsed(now time.Time) time.Duration {
	if s.Current == nil {
		return 0
	}
	return s.Current.Speaking.Elapsed(now)
}
