package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// reviewComment asks for an optional comment on an action's new status (what
// the room said of a carried action: "funds came late"), records both and
// says what was recorded. The same status with a comment is a review too.
func (m *Live) reviewComment(a *session.Action, status string) {
	cat, id, what, was := m.c.cat, a.ID, a.What, a.Status
	m.dialog = newPrompt(m.c, cat.T("review.comment_q", what, cat.T("board.action."+status)), "", func(comment string) any {
		return boardStep(func(m *Live) tea.Cmd {
			if status == was && comment == "" {
				m.say(false, "review.unchanged", what)
				return nil
			}
			rec := &session.ActionRecord{ID: id}
			if status != was {
				rec.Status = status
			}
			cmd := m.record(session.Event{Type: session.ActionUpdated, Action: rec, Text: comment})
			if !m.statusBad {
				m.say(false, "review.recorded", what, cat.T("board.action."+status))
			}
			return cmd
		})
	})
}
