package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// View lays the room view out at any size from 80×24 to 200×60: the
// header of the live screen, the floor with the clock in big digits, then
// the queue by level and kind beside the balance bars.
func (r *Room) View() string {
	c := r.c
	if c.tooSmall() {
		return viewTooSmall(c)
	}
	w, h := c.width, c.height
	s := r.state
	if s == nil {
		return strings.Join(block([]string{c.st.Subtle.Render(c.cat.T("room.waiting"))}, w, h), "\n")
	}
	now := c.now()
	header := (&Live{c: c}).viewHeader(s, now, w) // the live screen's own header
	footer := []string{r.viewFooter(w)}
	floor := r.viewFloor(s, now, w, h)
	restH := max(h-len(header)-len(floor)-len(footer), 1)
	rw := max(34, w*2/5)
	lw := w - rw - 3
	bottom := besides(block(r.viewQueue(s, lw, restH), lw, restH), block(r.viewBalance(s, now, rw), rw, restH), c.st.Rule.Render(" │ "))
	lines := append(append(append(header, floor...), bottom...), footer...)
	return strings.Join(block(lines, w, h), "\n")
}

// clockScale is the big digits' size: at most half the height, leaving
// the queue and the balance seven lines, the widest clock within the width.
func clockScale(w, h int) int {
	return max(1, min(h/2/5, (h-14)/5, (w-2)/bigWidth("0:00:00", 1)))
}

// viewFloor: who has the floor (their level; their name unless the
// session is anonymous), their clock in big digits, and the limit in words.
func (r *Room) viewFloor(s *session.State, now time.Time, w, h int) []string {
	st, cat := r.c.st, r.c.cat
	t := s.Current
	if t == nil {
		lines := []string{st.PanelTitle.Render(cat.T("live.floor")), st.Subtle.Render(cat.T("live.floor_empty"))}
		return append(lines, st.Rule.Render(strings.Repeat("─", w)))
	}
	p := s.Person(t.Participant)
	who := cat.Level(p.Level)
	if !s.Plan.Anonymous {
		who = st.Bold.Render(p.Name) + " · " + who
	}
	for _, extra := range []string{kindNote(cat, t.Request), onIf(t.Interpreting, cat.T("live.interpreting")), onIf(t.OffRecord, cat.T("live.off_record"))} {
		if extra != "" {
			who += "  " + extra
		}
	}
	elapsed, limit := t.Speaking.Elapsed(now), turnLimit(s, t)
	form, text, words := formCalm, i18n.Clock(elapsed), ""
	if limit > 0 {
		words = cat.T("room.limit", i18n.Clock(limit))
		switch {
		case elapsed > limit:
			form, text = formOver, "+"+i18n.Clock(elapsed-limit)
			words = st.Bad.Render("■ " + cat.T("live.limit_over", i18n.Clock(elapsed-limit)))
		case float64(elapsed) >= nearLimit*float64(limit):
			form = formNear
			words = st.Warn.Render("▲ " + cat.T("room.limit_near", i18n.Clock(limit-elapsed)))
		}
	}
	lines := []string{spread(st.PanelTitle.Render(cat.T("live.floor"))+"  "+who, words, w)}
	k := clockScale(w, h)
	pad := strings.Repeat(" ", max((w-bigWidth(text, k))/2, 0))
	style := st.Bold
	switch form {
	case formNear:
		style = st.Warn
	case formOver:
		style = st.Bad
	}
	for _, l := range bigText(text, k, form) {
		lines = append(lines, pad+style.Render(l))
	}
	return append(lines, st.Rule.Render(strings.Repeat("─", w)))
}

// viewQueue: how many wait at each level, how many of each special kind
// of request, then the next ones in the order the floor will go.
func (r *Room) viewQueue(s *session.State, w, h int) []string {
	st, cat := r.c.st, r.c.cat
	arranged := s.Arranged()
	lines := []string{st.PanelTitle.Render(cat.T("room.queue", len(arranged)))}
	byLevel := map[facilitation.Level]int{}
	byKind := map[facilitation.RequestKind]int{}
	for _, wt := range arranged {
		byLevel[wt.Level]++
		byKind[wt.Kind]++
	}
	labelW := 0
	for _, l := range facilitation.Levels {
		labelW = max(labelW, lipgloss.Width(cat.Level(l)))
	}
	labelW = min(labelW, w/2)
	for _, l := range facilitation.Levels {
		n := byLevel[l]
		dots := strings.Repeat("● ", min(n, max((w-labelW-6)/2, 1)))
		lines = append(lines, fmt.Sprintf("%s %2d %s", fit(cat.Level(l), labelW), n, dots))
	}
	var kinds []string
	for _, k := range []facilitation.RequestKind{facilitation.RequestOrder, facilitation.RequestReply, facilitation.RequestClarify} {
		if byKind[k] > 0 {
			kinds = append(kinds, fmt.Sprintf("%s %d", cat.Request(k), byKind[k]))
		}
	}
	if len(kinds) > 0 {
		lines = append(lines, st.Warn.Render(strings.Join(kinds, " · ")))
	}
	if len(arranged) == 0 {
		return append(lines, st.Subtle.Render(cat.T("room.nobody_waiting")))
	}
	lines = append(lines, st.Subtle.Render(cat.T("room.next")))
	for i, wt := range arranged {
		if len(lines) >= h {
			break
		}
		line := fmt.Sprintf("%d %s", i+1, st.Badge.Render(cat.LevelBadge(wt.Level)))
		if !s.Plan.Anonymous {
			line += " " + s.Person(wt.ID).Name
		}
		if k := kindNote(cat, wt.Kind); k != "" {
			line += " " + k
		}
		lines = append(lines, line)
	}
	return lines
}

// viewBalance: each level's, women's and youth's share of speaking time
// against their share of the people present, as bars with figures.
func (r *Room) viewBalance(s *session.State, now time.Time, w int) []string {
	st, cat := r.c.st, r.c.cat
	b := s.Balance(now)
	lines := []string{st.PanelTitle.Render(cat.T("live.balance"))}
	labelW := min(max(lipgloss.Width(cat.T("live.women")), lipgloss.Width(cat.T("live.youth"))), 14)
	for _, l := range facilitation.Levels {
		labelW = min(max(labelW, lipgloss.Width(cat.Level(l))), 14)
	}
	row := func(label string, sh session.Share) string {
		tp, pp := share(float64(sh.Spoken), float64(b.Total)), share(float64(sh.Present), float64(b.Present))
		nums := cat.Percent(tp, 100) + "/" + cat.Percent(pp, 100)
		numsW := lipgloss.Width(cat.Percent(100, 100) + "/" + cat.Percent(100, 100))
		barW := max(w-labelW-numsW-2, 3)
		return fit(label, labelW) + " " + bar(tp, barW) + " " + strings.Repeat(" ", max(numsW-lipgloss.Width(nums), 0)) + nums
	}
	for _, l := range facilitation.Levels {
		lines = append(lines, row(cat.Level(l), b.Levels[l]))
	}
	return append(lines, row(cat.T("live.women"), b.Women), row(cat.T("live.youth"), b.Youth))
}

// viewFooter: that this screen only reads, and a read failure if any.
func (r *Room) viewFooter(w int) string {
	st, cat := r.c.st, r.c.cat
	if r.err != nil {
		return st.StatusErr.Render(fit(cat.T("room.read_failed", r.c.sayErr(r.err)), w))
	}
	return st.Faint.Render(fit(cat.T("room.footer"), w))
}
