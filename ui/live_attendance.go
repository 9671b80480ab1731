package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// backIntent: someone marked as left or absent is queued or given the floor
// after all. Speaking means they are in the room: they are marked present
// again (a dated return in the minutes), then Then is done.
type backIntent struct {
	ID   string
	Then any
}

// awayCheck asks before queuing or giving the floor to someone marked as left
// or absent (often the wrong name picked in a hurry). It reports whether it
// asked: then nothing is done until the answer.
func (m *Live) awayCheck(id string, then any) bool {
	p := m.j.projected.Person(id)
	if p == nil || p.Present() {
		return false
	}
	q := m.c.cat.T("away.q_absent", p.Name)
	if at, ok := p.LeftAt(); ok {
		q = m.c.cat.T("away.q_left", p.Name, at.Local().Format("15:04"))
	}
	m.dialog = newConfirm(m.c, q, backIntent{ID: id, Then: then})
	return true
}

// back marks the person present again, then does what was asked.
func (m *Live) back(in backIntent) tea.Cmd {
	cmd := m.record(session.Event{Type: session.AttendanceMarked, Participant: in.ID, Status: session.Present})
	if m.statusBad {
		return cmd
	}
	return tea.Batch(cmd, m.apply(in.Then))
}
