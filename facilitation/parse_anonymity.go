package facilitation

import "strings"

// Anonymity is the plan's [anonymity] table: words an anonymised export
// always hides, and words that are never a name.
type Anonymity struct {
	Redact []string // always redact, everywhere (a nickname, a village)
	Keep   []string // never a name ("amani", "grâce"): kept unless a reviewer decides otherwise
}

var anonymityKeys = []string{"redact", "keep"}

// anonymity reads [anonymity] redact = [...] and keep = [...].
func (c *checker) anonymity(raw map[string]any) Anonymity {
	var a Anonymity
	v, has := raw["anonymity"]
	if !has {
		return a
	}
	m, ok := v.(map[string]any)
	if !ok {
		c.add(c.loc.value("anonymity"), "plan.anonymity_not_table", typeName(v))
		return a
	}
	c.unknown(m, "anonymity", anonymityKeys, "[anonymity]")
	a.Redact = c.terms(m, "redact")
	a.Keep = c.terms(m, "keep")
	seen := map[string]bool{}
	for _, t := range a.Redact {
		seen[strings.ToLower(t)] = true
	}
	for i, t := range a.Keep {
		if seen[strings.ToLower(t)] {
			c.add(c.loc.value(path("anonymity").key("keep").index(i)), "plan.anonymity_both", t)
		}
	}
	return a
}

// terms reads an array of non-blank words or phrases.
func (c *checker) terms(m map[string]any, key string) []string {
	v, has := m[key]
	if !has {
		return nil
	}
	p := path("anonymity").key(key)
	list, ok := v.([]any)
	if !ok {
		hint := `["..."]`
		if s, isStr := v.(string); isStr {
			hint = `["` + s + `"]`
		}
		c.add(c.loc.value(p), "plan.anonymity_not_list", key, typeName(v), key, hint)
		return nil
	}
	var out []string
	for i, x := range list {
		s, isStr := x.(string)
		switch {
		case !isStr:
			c.add(c.loc.value(p.index(i)), "plan.anonymity_item_not_text", key, i+1, typeName(x))
		case strings.TrimSpace(s) == "":
			c.add(c.loc.value(p.index(i)), "plan.anonymity_item_blank", key, i+1)
		default:
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}
