package i18n

import (
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// ParseWhen reads an action's "by when" as a facilitator types it in the
// session's language and returns the value the log keeps: a date as
// YYYY-MM-DD, a horizon as short, medium or long, or "" for none. It accepts
// YYYY-MM-DD everywhere, DD/MM/YYYY in French (the usual form there), the
// log's own horizon words, and the catalog's horizon words with or without
// "term"/"terme" (court, moyen terme, long terme...).
func (c *Catalog) ParseWhen(s string) (string, bool) {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if s == "" {
		return "", true
	}
	for _, h := range []string{facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong} {
		if s == h {
			return h, true
		}
		full := strings.ToLower(c.T("min.horizon." + h)) // "court terme"
		word, _, _ := strings.Cut(full, " ")
		if s == full || s == word {
			return h, true
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02"), true
	}
	if c.lang == FR {
		if t, err := time.Parse("2/1/2006", s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// When names an action's "when" for people: a horizon by its label in the
// catalog's language ("court terme"), a date or other text as written.
func (c *Catalog) When(w string) string {
	switch w {
	case facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong:
		return c.T("min.horizon." + w)
	}
	return w
}
