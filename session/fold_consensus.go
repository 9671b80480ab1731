package session

import (
	"fmt"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
)

func (s *State) raiseItem(e Event) error {
	if want := len(s.Items) + 1; e.Item != 0 && e.Item != want {
		return fmt.Errorf("item %d out of sequence (next is %d)", e.Item, want)
	}
	if strings.TrimSpace(e.Text) == "" {
		return fmt.Errorf("an item needs a text")
	}
	it := &Item{Number: len(s.Items) + 1, Text: e.Text, Round: s.Round, RaisedAt: e.At,
		Positions: map[facilitation.Level]Position{}}
	switch {
	case e.Participant != "":
		p, err := s.person(e.Participant)
		if err != nil {
			return err
		}
		it.Participant, it.Level = p.ID, p.Level
	case e.Level != "":
		if !facilitation.Level(e.Level).Valid() {
			return fmt.Errorf("unknown level %q", e.Level)
		}
		it.Level = facilitation.Level(e.Level)
	}
	s.Items = append(s.Items, it)
	return nil
}

func (s *State) item(n int) (*Item, error) {
	if n < 1 || n > len(s.Items) {
		return nil, fmt.Errorf("item %d does not exist", n)
	}
	return s.Items[n-1], nil
}

func (s *State) recordPosition(e Event) error {
	it, err := s.item(e.Item)
	if err != nil {
		return err
	}
	l := facilitation.Level(e.Level)
	if !l.Valid() {
		return fmt.Errorf("unknown level %q", e.Level)
	}
	if e.Stance == "" {
		return fmt.Errorf("a position needs a stance")
	}
	pos := Position{Level: l, Stance: e.Stance, Reason: e.Reason, At: e.At}
	it.Positions[l] = pos
	it.History = append(it.History, pos)
	return nil
}

func (s *State) agreeAction(e Event) error {
	if _, err := s.item(e.Item); err != nil {
		return err
	}
	if e.Action == nil || strings.TrimSpace(e.Action.What) == "" {
		return fmt.Errorf("an action needs a what")
	}
	a := &Action{ActionRecord: *e.Action, Item: e.Item, At: e.At}
	a.ID = len(s.Actions) + 1
	if a.Status == "" {
		a.Status = "planned"
	}
	s.Actions = append(s.Actions, a)
	return nil
}
