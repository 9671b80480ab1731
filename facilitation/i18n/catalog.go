// Package i18n is baraza's message catalog: every word shown on screen or
// written in minutes, in English and French. Messages are grouped by area in
// files of their own (live.go, home.go, ...) that register both languages.
package i18n

import (
	"fmt"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
)

// Lang is a supported language.
type Lang string

// Supported languages; English is the fallback.
const (
	EN Lang = "en"
	FR Lang = "fr"
)

// messages[lang][key] = format string (fmt verbs for arguments).
var messages = map[Lang]map[string]string{EN: {}, FR: {}}

// register adds one area's messages; a key registered twice is a programming
// error caught by the catalog test (TestCatalogIsComplete), so it panics at init.
func register(lang Lang, msgs map[string]string) {
	for k, v := range msgs {
		if _, dup := messages[lang][k]; dup {
			panic("i18n: message " + k + " registered twice")
		}
		messages[lang][k] = v
	}
}

// Catalog translates for one session: its language and its plan's level names.
type Catalog struct {
	lang       Lang
	levelNames map[facilitation.Level]string
}

// New returns the catalog for lang ("en" or "fr"; anything else is English).
// levelNames are the plan's own display names for levels, which win over ours.
func New(lang string, levelNames map[facilitation.Level]string) *Catalog {
	l := Lang(strings.ToLower(lang))
	if l != FR {
		l = EN
	}
	return &Catalog{lang: l, levelNames: levelNames}
}

// Lang is the catalog's language.
func (c *Catalog) Lang() Lang { return c.lang }

// T returns the message for key formatted with args. A missing key falls
// back to English, then to the key itself, so a screen never shows nothing.
func (c *Catalog) T(key string, args ...any) string {
	f, ok := messages[c.lang][key]
	if !ok {
		if f, ok = messages[EN][key]; !ok {
			f = key
		}
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// N is T for a message about n things: when n is singular in the catalog's
// language (1 in English; 0 and 1 in French) and the catalog has a
// key+".one" form, that form is used ("1 item", "0 point").
func (c *Catalog) N(key string, n int, args ...any) string {
	singular := n == 1 || (c.lang == FR && n == 0)
	if _, ok := messages[c.lang][key+".one"]; ok && singular {
		key += ".one"
	}
	return c.T(key, args...)
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
		if _, ok := messages[c.lang]["round."+r.Key]; ok {
			return c.T("round." + r.Key)
		}
	}
	return r.Title
}

// Request names a kind of request to speak.
func (c *Catalog) Request(k facilitation.RequestKind) string { return c.T("request." + string(k)) }

// Order names a speaking order.
func (c *Catalog) Order(o facilitation.Order) string { return c.T("order." + string(o)) }
