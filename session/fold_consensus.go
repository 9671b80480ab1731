package session

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
)

func (s *State) raiseItem(e Event) error {
	if want := len(s.Items) + 1; e.Item != 0 && e.Item != want {
		return facilitation.Msg("fold.item_sequence", e.Item, want)
	}
	if strings.TrimSpace(e.Text) == "" {
		return facilitation.Msg("fold.item_text")
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
			return facilitation.Msg("fold.unknown_level", e.Level)
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
		return nil, facilitation.Msg("fold.no_item", n)
	}
	it := s.Items[n-1]
	if live && it.MergedInto != 0 {
		return nil, facilitation.Msg("fold.item_merged", n, it.MergedInto)
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
		return facilitation.Msg("fold.unknown_level", e.Level)
	}
	scale := s.Plan.ConsensusScale
	if !scale.Valid(facilitation.Stance(e.Stance)) {
		return facilitation.Msg("fold.stance_scale", e.Stance, scale)
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
		return facilitation.Msg("fold.unknown_level", e.Level)
	}
	if _, ok := it.Positions[l]; !ok {
		return facilitation.Msg("fold.no_position", l, it.Number)
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
		return facilitation.Msg("fold.item_text")
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
		return facilitation.Msg("fold.merge_self", e.Item)
	}
	for _, l := range e.KeepMerged.Levels() {
		if !facilitation.Level(l).Valid() {
			return facilitation.Msg("fold.unknown_level_merged", l)
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
		case slices.Contains(e.KeepMerged.Levels(), string(l)):
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
		return facilitation.Msg("fold.action_status", a.Status)
	}
	switch a.When {
	case "", facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong:
	default:
		if !isoDate.MatchString(a.When) {
			return facilitation.Msg("fold.action_when", a.When)
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
		return facilitation.Msg("fold.action_what")
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
		return facilitation.Msg("fold.no_action")
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
		return facilitation.Msg("fold.carried_item")
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
			return facilitation.Msg("fold.carried_level", p.Level)
		}
	}
	it.Deferred, it.Carried, it.Round = true, &from, 0
	it.Origins[0].Round = 0
	return nil
}

func (s *State) carryAction(e Event) error {
	if e.From == nil || e.From.Session == "" {
		return facilitation.Msg("fold.carried_action")
	}
	from := *e.From
	return s.addAction(e, 0, &from)
}
