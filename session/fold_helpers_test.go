package session

import (
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

var t0 = time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)

// testPlan has two people per level: p1 p2 community (p1 a young woman),
// p3 p4 civil society (p3 a woman), p5 p6 government.
func testPlan(rounds ...facilitation.Round) *facilitation.Plan {
	all := facilitation.Levels[:]
	if len(rounds) == 0 {
		rounds = []facilitation.Round{
			{Title: "Listen", Levels: []facilitation.Level{facilitation.Community}, Order: facilitation.OrderQueue},
			{Title: "Exchange", Levels: all, Order: facilitation.OrderAlternate},
			{Title: "Tour", Levels: all, Order: facilitation.OrderRoundRobin},
		}
	}
	return &facilitation.Plan{
		Title: "Test dialogue", Language: "en", TurnLimit: 3 * time.Minute,
		Participants: []facilitation.Participant{
			{Name: "Amani", Level: facilitation.Community, Gender: facilitation.Woman, Youth: true},
			{Name: "Bienvenu", Level: facilitation.Community, Gender: facilitation.Man},
			{Name: "Grâce", Level: facilitation.CivilSociety, Gender: facilitation.Woman},
			{Name: "Héritier", Level: facilitation.CivilSociety, Gender: facilitation.Man},
			{Name: "Kavira", Level: facilitation.Government},
			{Name: "عائشة", Level: facilitation.Government},
		},
		Rounds: rounds,
	}
}

// script builds a log: each step is an event at a given second after t0.
type script struct {
	t      *testing.T
	events []Event
}

func newScript(t *testing.T, plan *facilitation.Plan) *script {
	s := &script{t: t}
	e := NewSessionStarted("2026-03-14-0900-test", plan)
	return s.add(0, e)
}

func (s *script) add(sec int, e Event) *script {
	e.V, e.Seq, e.At = FormatVersion, int64(len(s.events)+1), t0.Add(time.Duration(sec)*time.Second)
	s.events = append(s.events, e)
	return s
}

func (s *script) fold() *State {
	s.t.Helper()
	st, err := Fold(s.events)
	if err != nil {
		s.t.Fatalf("fold: %v", err)
	}
	return st
}

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

func ev(typ Type) Event { return Event{Type: typ} }

func round(n int) Event { return Event{Type: RoundStarted, Round: n} }

func queued(id string, kind facilitation.RequestKind) Event {
	return Event{Type: SpeakerQueued, Participant: id, Request: string(kind)}
}

func turn(id string) Event { return Event{Type: TurnStarted, Participant: id} }

func ids(ws []Waiting) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.ID
	}
	return out
}
