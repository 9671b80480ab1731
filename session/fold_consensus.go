package session

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
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
		Positions: map[facilitation.Level]Position{}, Seq: e.Seq, Voided: e.edit != nil && e.edit.voided}
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
	it.Origins = []ItemOrigin{{Item: it.Number, Participant: it.Participant, Level: it.Level, Round: it.Round, Text: it.Text}}
	s.Items = append(s.Items, it)
	return nil
}

// item returns item n; standing (not merged away) when live is set.
func (s *State) item(n int, live bool) (*Item, error) {
	if n < 1 || n > len(s.Items) {
		return nil, fmt.Errorf("item %d does not exist", n)
	}
	it := s.Items[n-1]
	if live && it.MergedInto != 0 {
		return nil, fmt.Errorf("item %d was merged into item %d", n, it.MergedInto)
	}
	return it, nil
}

func (s *State) recordPosition(e Event) error {
	it, err := s.item(e.Item, true)
	if err != nil {
		return err
	}
	l := facilitation.Level(e.Level)
	if !l.Valid() {
		return fmt.Errorf("unknown level %q", e.Level)
	}
	scale := s.Plan.ConsensusScale
	if !scale.Valid(facilitation.Stance(e.Stance)) {
		return fmt.Errorf("stance %q is not on the %s scale", e.Stance, scale)
	}
	if e.edit != nil && e.edit.voided {
		return nil // retracted: as if never recorded
	}
	pos := Position{Level: l, Stance: e.Stance, Reason: e.Reason, At: e.At, Seq: e.Seq, Item: it.Number}
	it.Positions[l] = pos
	it.History = append(it.History, pos)
	return nil
}

// clearPosition leaves a level with no position on an item (one recorded
// for the wrong level); the old one stays in the log and in History.
func (s *State) clearPosition(e Event) error {
	it, err := s.item(e.Item, true)
	if err != nil {
		return err
	}
	l := facilitation.Level(e.Level)
	if !l.Valid() {
		return fmt.Errorf("unknown level %q", e.Level)
	}
	if _, ok := it.Positions[l]; !ok {
		return fmt.Errorf("level %s has no position on item %d", l, it.Number)
	}
	positions := maps.Clone(it.Positions)
	delete(positions, l)
	it.Positions = positions
	return nil
}

func (s *State) editItem(e Event) error {
	it, err := s.item(e.Item, true)
	if err != nil {
		return err
	}
	if strings.TrimSpace(e.Text) == "" {
		return fmt.Errorf("an item needs a text")
	}
	it.Text = e.Text
	return nil
}

// mergeItems folds item e.Merged into item e.Item: the kept item keeps its
// text, gains the other's origins and positions (a level only the other had a
// position for takes it; where both had one, the kept item's stands unless
// e.KeepMerged names the level, and the other is set aside, never dropped);
// the other's actions move over. Two levels often raise one priority in
// different words.
func (s *State) mergeItems(e Event) error {
	kept, err := s.item(e.Item, true)
	if err != nil {
		return err
	}
	other, err := s.item(e.Merged, true)
	if err != nil {
		return err
	}
	if kept == other {
		return fmt.Errorf("item %d cannot be merged into itself", e.Item)
	}
	for _, l := range e.KeepMerged {
		if !facilitation.Level(l).Valid() {
			return fmt.Errorf("unknown level %q in keep_merged", l)
		}
	}
	kept.Merged = append(slices.Clone(kept.Merged), other.Number)
	kept.Origins = append(slices.Clone(kept.Origins), other.Origins...)
	kept.History = append(slices.Clone(kept.History), other.History...)
	kept.SetAside = append(slices.Clone(kept.SetAside), other.SetAside...)
	positions := maps.Clone(kept.Positions) // a clone: replay's checkpoints share nothing
	for _, l := range facilitation.Levels {
		op, ok := other.Positions[l]
		if !ok {
			continue
		}
		kp, both := positions[l]
		switch {
		case !both:
			positions[l] = op
		case slices.Contains(e.KeepMerged, string(l)):
			positions[l] = op
			kept.SetAside = append(kept.SetAside, kp)
		default:
			kept.SetAside = append(kept.SetAside, op)
		}
	}
	kept.Positions = positions
	other.MergedInto = kept.Number
	for _, a := range s.Actions {
		if a.Item == other.Number {
			a.Item = kept.Number
		}
	}
	return nil
}

func (s *State) deferItem(e Event) error {
	it, err := s.item(e.Item, true)
	if err != nil {
		return err
	}
	it.Deferred = e.Type == ItemDeferred
	return nil
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkAction validates the fields an action event gives.
func checkAction(a *ActionRecord) error {
	switch a.Status {
	case "", facilitation.ActionPlanned, facilitation.ActionUnderWay, facilitation.ActionDone, facilitation.ActionDropped:
	default:
		return fmt.Errorf("unknown action status %q (want planned, under_way, done or dropped)", a.Status)
	}
	switch a.When {
	case "", facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong:
	default:
		if !isoDate.MatchString(a.When) {
			return fmt.Errorf("action when %q is neither a date (YYYY-MM-DD) nor short, medium or long", a.When)
		}
	}
	return nil
}

func (s *State) agreeAction(e Event) error {
	if _, err := s.item(e.Item, true); err != nil {
		return err
	}
	return s.addAction(e, e.Item, nil)
}

func (s *State) addAction(e Event, item int, from *Origin) error {
	if e.Action == nil || strings.TrimSpace(e.Action.What) == "" {
		return fmt.Errorf("an action needs a what")
	}
	if err := checkAction(e.Action); err != nil {
		return err
	}
	a := &Action{ActionRecord: *e.Action, Item: item, At: e.At, Carried: from,
		Seq: e.Seq, Retracted: e.edit != nil && e.edit.voided}
	a.ID = len(s.Actions) + 1
	if a.Status == "" {
		a.Status = facilitation.ActionPlanned
	}
	s.Actions = append(s.Actions, a)
	return nil
}

// updateAction changes the fields an action_updated event gives.
func (s *State) updateAction(e Event) error {
	if e.Action == nil || e.Action.ID < 1 || e.Action.ID > len(s.Actions) {
		return fmt.Errorf("no such action")
	}
	if err := checkAction(e.Action); err != nil {
		return err
	}
	a, u := s.Actions[e.Action.ID-1], e.Action
	for _, f := range []struct {
		to   *string
		from string
	}{
		{&a.What, u.What}, {&a.Who, u.Who}, {&a.With, u.With}, {&a.When, u.When}, {&a.Status, u.Status},
	} {
		if f.from != "" {
			*f.to = f.from
		}
	}
	if c := strings.TrimSpace(e.Text); c != "" {
		a.Comment = c
	}
	return nil
}

// carryItem adds an item deferred in an earlier session, still deferred:
// the session takes it up again by reopening it.
func (s *State) carryItem(e Event) error {
	if e.From == nil || e.From.Session == "" {
		return fmt.Errorf("a carried item must say where it comes from")
	}
	// level: who raised it in the earlier session (people are not carried:
	// their ids belong to that session).
	if err := s.raiseItem(Event{Type: ItemRaised, Item: e.Item, Text: e.Text, Level: e.Level, At: e.At}); err != nil {
		return err
	}
	it := s.Items[len(s.Items)-1]
	from := *e.From
	from.Positions = slices.Clone(from.Positions)
	for _, p := range from.Positions {
		if !facilitation.Level(p.Level).Valid() {
			return fmt.Errorf("unknown level %q in a carried position", p.Level)
		}
	}
	it.Deferred, it.Carried, it.Round = true, &from, 0
	it.Origins[0].Round = 0
	return nil
}

func (s *State) carryAction(e Event) error {
	if e.From == nil || e.From.Session == "" {
		return fmt.Errorf("a carried action must say where it comes from")
	}
	from := *e.From
	return s.addAction(e, 0, &from)
}
