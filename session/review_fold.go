package session

import (
	"strings"

	"github.com/baraza-app/baraza/session/redact"

	"github.com/baraza-app/baraza/facilitation"
)

// Review is the anonymity review as folded from the log: what reviewers
// decided and the terms they added. Every export applies it, so every
// later export gives the same text.
type Review struct {
	Decisions redact.Decisions
	Terms     []string // to redact everywhere, as typed
	N         int      // how many review events were folded
}

// review: the anonymity review may go on after a session is closed, since
// minutes are sent after the room empties.
func (t Type) review() bool { return t == RedactionDecided || t == RedactionTermAdded }

func (r *Review) decide(e Event) error {
	x := e.Redaction
	if x == nil {
		return facilitation.Msg("fold.no_redaction")
	}
	key := redact.Fold(x.Term)
	if key == "" {
		return facilitation.Msg("fold.redaction_empty")
	}
	dec := redact.Decision(x.Decision)
	if dec != redact.Keep && dec != redact.Redact {
		return facilitation.Msg("fold.redaction_decision", x.Decision)
	}
	switch x.Scope {
	case redact.ScopeEverywhere:
		if r.Decisions.Everywhere == nil {
			r.Decisions.Everywhere = map[string]redact.Decision{}
		}
		r.Decisions.Everywhere[key] = dec
	case redact.ScopeOccurrence:
		if x.Where == "" || x.N < 1 {
			return facilitation.Msg("fold.occurrence")
		}
		if r.Decisions.Occurrence == nil {
			r.Decisions.Occurrence = map[redact.Occurrence]redact.Decision{}
		}
		r.Decisions.Occurrence[redact.Occurrence{Place: x.Where, Key: key, N: x.N}] = dec
	default:
		return facilitation.Msg("fold.redaction_scope", x.Scope)
	}
	r.N++
	return nil
}

func (r *Review) addTerm(e Event) error {
	t := strings.TrimSpace(e.Text)
	if redact.Fold(t) == "" {
		return facilitation.Msg("fold.redact_empty")
	}
	r.Terms = append(r.Terms, t)
	r.N++
	return nil
}

// NewRedactionDecided is a reviewer's decision: where and n are empty for
// scope everywhere.
func NewRedactionDecided(term, scope string, d redact.Decision, where string, n int) Event {
	x := &Redaction{Term: term, Scope: scope, Decision: string(d)}
	if scope == redact.ScopeOccurrence {
		x.Where, x.N = where, n
	}
	return Event{Type: RedactionDecided, Redaction: x}
}

// NewRedactionTermAdded adds a term that every anonymised export hides.
func NewRedactionTermAdded(term string) Event {
	return Event{Type: RedactionTermAdded, Text: strings.TrimSpace(term)}
}
