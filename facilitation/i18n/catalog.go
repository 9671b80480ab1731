// Package i18n is baraza's message catalog: every word shown on screen or
// written in minutes, in English, French and any language with a
// translation file in locales/ (see locales.go and docs/translating.md).
package i18n

import (
	"fmt"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
)

// Lang is a supported language.
type Lang string

// Languages every build ships; English is the fallback. Other languages
// are whatever locales/*.toml holds (Languages lists them).
const (
	EN Lang = "en"
	FR Lang = "fr"
)

// Catalog translates for one session: its language and its plan's level names.
type Catalog struct {
	lang       Lang
	inclusive  bool
	levelNames map[facilitation.Level]string
}

// New returns the catalog for lang: a language with a translation file
// ("fr", "fr-CD" and "fr_ML" are French), else English. levelNames are the
// plan's own display names for levels, which win over ours.
func New(lang string, levelNames map[facilitation.Level]string) *Catalog {
	l, ok := resolve(lang)
	if !ok {
		l = EN
	}
	return &Catalog{lang: l, levelNames: levelNames, inclusive: inclusive.Load()}
}

// lookup finds key's message in the catalog's language, else in English.
// "key.one" still names the singular of a plural message.
func (c *Catalog) lookup(key string) (*locale, message, bool) {
	if c.inclusive {
		if loc := locales[c.lang]; loc != nil {
			if m, ok := loc.messages[key+InclusiveSuffix]; ok {
				return loc, m, true
			}
		}
	}
	for _, l := range []Lang{c.lang, EN} {
		loc := locales[l]
		if loc == nil {
			continue
		}
		if m, ok := loc.messages[key]; ok {
			return loc, m, true
		}
		if base, ok := strings.CutSuffix(key, ".one"); ok {
			if m, ok := loc.messages[base]; ok && m.forms != nil {
				return loc, message{other: loc.form(m, 1)}, true
			}
		}
	}
	return nil, message{}, false
}

func (c *Catalog) has(key string) bool {
	loc := locales[c.lang]
	if loc == nil {
		return false
	}
	_, ok := loc.messages[key]
	return ok
}

// Lang is the catalog's language.
func (c *Catalog) Lang() Lang { return c.lang }

// T returns the message for key formatted with args. A missing key falls
// back to English, then to the key itself, so a screen never shows nothing.
func (c *Catalog) T(key string, args ...any) string {
	_, m, ok := c.lookup(key)
	if !ok {
		return format(key, args)
	}
	return format(m.other, args)
}

func format(f string, args []any) string {
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// N is T for a message about n things: the message's form for n's CLDR
// plural category in the catalog's language ("1 item", "0 point",
// "2 points"); a message without plural forms is used as it is.
func (c *Catalog) N(key string, n int, args ...any) string {
	loc, m, ok := c.lookup(key)
	if !ok {
		return format(key, args)
	}
	return format(loc.form(m, n), args)
}

// Level is a level's display name: the plan's, else the catalog's.
func (c *Catalog) Level(l facilitation.Level) string {
	if n := strings.TrimSpace(c.levelNames[l]); n != "" {
		return n
	}
	return c.T("level." + string(l))
}

// LevelBadge is a short tag for a level, for lists where space is tight.
func (c *Catalog) LevelBadge(l facilitation.Level) string { return c.T("badge." + string(l)) }

// RoundTitle is a round's title; default-method rounds are translated.
func (c *Catalog) RoundTitle(r facilitation.Round) string {
	if r.Key != "" {
		if c.has("round." + r.Key) {
			return c.T("round." + r.Key)
		}
	}
	return r.Title
}

// Request names a kind of request to speak.
func (c *Catalog) Request(k facilitation.RequestKind) string { return c.T("request." + string(k)) }

// Order names a speaking order.
func (c *Catalog) Order(o facilitation.Order) string { return c.T("order." + string(o)) }
