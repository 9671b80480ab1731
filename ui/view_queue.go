package ui

import (
	"fmt"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// viewQueue: who waits, in the order the round's rule gives the floor, with
// the selected row marked by a pointer (not by colour alone). Only the rows
// that fit are drawn.
func (m *Live) viewQueue(s *session.State, now time.Time, w, h int) []string {
	st, cat := m.c.st, m.c.cat
	order := facilitation.OrderQueue
	if round, _, ok := s.CurrentRound(); ok {
		order = round.Order
	}
	lines := []string{st.PanelTitle.Render(cat.T("live.queue", cat.Order(order)))}
	arranged := s.Arranged()
	if len(arranged) == 0 {
		return append(lines, st.Subtle.Render(cat.T(m.hint("live.queue_empty"))))
	}
	rows := max(h-1, 1)
	first := 0
	if m.cursor >= rows { // keep the selection visible
		first = m.cursor - rows + 1
	}
	if len(arranged) > rows && first+rows < len(arranged) {
		rows-- // room for "… n more"
	}
	for i := first; i < len(arranged) && i < first+rows; i++ {
		wt := arranged[i]
		p := s.Person(wt.ID)
		mark := "  "
		if i == m.cursor {
			mark = "› "
		}
		left := fmt.Sprintf("%s%d %s %s", mark, i+1, st.Badge.Render(cat.LevelBadge(p.Level)), p.Name)
		if k := kindNote(cat, wt.Kind); k != "" {
			left += " " + st.Warn.Render(k)
		}
		line := spread(left, st.Faint.Render(i18n.Clock(s.SpokenBy(p.ID, now))), w)
		if i == m.cursor {
			line = st.Selected.Render(line)
		}
		lines = append(lines, line)
	}
	if rest := len(arranged) - (first + rows); rest > 0 {
		lines = append(lines, st.Faint.Render(cat.T("live.queue_more", rest)))
	}
	return lines
}
