package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// stanceSymbol marks a leaning with a sign that reads without colour.
func stanceSymbol(scale facilitation.Scale, s facilitation.Stance) string {
	switch scale.Leaning(s) {
	case facilitation.LeanSupport:
		return "√"
	case facilitation.LeanReservations:
		return "≈"
	case facilitation.LeanStandAside:
		return "○"
	case facilitation.LeanUnresolved:
		return "?"
	case facilitation.LeanBlock:
		return "×"
	}
	return "·"
}

// viewBoard: a matrix of items × levels (symbol and word for each
// position), each item's status, and the selected item's details below.
// Only the rows that fit are drawn, so 500 items cost what 20 do.
func (m *Live) viewBoard(w, h int) []string {
	s, cat, st := m.j.shown(), m.c.cat, m.c.st
	scale := s.Plan.ConsensusScale
	items := s.LiveItems()
	lines := []string{st.PanelTitle.Render(cat.N("board.title", len(items), cat.T("board.scale."+string(scale)), len(items)))}
	if len(items) == 0 {
		return append(lines, st.Subtle.Render(cat.T("board.empty")))
	}
	cur := max(0, min(m.brd.cursor, len(items)-1)) // View never moves the cursor
	colW := 0
	for _, x := range append(scale.Stances(), "none") {
		colW = max(colW, lipgloss.Width(cat.T("board.stance."+string(x)))+2)
	}
	statusW := 0
	for _, x := range []facilitation.ItemStatus{facilitation.StatusOpen, facilitation.StatusAgreed,
		facilitation.StatusAgreedWithReservations, facilitation.StatusNoConsensus, facilitation.StatusDeferred} {
		statusW = max(statusW, lipgloss.Width(cat.T("board.status."+string(x))))
	}
	textW := max(w-2-4-3*(colW+1)-statusW-1, 8)
	head := fit("", 2) + fit("#", 4) + fit(cat.T("board.col.item"), textW)
	for _, l := range facilitation.Levels {
		head += " " + fit(cat.LevelBadge(l), colW)
	}
	lines = append(lines, st.Faint.Render(head+" "+cat.T("board.col.status")))
	detail := m.viewItemDetail(s, items[cur], w)
	rows := max(h-len(lines)-min(len(detail), h/2)-1, 1)
	m.brd.top = scrollTop(m.brd.top, cur, len(items), rows)
	for i := m.brd.top; i < len(items) && i < m.brd.top+rows; i++ {
		it := items[i]
		num := fmt.Sprintf("%d", it.Number)
		if it.Number == m.brd.mark {
			num += "*"
		}
		row := fit(num, 4) + fit(oneLine(it.Text), textW)
		for _, l := range facilitation.Levels {
			pos, ok := it.Positions[l]
			cell := "· " + cat.T("board.stance.none")
			if ok {
				stance := facilitation.Stance(pos.Stance)
				cell = stanceSymbol(scale, stance) + " " + cat.T("board.stance."+pos.Stance)
			}
			row += " " + fit(cell, colW)
		}
		row += " " + cat.T("board.status."+string(s.ItemStatus(it)))
		lines = append(lines, selectRow(m.c, row, i == cur, w))
	}
	if len(items) > rows {
		lines = append(lines, st.Faint.Render(fmt.Sprintf("  %d–%d / %d", m.brd.top+1, min(m.brd.top+rows, len(items)), len(items))))
	}
	lines = append(lines, st.Rule.Render(strings.Repeat("─", w)))
	return append(lines, detail...)
}

// viewItemDetail: where the item came from, each level's reason, its actions.
func (m *Live) viewItemDetail(s *session.State, it *session.Item, w int) []string {
	cat, st := m.c.cat, m.c.st
	out := []string{st.Bold.Render(cat.T("board.full_text", it.Number, oneLine(it.Text)))} // read in full, never cut
	for i, o := range it.Origins {
		if i == 0 && it.Carried != nil {
			continue // raised in the earlier session: said below
		}
		who := cat.T("board.as_level", cat.Level(o.Level))
		if p := s.Person(o.Participant); p != nil {
			who = p.Name + " (" + cat.Level(p.Level) + ")"
		}
		switch {
		case i == 0 && o.Participant == "" && o.Level == "":
			continue // raised by nobody in particular
		case i == 0 && o.Round == 0:
			out = append(out, cat.T("board.raised_by_early", who))
		case i == 0:
			out = append(out, cat.T("board.raised_by", who, o.Round))
		default:
			out = append(out, cat.T("board.merged_from", o.Item, who, oneLine(o.Text)))
		}
	}
	out = append(out, m.carriedDetail(s, it)...)
	for _, l := range facilitation.Levels {
		if pos, ok := it.Positions[l]; ok && pos.Reason != "" {
			out = append(out, cat.T("board.reason", cat.Level(l), oneLine(pos.Reason)))
		}
	}
	for _, p := range it.SetAside {
		out = append(out, st.Faint.Render(cat.T("board.set_aside", m.positionWords(p.Level, p), p.Item)))
	}
	acts := s.ActionsOf(it.Number)
	if len(acts) == 0 {
		out = append(out, st.Faint.Render(cat.T(m.hint("board.no_actions"))))
	}
	for _, a := range acts {
		out = append(out, "• "+cat.T("board.action_line", a.What, dash(a.Who), dash(a.With), dash(cat.When(a.When)), cat.T("board.action."+a.Status)))
	}
	if n := len(s.CarriedActions()); n > 0 {
		out = append(out, st.Subtle.Render(cat.T(m.hint("board.carried_act"), n)))
	}
	var wrapped []string // details are read in full: wrap, never cut
	for _, l := range out {
		wrapped = append(wrapped, wrapText(l, w)...)
	}
	return wrapped
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
