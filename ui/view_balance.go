package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// imbalance is how far (in percentage points) a group's share of speaking
// time may drift from its share of the people present before it is flagged.
const imbalance = 10.0

// flagAfter is how much speaking there must be before imbalance is flagged:
// one person's first minute is not yet a pattern.
const flagAfter = 2 * time.Minute

// viewBalance: each level's, women's and youth's share of speaking time
// against their share of the people present; the round's budgets; who has
// not been heard. Costs O(people), whatever the number of turns.
func (m *Live) viewBalance(s *session.State, now time.Time, w, h int) []string {
	st, cat := m.c.st, m.c.cat
	b := s.Balance(now)
	lines := []string{st.PanelTitle.Render(cat.T("live.balance"))}
	labelW := 0
	for _, l := range facilitation.Levels {
		labelW = max(labelW, lipgloss.Width(cat.Level(l)))
	}
	labelW = min(max(labelW, lipgloss.Width(cat.T("live.women")), lipgloss.Width(cat.T("live.youth"))), 18)
	flagged := b.Total >= flagAfter
	// label is the row's name in lw columns: a level shrinks to a shorter
	// whole name (cat.LevelFit) before anything is cut.
	row := func(label func(lw int) string, sh session.Share) string {
		tp, pp := share(float64(sh.Spoken), float64(b.Total)), share(float64(sh.Present), float64(b.Present))
		flag := "  "
		switch {
		case flagged && tp < pp-imbalance:
			flag = st.Warn.Render("▼ ")
		case flagged && tp > pp+imbalance:
			flag = st.Warn.Render("▲ ")
		}
		nums := cat.Percent(tp, 100) + "/" + cat.Percent(pp, 100) // "39 %" in French: a narrow no-break space, one column
		numsW := lipgloss.Width(cat.Percent(100, 100) + "/" + cat.Percent(100, 100))
		lw, barW := labelW, w-2-labelW-2-numsW // flag, label, spaces, figures
		if barW < 3 {                          // a narrow panel shortens the label, never the figures
			lw, barW = max(lw-(3-barW), 4), 3
		}
		return flag + fit(label(lw), lw) + " " + bar(tp, barW) + " " + strings.Repeat(" ", max(numsW-lipgloss.Width(nums), 0)) + nums
	}
	// In a round for one level, the others are silent by design: flagging
	// levels there would only be noise. Women and youth are flagged always.
	if round, _, ok := s.CurrentRound(); ok && len(round.Levels) < 2 {
		flagged = false
	}
	for _, l := range facilitation.Levels {
		lines = append(lines, row(func(lw int) string { return cat.LevelFit(l, lw) }, b.Levels[l]))
	}
	flagged = b.Total >= flagAfter
	text := func(s string) func(int) string { return func(int) string { return s } }
	lines = append(lines, row(text(cat.T("live.women")), b.Women), row(text(cat.T("live.youth")), b.Youth))
	lines = append(lines, m.viewBudgets(s, now)...)
	lines = append(lines, "")
	heard := s.NotYetHeard()
	if len(heard) == 0 {
		return append(lines, st.Subtle.Render(cat.T("live.all_heard")))
	}
	lines = append(lines, st.PanelTitle.Render(cat.T("live.not_heard", len(heard))))
	return append(lines, wrapNames(heard, w, max(h-len(lines), 1))...)
}

func share(part, whole float64) float64 {
	if whole <= 0 {
		return 0
	}
	return 100 * part / whole
}

// bar draws pct (0-100) as a bar of w cells; the empty part is dotted so the
// bar reads in monochrome too.
func bar(pct float64, w int) string {
	full := int(pct/100*float64(w) + 0.5)
	full = max(0, min(full, w))
	return strings.Repeat("█", full) + strings.Repeat("·", w-full)
}

// viewBudgets: time left of each level's budget in the current round.
func (m *Live) viewBudgets(s *session.State, now time.Time) []string {
	round, _, ok := s.CurrentRound()
	if !ok {
		return nil
	}
	st, cat := m.c.st, m.c.cat
	var lines []string
	for _, l := range round.Levels {
		budget := round.LevelBudget.For(l)
		if budget <= 0 {
			continue // this level has no budget in this round
		}
		left := budget - s.RoundSpoken(l, now)
		v := i18n.Clock(left)
		if left < 0 {
			v = st.Bad.Render("■ " + cat.T("live.budget_over", i18n.Clock(-left)))
		}
		lines = append(lines, "  "+fit(cat.LevelFit(l, 14), 14)+" "+v)
	}
	if lines == nil { // no budget for the levels that speak in this round
		return nil
	}
	return append([]string{"", st.PanelTitle.Render(cat.T("live.budget"))}, lines...)
}

// wrapNames lists names separated by commas over at most h lines of w cells.
func wrapNames(people []*session.Person, w, h int) []string {
	var lines []string
	cur := ""
	for i, p := range people {
		item := p.Name
		if i < len(people)-1 {
			item += ","
		}
		if cur != "" && lipgloss.Width(cur)+1+lipgloss.Width(item) > w {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += item
	}
	lines = append(lines, cur)
	if len(lines) > h {
		lines = append(lines[:h-1], lines[h-1]+" …")
	}
	return lines
}
