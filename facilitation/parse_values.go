package facilitation

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

const durationHint = `write a Go duration such as "3m" or "1h30m"`

// str returns m[key] when it is a string; a value of another type is reported.
func (c *checker) str(m map[string]any, p path, key string) (string, bool) {
	v, has := m[key]
	if !has {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		c.add(c.loc.value(p.key(key)), "%s must be text in double quotes, not %s (write %s = %s)", key, typeName(v), key, quoteSuggestion(v))
		return s, ok
	}
	if n, long := tooLong(key, s); long {
		c.add(c.loc.value(p.key(key)), "%s is %d characters long; at most %d are allowed: shorten it", key, n, maxRunes(key))
		return "", false
	}
	if r, col, bad := hiddenCharacter(key, s); bad {
		c.add(c.loc.value(p.key(key)), "%s contains %s at character %d: retype it without (it can make two names look alike)", key, r, col)
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
		c.add(c.loc.value(p.key(key)), "%s is blank (%s)", key, blankHint(p, key))
	}
	return s
}

func blankHint(p path, key string) string {
	switch {
	case key == "name":
		return "write the person's name between the quotes"
	case p == "levels":
		return "write a display name between the quotes, or remove the line"
	case p == "":
		return "write the session's title between the quotes"
	}
	return "write the round's title between the quotes"
}

func (c *checker) boolean(m map[string]any, p path, key string) bool {
	v, has := m[key]
	if !has {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		want := key + " = true or " + key + " = false"
		switch s, _ := v.(string); strings.ToLower(strings.TrimSpace(s)) {
		case "yes", "true", "oui", "vrai", "y", "1":
			want = key + " = true"
		case "no", "false", "non", "faux", "n", "0":
			want = key + " = false"
		}
		c.add(c.loc.value(p.key(key)), "%s must be true or false without quotes, not %s (write %s)", key, typeName(v), want)
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
		c.add(at, "%s must be a duration in double quotes, not %s (write %s = %s)", key, typeName(v), key, want)
		return 0
	}
	d, err := time.ParseDuration(strings.TrimSpace(s))
	switch {
	case err != nil:
		c.add(at, "%s %q is not a duration (%s)", key, s, durationHint)
	case d <= 0:
		c.add(at, "%s must be more than zero, not %q (%s)", key, s, durationHint)
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
		c.add(c.loc.value(bp), `level_budget is an empty table (give levels their budgets, e.g. { community = "20m" }, or remove it)`)
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
			c.add(at, "date has no day (write %s)", hint)
		default:
			c.add(at, "date must not have a time zone (write date = %s)", v.Format("2006-01-02T15:04:05"))
		}
	case string:
		s := strings.TrimSpace(v)
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			c.add(at, "date must be written without quotes (write date = %s)", s)
		} else if _, err := time.Parse("2006-01-02T15:04:05", s); err == nil {
			c.add(at, "date must be written without quotes (write date = %s)", s)
		} else {
			c.add(at, "date must be a date without quotes, not text (write %s)", hint)
		}
	default:
		c.add(at, "date must be a date without quotes, not %s (write %s)", typeName(v), hint)
	}
	return ""
}

// typeName says what kind of TOML value v is, in plain words.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "text"
	case int64, float64:
		return "a number"
	case bool:
		return "true/false"
	case time.Time:
		return "a date"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
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
