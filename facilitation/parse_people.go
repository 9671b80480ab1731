package facilitation

import (
	"strings"
)

// entry is one table of an array of tables, with its path.
type entry struct {
	m map[string]any
	p path
}

// tables reads an array of tables such as [[participants]]; given reports
// whether the key is there at all.
func (c *checker) tables(raw map[string]any, key string, noun Message) (entries []entry, given bool) {
	v, has := raw[key]
	if !has {
		return nil, false
	}
	p := path(key)
	switch v := v.(type) {
	case []map[string]any:
		for i, m := range v {
			entries = append(entries, entry{m, p.index(i)})
		}
	case []any:
		for i, e := range v {
			if m, ok := e.(map[string]any); ok {
				entries = append(entries, entry{m, p.index(i)})
			} else {
				c.add(c.loc.value(p.index(i)), "plan.entry_not_table", noun, typeName(e), key)
			}
		}
	case map[string]any:
		c.add(c.loc.near(p), "plan.single_brackets", key, key, noun)
	default:
		c.add(c.loc.value(p), "plan.tables_not", key, key, typeName(v))
	}
	return entries, true
}

func (c *checker) participants(raw map[string]any) []Participant {
	entries, given := c.tables(raw, "participants", Msg("plan.noun.participant"))
	if len(entries) == 0 {
		if v, ok := raw["participants"].([]any); !given || ok && len(v) == 0 {
			at := pos{}
			if given {
				at = c.loc.value("participants")
			}
			c.add(at, "plan.no_participants")
		}
		return nil
	}
	var out []Participant
	type seen struct {
		name string
		line int
	}
	first := map[string]seen{} // NameKey -> where it was first given
	for _, e := range entries {
		p := c.participant(e)
		out = append(out, p)
		if p.Name == "" {
			continue
		}
		at := c.loc.value(e.p.key("name"))
		key := NameKey(p.Name)
		switch g, dup := first[key]; {
		case !dup:
			first[key] = seen{p.Name, at.line}
		case g.name == p.Name:
			c.add(at, "plan.duplicate_name", p.Name, g.line)
		default:
			c.add(at, "plan.near_duplicate_name", p.Name, at.line, g.name, g.line)
		}
	}
	return out
}

// participant reads one [[participants]] table.
func (c *checker) participant(e entry) Participant {
	m, p := e.m, e.p
	c.unknown(m, p, participantKeys, "[[participants]]")
	var pt Participant
	if _, has := m["name"]; !has {
		c.add(c.loc.near(p), "plan.no_name")
	}
	pt.Name = c.text(m, p, "name", true)
	if _, has := m["level"]; !has {
		var who any = Msg("plan.participant")
		if pt.Name != "" {
			who = Msg("plan.participant_named", pt.Name)
		}
		c.add(c.loc.near(p), "plan.no_level", who)
	} else {
		pt.Level = c.level(m, p, "level")
	}
	pt.Organisation = c.text(m, p, "organisation", false)
	if _, both := m["organization"]; both {
		if _, has := m["organisation"]; has {
			c.add(c.loc.key(p.key("organization")), "plan.organisation_both")
		}
		pt.Organisation = c.text(m, p, "organization", false)
	}
	pt.Role = c.text(m, p, "role", false)
	if g, ok := c.str(m, p, "gender"); ok {
		switch g := Gender(strings.TrimSpace(g)); g {
		case Woman, Man, OtherGender:
			pt.Gender = g
		default:
			c.add(c.loc.value(p.key("gender")), "plan.unknown_gender", string(g))
		}
	}
	pt.Youth = c.boolean(m, p, "youth")
	return pt
}

// level reads a level key from m[key] at path p.
func (c *checker) level(m map[string]any, p path, key string) Level {
	s, ok := c.str(m, p, key)
	if !ok {
		return ""
	}
	return c.levelValue(s, p.key(key))
}

func (c *checker) levelValue(s string, at path) Level {
	l := Level(strings.TrimSpace(s))
	if !l.Valid() {
		c.add(c.loc.value(at), "plan.unknown_level", s, orList(levelKeys))
		return ""
	}
	return l
}
