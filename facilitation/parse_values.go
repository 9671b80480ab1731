package facilitation

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// durationHint says how people write durations in a plan.
var durationHint = Msg("plan.duration_hint")

// str returns m[key] when it is a string; a value of another type is reported.
func (c *checker) str(m map[string]any, p path, key string) (string, bool) {
	v, has := m[key]
	if !has {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		c.add(c.loc.value(p.key(key)), "plan.not_text", key, typeName(v), key, quoteSuggestion(v))
		return s, ok
	}
	if n, long := tooLong(key, s); long {
		c.add(c.loc.value(p.key(key)), "plan.too_long", key, n, maxRunes(key))
		return "", false
	}
	if r, col, bad := hiddenCharacter(key, s); bad {
		c.add(c.loc.value(p.key(key)), "plan.hidden_character", key, r, col)
		return "", false
	}
	return s, ok
}

// text returns the trimmed string m[key]. With needed true a blank value is
// reported; a missing one is the caller's business.
func (c *checker) text(m map[string]any, p path, key string, needed bool) string {
	s, ok := c.str(m, p, key)
	s = strings.TrimSpace(s)
	if ok && needed && s == "" {
		c.add(c.loc.value(p.key(key)), "plan.blank", key, blankHint(p, key))
	}
	return s
}

func blankHint(p path, key string) Message {
	switch {
	case key == "name":
		return Msg("plan.blank.name")
	case p == "levels":
		return Msg("plan.blank.level")
	case p == "":
		return Msg("plan.blank.title")
	}
	return Msg("plan.blank.round")
}

func (c *checker) boolean(m map[string]any, p path, key string) bool {
	v, has := m[key]
	if !has {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		want := any(Msg("plan.bool_either", key, key))
		switch s, _ := v.(string); strings.ToLower(strings.TrimSpace(s)) {
		case "yes", "true", "oui", "vrai", "y", "1":
			want = key + " = true"
		case "no", "false", "non", "faux", "n", "0":
			want = key + " = false"
		}
		c.add(c.loc.value(p.key(key)), "plan.not_bool", key, typeName(v), want)
	}
	return b
}

// duration reads a Go duration string such as "3m"; it must be > 0.
func (c *checker) duration(m map[string]any, p path, key string) time.Duration {
	v, has := m[key]
	if !has {
		return 0
	}
	at := c.loc.value(p.key(key))
	s, ok := v.(string)
	if !ok {
		want := `"3m"`
		if n, isInt := v.(int64); isInt && n > 0 {
			want = fmt.Sprintf(`"%dm"`, n)
		}
		c.add(at, "plan.duration_not_text", key, typeName(v), key, want)
		return 0
	}
	d, err := time.ParseDuration(strings.TrimSpace(s))
	switch {
	case err != nil:
		c.add(at, "plan.not_duration", key, s, durationHint)
	case d <= 0:
		c.add(at, "plan.duration_not_positive", key, s, durationHint)
	}
	return max(d, 0)
}

// budget reads level_budget: one duration for every level ("20m"), or a
// table of durations by level ({ community = "20m", government = "10m" }).
// nil when it is not given or unusable.
func (c *checker) budget(m map[string]any, p path) Budget {
	t, isTable := m["level_budget"].(map[string]any)
	if !isTable {
		return UniformBudget(c.duration(m, p, "level_budget"))
	}
	bp := p.key("level_budget")
	c.unknown(t, bp, levelKeys, "level_budget")
	b := Budget{}
	for _, k := range levelKeys {
		if d := c.duration(t, bp, k); d > 0 {
			b[Level(k)] = d
		}
	}
	if len(t) == 0 {
		c.add(c.loc.value(bp), "plan.budget_empty")
	}
	if len(b) == 0 {
		return nil
	}
	return b
}

// date reads a TOML local date or local date-time, kept as written.
func (c *checker) date(raw map[string]any) string {
	v, has := raw["date"]
	if !has {
		return ""
	}
	at := c.loc.value("date")
	const hint = "date = 2026-03-14 or date = 2026-03-14T09:30:00"
	switch v := v.(type) {
	case time.Time:
		switch v.Location().String() {
		case "date-local":
			return v.Format(time.DateOnly)
		case "datetime-local":
			return v.Format("2006-01-02T15:04:05.999999999")
		case "time-local":
			c.add(at, "plan.date_no_day", hint)
		default:
			c.add(at, "plan.date_zone", v.Format("2006-01-02T15:04:05"))
		}
	case string:
		s := strings.TrimSpace(v)
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			c.add(at, "plan.date_quoted", s)
		} else if _, err := time.Parse("2006-01-02T15:04:05", s); err == nil {
			c.add(at, "plan.date_quoted", s)
		} else {
			c.add(at, "plan.date_text", hint)
		}
	default:
		c.add(at, "plan.date_not", typeName(v), hint)
	}
	return ""
}

// typeName says what kind of TOML value v is, in plain words.
func typeName(v any) any {
	switch v.(type) {
	case string:
		return Msg("plan.type.text")
	case int64, float64:
		return Msg("plan.type.number")
	case bool:
		return Msg("plan.type.bool")
	case time.Time:
		return Msg("plan.type.date")
	case []any, []map[string]any:
		return Msg("plan.type.list")
	case map[string]any:
		return Msg("plan.type.table")
	}
	return fmt.Sprintf("%T", v)
}

// quoteSuggestion turns a scalar into the same thing in quotes.
func quoteSuggestion(v any) string {
	switch v := v.(type) {
	case int64, float64, bool:
		return strconv.Quote(fmt.Sprint(v))
	}
	return `"..."`
}

func contains(list []string, s string) bool { return slices.Contains(list, s) }

func sortedKeys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }
