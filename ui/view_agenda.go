package ui

import (
	"fmt"
	"time"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// viewAgenda: every round, done (√), current (►) or to come (·), with its
// time against the plan. When rounds do not fit, a window around the current.
func (m *Live) viewAgenda(s *session.State, now time.Time, w, h int) []string {
	st, cat := m.c.st, m.c.cat
	lines := []string{st.PanelTitle.Render(cat.T("live.agenda"))}
	rows := max(h-1, 1)
	first := max(0, min(s.Round-1-rows/2, len(s.Rounds)-rows))
	for i := first; i < len(s.Rounds) && i < first+rows; i++ {
		round, rs := s.Plan.Rounds[i], s.Rounds[i]
		mark, style := "· ", st.Subtle
		switch {
		case i+1 == s.Round && !rs.Done:
			mark, style = "► ", st.Bold
		case rs.Done || (rs.Started && i+1 != s.Round):
			mark, style = "√ ", st.Faint
		}
		clock := ""
		if rs.Started {
			clock = i18n.Clock(rs.Clock.Elapsed(now))
		}
		if round.Duration > 0 {
			clock += "/" + i18n.Clock(round.Duration)
		}
		left := fmt.Sprintf("%s%d %s", mark, i+1, cat.RoundTitle(round))
		lines = append(lines, style.Render(spread(left, clock, w)))
	}
	return lines
}
