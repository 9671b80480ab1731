package ui

import (
	"slices"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// readBackLinesCache keeps the read-out wrapped for one state and width:
// View runs on every tick, the read-out changes only with the record.
type readBackLinesCache struct {
	st    *session.State
	seq   int64
	width int
	lines []string
}

// View: the read-out, scrolled, above each level's answer, which always shows.
func (r *readBack) View(st *session.State, width, height int) string {
	if r.sub != nil {
		return r.sub.View(st, width, height)
	}
	c := r.c
	iw, ih := dialogInner(c, width), dialogRows(c, height)
	if iw < 1 || ih < 1 {
		return ""
	}
	answers := r.answerLines(st, iw)
	title := c.st.Title.Render(fit(c.cat.T("readback.title")+" · "+st.Plan.Title, iw))
	rows := max(ih-len(answers)-1, 1)
	body := r.readOut(st, iw)
	r.top = max(0, min(r.top, len(body)-rows))
	shown := slices.Clone(body[r.top:min(len(body), r.top+rows)]) // the cache stays whole
	if more := len(body) - r.top - rows; more > 0 && len(shown) > 0 {
		shown[len(shown)-1] = c.st.Faint.Render(c.cat.T("dlg.more", more))
	}
	lines := append([]string{title}, shown...)
	for len(lines) < ih-len(answers) {
		lines = append(lines, "")
	}
	return dialogBox(c, append(lines, answers...), width, height)
}

// answerLines: a rule, then one row per level with its answer in words.
func (r *readBack) answerLines(st *session.State, w int) []string {
	c, cat := r.c, r.c.cat
	out := []string{c.st.Rule.Render(strings.Repeat("─", w)), c.st.Bold.Render(cat.T("readback.answers"))}
	nameW := 0
	for _, l := range facilitation.Levels {
		nameW = max(nameW, len([]rune(cat.Level(l))))
	}
	for i, l := range facilitation.Levels {
		word := c.st.Faint.Render(cat.T("readback.pending"))
		if a, ok := st.ReadBack[l]; ok {
			switch {
			case a.Approved && a.Reason != "":
				word = "√ " + cat.T("readback.with_remarks", oneLine(a.Reason))
			case a.Approved:
				word = "√ " + cat.T("readback.yes")
			case a.Reason != "":
				word = c.st.Warn.Render("× " + cat.T("readback.refused_why", oneLine(a.Reason)))
			default:
				word = c.st.Warn.Render("× " + cat.T("readback.no"))
			}
		}
		out = append(out, selectRow(c, fit(cat.Level(l), nameW)+"  "+word, i == r.level, w))
	}
	return out
}

// readOut is what is read aloud: agreed items, items without consensus,
// deferred items (each with every level's position), then the actions.
func (r *readBack) readOut(st *session.State, w int) []string {
	k := &r.cache
	if k.st == st && k.seq == st.Seq && k.width == w && k.lines != nil {
		return k.lines
	}
	c, cat := r.c, r.c.cat
	var agreed, none, deferred []*session.Item
	for _, it := range st.LiveItems() {
		switch statusAtClose(st, it) {
		case facilitation.StatusAgreed, facilitation.StatusAgreedWithReservations:
			agreed = append(agreed, it)
		case facilitation.StatusDeferred:
			deferred = append(deferred, it)
		default:
			none = append(none, it)
		}
	}
	lines := wrapText(c.st.Faint.Render(cat.T("readback.intro")), w)
	section := func(title string, items []*session.Item) {
		lines = append(lines, "", c.st.PanelTitle.Render(title))
		if len(items) == 0 {
			lines = append(lines, "  "+c.st.Faint.Render(cat.T("readback.none")))
		}
		for _, it := range items {
			head := c.st.Bold.Render(cat.T("readback.item", it.Number, oneLine(it.Text))) + " " +
				cat.T("readback.item_status", cat.T("min.status."+string(statusAtClose(st, it))))
			lines = append(lines, wrapText(head, w)...)
			for _, l := range r.positions(st, it) {
				lines = append(lines, indent(wrapText(l, w-4), "    ")...)
			}
		}
	}
	section(cat.T("readback.agreed"), agreed)
	section(cat.T("readback.no_consensus"), none)
	section(cat.T("readback.deferred"), deferred)
	lines = append(lines, "", c.st.PanelTitle.Render(cat.T("readback.actions")))
	n := 0
	for _, a := range st.Actions {
		if a.Retracted || a.Carried != nil {
			continue
		}
		n++
		line := "• " + cat.T("readback.action_line", oneLine(a.What), dash(a.Who), dash(a.With), dash(horizonWord(cat.T, a.When)))
		lines = append(lines, indent(wrapText(line, w-2), "  ")...)
	}
	if n == 0 {
		lines = append(lines, "  "+c.st.Faint.Render(cat.T("readback.no_actions")))
	}
	*k = readBackLinesCache{st: st, seq: st.Seq, width: w, lines: lines}
	return lines
}

// positions: each level's stance in words, with its reason, in level order.
func (r *readBack) positions(st *session.State, it *session.Item) []string {
	cat := r.c.cat
	scale := st.Plan.ConsensusScale
	var out []string
	for _, l := range facilitation.Levels {
		p, ok := it.Positions[l]
		switch {
		case !ok:
			out = append(out, r.c.st.Faint.Render("· "+cat.T("readback.no_position", cat.Level(l))))
		case p.Reason != "":
			out = append(out, stanceSymbol(scale, facilitation.Stance(p.Stance))+" "+
				cat.T("readback.position_why", cat.Level(l), cat.T("board.long."+p.Stance), oneLine(p.Reason)))
		default:
			out = append(out, stanceSymbol(scale, facilitation.Stance(p.Stance))+" "+
				cat.T("readback.position", cat.Level(l), cat.T("board.long."+p.Stance)))
		}
	}
	return out
}

// statusAtClose is the status an item will have once the session closes:
// what the room approves (an open item then has no consensus).
func statusAtClose(st *session.State, it *session.Item) facilitation.ItemStatus {
	stances := make(map[facilitation.Level]facilitation.Stance, len(it.Positions))
	for l, p := range it.Positions {
		stances[l] = facilitation.Stance(p.Stance)
	}
	return facilitation.DeriveStatus(st.Plan.ConsensusScale, stances, it.Deferred, true)
}

// horizonWord names a short/medium/long horizon in words; a date stays.
func horizonWord(t func(string, ...any) string, when string) string {
	switch when {
	case facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong:
		return t("min.horizon." + when)
	}
	return when
}

func indent(lines []string, pad string) []string {
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return lines
}
