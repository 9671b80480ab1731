package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// View lays the live screen out in the root's size: header, body (panels,
// a dialog or the full help), status line, footer help.
func (m *Live) View() string {
	if m.c.tooSmall() {
		return viewTooSmall(m.c)
	}
	w, h := m.c.width, m.c.height
	s := m.j.shown()
	now := m.sessionNow(s)
	header := append(m.viewHeader(s, now, w), m.viewUnsaved(w)...)
	if _, reading := m.dialog.(*readBack); reading {
		header = m.viewUnsaved(w) // the read-back needs every line to be read aloud
	}
	footer := []string{m.viewStatus(w), m.viewHelp(w)}
	bodyH := h - len(header) - len(footer)
	var body []string
	switch {
	case m.dialog != nil:
		body = block(splitLines(m.dialog.View(s, w, bodyH)), w, bodyH)
	case m.showPreview:
		m.pv.vp.Width, m.pv.vp.Height = w, max(bodyH-1, 1)
		body = m.pv.view(w, bodyH)
	case m.fullHelp && m.showBoard:
		m.help.Width = w
		body = block(splitLines(m.help.FullHelpView(m.brd.keys.FullHelp())), w, bodyH)
	case m.fullHelp:
		m.help.Width = w
		body = block(splitLines(m.help.FullHelpView(m.keys.FullHelp())), w, bodyH)
	case m.showBoard:
		body = block(m.viewBoard(w, bodyH), w, bodyH)
	default:
		body = m.viewPanels(w, bodyH)
	}
	lines := append(append(header, body...), footer...)
	return strings.Join(block(lines, w, h), "\n")
}

// viewPanels: floor, queue and agenda on the left; the balance on the right.
func (m *Live) viewPanels(w, h int) []string {
	s := m.j.shown()
	now := m.sessionNow(s)
	rw := max(30, w*2/5)
	lw := w - rw - 3
	floor := m.viewFloor(s, now, lw)
	// The queue gets what it needs (at least a few rows), the agenda the rest.
	queueWant := max(4, len(s.Queue)+1)
	agendaH := max(3, min(len(s.Rounds)+1, h-len(floor)-queueWant))
	agenda := m.viewAgenda(s, now, lw, agendaH)
	queueH := h - len(floor) - len(agenda)
	left := append(append(floor, m.viewQueue(s, now, lw, queueH)...), agenda...)
	right := m.viewBalance(s, now, rw, h)
	sep := m.c.st.Rule.Render(" │ ")
	return besides(block(left, lw, h), block(right, rw, h), sep)
}

// viewStatus: write failures first (never hidden), then saving, then messages.
func (m *Live) viewStatus(w int) string {
	st := m.c.st
	switch {
	case m.quitAsked: // the question must be seen, even over a failure
		return st.StatusErr.Render(fit(m.status, w))
	case m.j.failure != nil:
		// The cause first, in words: the OS's message repeats the log's
		// path and would push it off the line.
		cat := m.c.cat
		msg := cat.N("save.failing", m.j.unsaved(), cat.T(saveCause(m.j.failure)), m.j.unsaved())
		return st.StatusErr.Render(fit(msg+" · "+osReason(m.j.failure, string(cat.Lang())), w))
	case m.status != "" && m.statusBad:
		return st.StatusErr.Render(fit(m.status, w))
	case m.status != "":
		return st.Subtle.Render(fit(m.status, w))
	case m.j.unsaved() > 0:
		return st.StatusBusy.Render(fit(m.c.cat.T("live.saving"), w))
	}
	return ""
}

// viewUnsaved lists, while saving fails, every action the screen shows but
// the disk does not hold yet, oldest first, numbered, on one line: what
// would be lost if the laptop died now.
func (m *Live) viewUnsaved(w int) []string {
	if m.j.failure == nil || m.j.unsaved() == 0 {
		return nil
	}
	cat, st := m.c.cat, m.c.st
	line := "× " + cat.T("save.unsaved")
	for i, e := range m.j.outbox {
		item := fmt.Sprintf(" %d. %s", i+1, describe(cat, m.j.projected, e))
		more := " " + cat.T("save.more", len(m.j.outbox)-i)
		if i > 0 {
			item = " ·" + item
		}
		if lipgloss.Width(line+item) > w || (i < len(m.j.outbox)-1 && lipgloss.Width(line+item+more) > w) {
			line += more
			break
		}
		line += item
	}
	return []string{st.StatusErr.Render(fit(line, w))}
}

func (m *Live) viewHelp(w int) string {
	m.help.Width = w
	switch {
	case m.dialog != nil:
		return m.help.ShortHelpView(m.dialog.Help())
	case m.showPreview:
		return m.help.ShortHelpView(m.pv.help())
	case m.showBoard:
		return m.help.ShortHelpView(m.brd.keys.ShortHelp())
	}
	return m.help.ShortHelpView(m.keys.ShortHelp())
}

// viewTooSmall is shown instead of a layout that would not fit.
func viewTooSmall(c *common) string {
	msg := c.cat.T("live.too_small", c.width, c.height, MinWidth, MinHeight)
	return lipgloss.NewStyle().Width(max(c.width, 1)).Render(msg)
}
