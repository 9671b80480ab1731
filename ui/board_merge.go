package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// mergeFlow asks to fold item other into item kept, saying what comes over
// (the other's origin, positions with their reasons, actions); then, for each
// level where both items have a position, which one stands. Nothing is
// dropped: the position that does not stand is set aside in the record.
func (m *Live) mergeFlow(kept, other int) {
	st, cat := m.j.projected, m.c.cat
	k, o := st.Items[kept-1], st.Items[other-1]
	var comes []string
	var both []facilitation.Level
	for _, l := range facilitation.Levels {
		p, ok := o.Positions[l]
		if !ok {
			continue
		}
		if _, clash := k.Positions[l]; clash {
			both = append(both, l)
			continue
		}
		comes = append(comes, m.positionWords(l, p))
	}
	q := cat.T("merge.q", other, kept)
	if len(comes) > 0 {
		q += " " + cat.T("merge.q_positions", strings.Join(comes, "; "))
	}
	if n := len(st.ActionsOf(other)); n > 0 {
		q += " " + cat.N("merge.q_actions", n, n)
	}
	if len(both) > 0 {
		q += " " + cat.N("merge.q_both", len(both), len(both))
	}
	m.dialog = newConfirm(m.c, q, boardStep(func(m *Live) tea.Cmd {
		return m.chooseStanding(kept, other, both, nil)
	}))
}

// chooseStanding asks, level by level, which item's position stands, then
// records the merge with the levels where the folded item's wins.
func (m *Live) chooseStanding(kept, other int, levels []facilitation.Level, keepMerged []string) tea.Cmd {
	if len(levels) == 0 {
		return m.record(session.Event{Type: session.ItemsMerged, Item: kept, Merged: other, KeepMerged: keepMerged})
	}
	st, cat, l := m.j.projected, m.c.cat, levels[0]
	options := []string{
		cat.T("merge.item_says", kept, m.positionWords(l, st.Items[kept-1].Positions[l])),
		cat.T("merge.item_says", other, m.positionWords(l, st.Items[other-1].Positions[l])),
	}
	m.dialog = newChooser(m.c, cat.T("merge.which_stands", cat.Level(l)), options, func(i int) any {
		return boardStep(func(m *Live) tea.Cmd {
			next := keepMerged
			if i == 1 {
				next = append(append([]string(nil), keepMerged...), string(l))
			}
			return m.chooseStanding(kept, other, levels[1:], next)
		})
	})
	return nil
}

// positionWords is "Government: ✖ block — No budget".
func (m *Live) positionWords(l facilitation.Level, p session.Position) string {
	cat, scale := m.c.cat, m.j.projected.Plan.ConsensusScale
	s := cat.T("merge.position", cat.Level(l), stanceSymbol(scale, facilitation.Stance(p.Stance))+" "+cat.T("board.long."+p.Stance))
	if p.Reason != "" {
		s += " — " + oneLine(p.Reason)
	}
	return s
}

// carriedDetail: where a carried item comes from (the earlier session by
// title and date) and its positions there, the reasons it was deferred.
func (m *Live) carriedDetail(s *session.State, it *session.Item) []string {
	c, cat := it.Carried, m.c.cat
	if c == nil {
		return nil
	}
	from := c.Session
	if c.Session == s.Follows {
		from = followsLabel(cat, s)
	}
	var out []string
	if it.Level != "" {
		out = append(out, cat.T("board.carried_by", from, c.Item, cat.Level(it.Level)))
	} else {
		out = append(out, cat.T("board.carried", from, c.Item))
	}
	for _, p := range c.Positions {
		pos := session.Position{Level: facilitation.Level(p.Level), Stance: p.Stance, Reason: p.Reason}
		out = append(out, "  "+cat.T("carry.last_position_board", m.positionWords(pos.Level, pos)))
	}
	return out
}
