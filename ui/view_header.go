package ui

import (
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// viewHeader: title and session clock; the round, its clock and its rule;
// the round's question; a rule line.
func (m *Live) viewHeader(s *session.State, now time.Time, w int) []string {
	st, cat := m.c.st, m.c.cat
	state := cat.T("live.session_clock", i18n.Clock(s.Elapsed(now)))
	switch {
	case s.Closed:
		state += " " + st.Paused.Render(" "+cat.T("live.closed")+" ")
	case s.Paused:
		state += " " + st.Paused.Render(" "+cat.T("live.paused")+" ")
	}
	lines := []string{spread(st.Title.Render(s.Plan.Title), state, w)}
	if s.Follows != "" { // a follow-up: what it takes up comes from there
		lines = append(lines, st.Subtle.Render(fit(cat.T("live.follows", followsLabel(cat, s)), w)))
	}
	round, rs, ok := s.CurrentRound()
	if !ok {
		lines = append(lines, st.Subtle.Render(cat.T(m.hint("live.before_rounds"))), "")
	} else {
		clock := i18n.Clock(rs.Clock.Elapsed(now))
		if round.Duration > 0 {
			clock += " / " + i18n.Clock(round.Duration)
			if rs.Clock.Elapsed(now) > round.Duration {
				clock = st.Warn.Render("▲ " + clock)
			}
		}
		if rs.Done {
			clock += " · " + cat.T("live.round_done")
		}
		left := cat.T("live.round", s.Round, len(s.Rounds)) + " · " + st.Bold.Render(cat.RoundTitle(round))
		lines = append(lines, spread(left, clock+" · "+cat.Order(round.Order), w))
		q := ""
		if round.Question != "" {
			q = st.Subtle.Render(cat.T("live.quoted", round.Question))
		}
		lines = append(lines, q)
	}
	return append(lines, st.Rule.Render(strings.Repeat("─", w)))
}

// followsLabel names the session s follows: "Title, 14 March 2026", or its id
// for logs that do not say.
func followsLabel(cat *i18n.Catalog, s *session.State) string {
	if s.FollowsTitle == "" {
		return s.Follows
	}
	if d, err := time.Parse(time.DateOnly, s.FollowsDate); err == nil {
		return s.FollowsTitle + ", " + cat.Date(d)
	}
	return s.FollowsTitle
}

// hint is a live-screen hint's key, or in replay, where its keys do nothing,
// the replay's own words for the same moment.
func (m *Live) hint(key string) string {
	if m.replay {
		return "replay.hint." + key
	}
	return key
}
