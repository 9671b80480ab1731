package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// Gather reads the archive's sessions that f selects. A session's series is
// its plan's, else that of the session it follows up (a follow-up chain is
// one series). Sealed sessions are read when the archive can unlock them
// and otherwise left out; what was left out, and why, is in the notes.
func Gather(a *sessions.Archive, f Filter, lang string) ([]Input, []facilitation.Message, error) {
	list, errs := a.List()
	if len(list) == 0 && len(errs) > 0 {
		return nil, nil, errs[0]
	}
	var notes []facilitation.Message
	states := map[string]*session.State{}
	var order []string
	sealed := 0
	for _, s := range list {
		if s.Err != nil {
			notes = append(notes, facilitation.Msg("report.left_out", s.ID, s.Err))
			continue
		}
		if s.Sealed && a.Unlock == nil {
			sealed++
			continue
		}
		st, _, err := a.Read(s.ID)
		if err != nil {
			notes = append(notes, facilitation.Msg("report.left_out", s.ID, err))
			continue
		}
		states[st.ID] = st
		order = append(order, st.ID)
	}
	if sealed > 0 {
		notes = append(notes, facilitation.Msg("report.left_out_sealed", sealed))
	}
	var in []Input
	for _, id := range order {
		st := states[id]
		if !f.selects(st, seriesOf(st, states)) {
			continue
		}
		var m *session.Minutes
		if f.Anonymous || st.Plan.Anonymous {
			m = session.BuildMinutes(st, session.MinutesOptions{Lang: lang, Anonymous: true})
		}
		in = append(in, Input{State: st, Minutes: m})
	}
	return in, notes, nil
}

// seriesOf is a session's series: its plan's, else the series of the
// session it follows up, and so on up the chain.
func seriesOf(st *session.State, all map[string]*session.State) string {
	seen := map[string]bool{}
	for st != nil && !seen[st.ID] {
		if st.Plan.Series != "" {
			return st.Plan.Series
		}
		seen[st.ID] = true
		st = all[st.Follows]
	}
	return ""
}

// selects tells whether a session (of the given series) is in the report.
func (f Filter) selects(st *session.State, series string) bool {
	date := Date(st)
	switch {
	case f.Series != "" && !sameName(series, f.Series):
		return false
	case f.Site != "" && !sameName(st.Plan.Site, f.Site):
		return false
	case f.Since != "" && date < f.Since:
		return false
	case f.Until != "" && date > f.Until:
		return false
	}
	return true
}

// sameName compares a series or site name as people type it: case, accents
// and spacing do not matter ("Ségou" is "segou").
func sameName(a, b string) bool { return foldName(a) == foldName(b) }

func foldName(s string) string {
	var out []rune
	for _, r := range norm.NFD.String(strings.ToLower(strings.Join(strings.Fields(s), " "))) {
		if !unicode.Is(unicode.Mn, r) {
			out = append(out, r)
		}
	}
	return string(out)
}
