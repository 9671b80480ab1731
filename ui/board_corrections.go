package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// correctItemFlow: what on the selected item was recorded in error (the
// item itself, a level's position, an action), then why, as a correction
// naming that event. Nothing is deleted: the minutes list the correction.
func (m *Live) correctItemFlow(it *session.Item) {
	cat, st := m.c.cat, m.j.projected
	type choice struct {
		label, what string
		seq         int64
		kind        string
	}
	var choices []choice
	if it.Carried == nil { // a carried item is corrected in its own session
		choices = append(choices, choice{cat.T("board.corr.void_item", it.Number), cat.T("corr.desc.item", it.Number), it.Seq, session.CorrVoid})
	}
	for _, l := range facilitation.Levels {
		if p, ok := it.Positions[l]; ok {
			choices = append(choices, choice{cat.T("board.corr.position", cat.Level(l), cat.T("board.long."+p.Stance)),
				cat.T("corr.desc.position", cat.Level(l), it.Number), p.Seq, session.CorrRetract})
		}
	}
	for _, a := range st.ActionsOf(it.Number) {
		choices = append(choices, choice{cat.T("board.corr.action", oneLine(a.What)), cat.T("corr.desc.action", oneLine(a.What)), a.Seq, session.CorrRetract})
	}
	if len(choices) == 0 {
		m.say(false, "board.empty")
		return
	}
	var labels []string
	for _, c := range choices {
		labels = append(labels, c.label)
	}
	m.dialog = newChooser(m.c, cat.T("board.correct_title", it.Number), labels, func(i int) any {
		c := choices[i]
		return boardStep(func(m *Live) tea.Cmd {
			m.dialog = newPrompt(m.c, c.label+" · "+cat.T("corr.reason_prompt"), "", func(reason string) any {
				return boardStep(func(m *Live) tea.Cmd {
					return m.correct(correctIntent{What: c.what, Events: []session.Event{{Type: session.Corrected,
						Corrects: c.seq, Correction: c.kind, Reason: reason, AfterClose: m.j.projected.Closed}}})
				})
			})
			return nil
		})
	})
}
