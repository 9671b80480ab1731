// Package demorec is baraza's built-in demo recording: a realistic session of
// the demo plan, written as the log a real morning would leave, so that
// trainers can replay it (baraza replay demo) on a fresh machine.
package demorec

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/demo"
	"github.com/baraza-app/baraza/session"
)

// script builds a log with a clock that moves as the meeting does.
type script struct {
	now    time.Time
	events []session.Event
	turns  int
	items  int
	acts   int
}

func (s *script) add(e session.Event) {
	e.V, e.Seq, e.At = session.FormatVersion, int64(len(s.events)+1), s.now
	s.events = append(s.events, e)
}

func (s *script) wait(d time.Duration) *script { s.now = s.now.Add(d); return s }

func (s *script) round(n int) *script {
	if n > 1 {
		s.add(session.Event{Type: session.RoundEnded, Round: n - 1})
		s.wait(40 * time.Second)
	}
	s.add(session.Event{Type: session.RoundStarted, Round: n})
	return s.wait(20 * time.Second)
}

func (s *script) queue(id string, kind facilitation.RequestKind) *script {
	s.add(session.Event{Type: session.SpeakerQueued, Participant: id, Request: string(kind)})
	return s.wait(5 * time.Second)
}

// turnOpt shapes a turn: interpretation, off the record.
type turnOpt func(s *script, turn int)

// interpreted: after the speaker's first half, an interpreter speaks for d.
func interpreted(d time.Duration) turnOpt {
	return func(s *script, turn int) {
		s.add(session.Event{Type: session.InterpretationStart, Turn: turn})
		s.wait(d)
		s.add(session.Event{Type: session.InterpretationEnd, Turn: turn})
	}
}

func offRecord(s *script, turn int) {
	s.add(session.Event{Type: session.TurnOffRecord, Turn: turn, OffRecord: true})
}

// speak gives the floor to id for d of counted speaking, then notes the turn.
func (s *script) speak(id string, d time.Duration, note string, opts ...turnOpt) *script {
	s.turns++
	n := s.turns
	s.add(session.Event{Type: session.TurnStarted, Turn: n, Participant: id})
	s.wait(d / 2)
	for _, o := range opts {
		o(s, n)
	}
	s.wait(d - d/2)
	s.add(session.Event{Type: session.TurnEnded, Turn: n, Note: note})
	return s.wait(12 * time.Second)
}

func (s *script) note(text string) *script {
	s.add(session.Event{Type: session.NoteTaken, Text: text})
	return s.wait(10 * time.Second)
}

// raise records an item raised by a person ("p3") or a level ("government").
func (s *script) raise(by, text string) int {
	s.items++
	e := session.Event{Type: session.ItemRaised, Item: s.items, Text: text}
	if facilitation.Level(by).Valid() {
		e.Level = by
	} else {
		e.Participant = by
	}
	s.add(e)
	s.wait(30 * time.Second)
	return s.items
}

func (s *script) position(item int, level facilitation.Level, stance facilitation.Stance, reason string) *script {
	s.add(session.Event{Type: session.PositionRecorded, Item: item, Level: string(level), Stance: string(stance), Reason: reason})
	return s.wait(20 * time.Second)
}

func (s *script) action(item int, what, who, with, when string) *script {
	s.acts++
	s.add(session.Event{Type: session.ActionAgreed, Item: item, Action: &session.ActionRecord{
		ID: s.acts, What: what, Who: who, With: with, When: when, Status: facilitation.ActionPlanned}})
	return s.wait(45 * time.Second)
}

// start opens the log on the English demo plan at 09:30 on the plan's day.
func start() (*script, *facilitation.Plan) {
	name, src := demo.Plan("en")
	plan, err := facilitation.Parse(name, src)
	if err != nil {
		panic("demorec: the built-in demo plan does not parse: " + err.Error()) // tested
	}
	s := &script{now: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)}
	s.add(session.NewSessionStarted(ID, plan))
	return s, plan
}

// ID is the demo recording's session id.
const ID = "2026-03-14-0930-nyakabanda-demo-recording"
