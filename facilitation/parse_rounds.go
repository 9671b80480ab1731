package facilitation

import (
	"strings"
	"time"
)

var orderNames = []string{string(OrderQueue), string(OrderProgressive), string(OrderAlternate), string(OrderRoundRobin)}

// rounds reads [[rounds]]; nil means none were given (the default method).
func (c *checker) rounds(raw map[string]any, turnLimit time.Duration, levelBudget Budget) []Round {
	entries, given := c.tables(raw, "rounds", Msg("plan.noun.round"))
	if v, ok := raw["rounds"].([]any); ok && len(v) == 0 {
		c.add(c.loc.value("rounds"), "plan.rounds_empty")
	}
	if !given {
		return nil
	}
	out := []Round{} // given, even if every entry is broken: no default method
	for _, e := range entries {
		out = append(out, c.round(e, turnLimit, levelBudget))
	}
	return out
}

func (c *checker) round(e entry, turnLimit time.Duration, levelBudget Budget) Round {
	m, p := e.m, e.p
	c.unknown(m, p, roundKeys, "[[rounds]]")
	r := Round{Levels: Levels[:], Order: OrderQueue, TurnLimit: turnLimit, LevelBudget: levelBudget}
	if _, has := m["title"]; !has {
		c.add(c.loc.near(p), "plan.round_no_title")
	}
	r.Title = c.text(m, p, "title", true)
	if levels := c.roundLevels(m, p); levels != nil {
		r.Levels = levels
	}
	r.Levels = append([]Level(nil), r.Levels...) // never share Levels' array
	r.Question = c.text(m, p, "question", false)
	r.Duration = c.duration(m, p, "duration")
	if d := c.duration(m, p, "turn_limit"); d > 0 {
		r.TurnLimit = d
	}
	if b := c.budget(m, p); b != nil {
		r.LevelBudget = b // the round's budget replaces the plan's
	}
	if o, ok := c.str(m, p, "order"); ok {
		if o := strings.TrimSpace(o); contains(orderNames, o) {
			r.Order = Order(o)
		} else {
			c.add(c.loc.value(p.key("order")), "plan.unknown_order", o, orList(orderNames))
		}
	}
	return r
}

// roundLevels reads a round's levels list; nil means not given or unusable.
func (c *checker) roundLevels(m map[string]any, p path) []Level {
	v, has := m["levels"]
	if !has {
		return nil
	}
	lp := p.key("levels")
	list, ok := v.([]any)
	if !ok {
		c.add(c.loc.value(lp), "plan.round_levels_not_list", typeName(v))
		return nil
	}
	if len(list) == 0 {
		c.add(c.loc.value(lp), "plan.round_levels_empty")
		return nil
	}
	var out []Level
	for i, e := range list {
		ep := lp.index(i)
		s, ok := e.(string)
		if !ok {
			c.add(c.loc.value(ep), "plan.round_levels_not_text", typeName(e))
			continue
		}
		l := c.levelValue(s, ep)
		switch {
		case l == "":
		case contains(levelStrings(out), string(l)):
			c.add(c.loc.value(ep), "plan.round_level_twice", string(l))
		default:
			out = append(out, l)
		}
	}
	return out
}

func levelStrings(ls []Level) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = string(l)
	}
	return out
}
