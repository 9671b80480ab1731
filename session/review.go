package session

import (
	"time"

	"github.com/baraza-app/baraza/session/redact"
)

// ReviewList is what the anonymity review shows: every candidate found in
// the texts an anonymised export sends out (built by the export itself,
// so that the two never disagree), certain ones counted apart.
type ReviewList struct {
	Certain int     // always redacted: shown as a count
	Items   []Found // ambiguous: to review, in the order of the minutes
}

// Unreviewed counts the items nobody decided on.
func (l ReviewList) Unreviewed() int {
	n := 0
	for _, f := range l.Items {
		if f.By == redact.Unreviewed {
			n++
		}
	}
	return n
}

// Review lists the candidates of a session, annotations included.
func ReviewCandidates(st *State, notes []Annotated) ReviewList {
	var l ReviewList
	o := MinutesOptions{Anonymous: true, Location: time.UTC, Now: st.LastAt, found: func(f Found) {
		if f.By == redact.ByRule {
			l.Certain++
			return
		}
		l.Items = append(l.Items, f)
	}}
	m := BuildMinutes(st, o)
	AddAnnotations(m, st, notes, o)
	return l
}
