package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
)

// View lists the sessions by series, newest first, with their state in
// words, and what the selected session's series shows over time.
func (h *Home) View() string {
	c := h.c
	if c.tooSmall() {
		return viewTooSmall(c)
	}
	st, cat, w := c.st, c.cat, c.width
	lines := []string{
		spread(st.Title.Render(cat.T("home.title")), st.Faint.Render(cat.T("home.data", h.archive.Dir)), w),
		st.Rule.Render(strings.Repeat("─", w)),
	}
	footerH := 2
	bodyH := c.height - len(lines) - footerH
	var body []string
	if h.filterShown() && h.unlock == nil && h.prompt == nil {
		h.filter.input.Width = max(1, w-30)
		total := len(h.list)
		if !h.demos {
			total -= h.layout.demos
		}
		count := st.Faint.Render(cat.T("home.filter.count", len(h.layout.order), total))
		body = append(body, spread(h.filter.input.View(), count, w))
		bodyH--
	}
	var status []string // room is kept for it: it says what just failed
	if h.status != "" && h.prompt == nil && h.unlock == nil {
		style := st.Subtle
		if h.problem {
			style = st.StatusErr
		}
		// Messages can be long (paths, lock holders): wrap, never cut.
		status = splitLines(style.Width(w).Render(h.status))
		bodyH = max(1, bodyH-len(status)-1)
	}
	switch {
	case h.unlock != nil:
		body = splitLines(h.unlock.view(c, w, bodyH))
	case h.prompt != nil:
		body = splitLines(h.prompt.View(nil, w, bodyH))
	case !h.loaded:
		body = []string{st.Subtle.Render(cat.T("home.loading"))}
	case len(h.list) == 0:
		body = []string{st.Subtle.Render(cat.T("home.empty"))}
	case len(h.layout.order) == 0 && h.filter.value() == "": // demos only, hidden
		body = append(splitLines(st.Subtle.Width(w).Render(cat.T("home.only_demos"))), "", h.viewDemos(w))
	case len(h.layout.order) == 0:
		body = append(body, st.Subtle.Render(cat.T("home.filter.none")))
		if h.layout.demos > 0 && !h.demos {
			body = append(body, "", h.viewDemos(w))
		}
	default:
		detail := h.viewSelected(w)
		var demos []string
		if h.layout.demos > 0 {
			demos = []string{h.viewDemos(w)}
		}
		rows := bodyH - len(detail) - 1 - len(demos)
		if rows < 3 { // no room: the list first
			detail, rows = nil, bodyH-len(demos)
		}
		body = append(body, h.viewList(w, rows)...)
		body = append(body, demos...)
		if detail != nil {
			body = append(append(body, ""), detail...)
		}
	}
	if status != nil {
		body = append(append(block(body, w, bodyH), ""), status...)
	}
	lines = append(lines, block(body, w, c.height-len(lines)-footerH)...)
	h.help.Width = w
	k := h.keys
	move := keyHelp(h.c.cat, "↑/↓", "review.key.move", "up", "down") // one entry: room for the rest at 80 columns
	if h.unlock != nil {                                             // its keys are in its box: the list's are not live
		lines = append(lines, "", "")
	} else {
		second := []keyBinding{k.Filter, k.Demo, k.Plan, k.Refresh, k.Quit}
		if h.layout.demos > 0 { // the key that shows them, only when there are some
			demos := k.Demos
			if h.demos {
				demos.SetHelp("h", cat.T("home.key.demos_hide"))
			}
			second = slices.Insert(second, 2, demos)
		}
		lines = append(lines, h.help.ShortHelpView([]keyBinding{move, k.Resume, k.Replay, k.Minutes, k.Review}),
			h.help.ShortHelpView(second))
	}
	return strings.Join(block(lines, w, c.height), "\n")
}

// viewDemos says how many demo sessions the list hides, or shows, and the
// key that changes it.
func (h *Home) viewDemos(w int) string {
	n, msg := h.layout.demos, "home.demos_hidden"
	if h.demos {
		msg = "home.demos_shown"
	}
	return h.c.st.Faint.Render(fit(h.c.cat.N(msg, n, n), w))
}

// listRow is one line of the list: a series header, or a session (its
// place in the cursor's order).
type listRow struct {
	group, pos int // pos is -1 on a header
}

// rows lays the list out line by line; it holds numbers only, so that
// only the lines on screen are drawn.
func (l homeLayout) rows() (rows []listRow, rowOf []int) {
	rowOf = make([]int, len(l.order))
	for pos, g := range l.groupOf {
		if l.headers && (pos == 0 || l.groupOf[pos-1] != g) {
			rows = append(rows, listRow{group: g, pos: -1})
		}
		rowOf[pos] = len(rows)
		rows = append(rows, listRow{group: g, pos: pos})
	}
	return rows, rowOf
}

// viewList draws the rows that fit, keeping the cursor visible.
func (h *Home) viewList(w, height int) []string {
	rows, rowOf := h.layout.rows()
	first := max(0, rowOf[h.cursor]-height+1)
	var out []string
	for r := first; r < len(rows) && len(out) < height; r++ {
		if rows[r].pos < 0 {
			out = append(out, h.viewHeader(h.layout.groups[rows[r].group], w))
			continue
		}
		out = append(out, h.viewRow(rows[r].pos, w))
	}
	return out
}

// viewHeader names a series, its sites, its sessions and its open actions.
func (h *Home) viewHeader(g homeGroup, w int) string {
	cat := h.c.cat
	name := g.series
	if name == "" {
		name = cat.T("home.no_series")
	}
	parts := []string{name}
	if len(g.sites) > 0 {
		parts = append(parts, strings.Join(g.sites, ", "))
	}
	parts = append(parts, cat.N("home.sessions", len(g.members), len(g.members)))
	if g.open > 0 {
		parts = append(parts, cat.N("home.open_actions", g.open, g.open))
	}
	return h.c.st.Title.Render(fit("▌"+strings.Join(parts, " · "), w))
}

// viewRow draws one session.
func (h *Home) viewRow(pos, w int) string {
	st, cat := h.c.st, h.c.cat
	s := h.list[h.layout.order[pos]]
	state := cat.T("home.closed")
	if s.Open {
		state = cat.T("home.open")
	}
	if s.Demo {
		state = cat.T("home.demo_state", state)
	}
	right := fmt.Sprintf("%s · %s · %s · %s", s.RanOn(), cat.N("home.people", s.Participants, s.Participants), cat.N("home.turns", s.Turns, s.Turns), state)
	if s.Site != "" {
		right = s.Site + " · " + right
	}
	title := s.Title
	if s.Follows != "" {
		title = "└ " + title // a follow-up: its earlier session is named below when selected
	}
	if s.Sealed {
		title, right = s.Title, cat.T("home.sealed")
		if title == "" {
			title = cat.T("home.sealed_hidden", s.ID)
		} else if s.Date != "" {
			right = s.Date + " · " + right
		}
	}
	if s.Err != nil {
		title, right = s.ID, st.StatusErr.Render(cat.T("home.unreadable", h.say(s.Err)))
	}
	mark := "  "
	if pos == h.cursor {
		mark = "› "
	}
	if h.layout.headers {
		mark = " " + mark
	}
	line := spread(mark+title, right, w)
	if pos == h.cursor {
		line = st.Selected.Render(line)
	}
	return line
}

// viewSelected says which session the cursor is on: its id, when it
// started, and the session it follows or that follows it. That is what
// tells apart two sessions run from the same plan. Below, its series'
// trends.
func (h *Home) viewSelected(w int) []string {
	s, ok := h.selected()
	if !ok || s.Err != nil {
		return nil
	}
	faint := h.c.st.Faint.Width(w)
	if s.Sealed {
		return splitLines(faint.Render(s.ID + "\n" + h.c.cat.T("home.sealed_help")))
	}
	cat := h.c.cat
	started := s.StartedAt.Local()
	parts := []string{cat.T("home.started", cat.Date(started), started.Format("15:04"))}
	if planned, err := time.Parse(time.DateOnly, s.Date); err == nil && s.Date != s.RanOn() {
		parts[0] += " · " + cat.T("plan.planned_for", cat.Date(planned)) // the minutes say the same
	}
	if s.Follows != "" {
		parts = append(parts, cat.T("home.follows", h.sessionLabel(s.Follows)))
	}
	if n := len(s.FollowedBy); n > 0 {
		parts = append(parts, cat.T("home.followed_by", s.FollowedBy[n-1]))
	}
	out := splitLines(faint.Render(s.ID + "\n" + strings.Join(parts, "\n")))
	if len(s.Conflicts) > 0 { // a shared archive: two computers changed this session
		out = append(out, splitLines(h.c.st.Warn.Width(w).Render(cat.T("home.conflicts", strings.Join(s.Conflicts, ", "))))...)
	}
	return append(out, h.viewTrend(h.layout.groups[h.layout.groupOf[h.cursor]], w)...)
}

// trendPoints is how many sessions a sparkline shows, the latest.
const trendPoints = 12

// viewTrend draws a series' shares of speaking time as sparklines, oldest
// session first, with the first and last values.
func (h *Home) viewTrend(g homeGroup, w int) []string {
	if g.series == "" || len(g.trend[0]) == 0 {
		return nil
	}
	st, cat := h.c.st, h.c.cat
	n := len(g.trend[0])
	title := cat.T("home.trend", g.series, min(n, trendPoints))
	if n == 1 {
		title = cat.T("home.trend_one", g.series)
	}
	out := []string{"", st.Subtle.Render(fit(title, w))}
	var cells []string
	for k, values := range g.trend {
		v := values[max(0, n-trendPoints):]
		cells = append(cells, fmt.Sprintf("%s %s %s → %s", shareName(k, cat), sparkline(v, trendPoints),
			percent(v[0], cat), percent(v[len(v)-1], cat)))
	}
	line := ""
	for _, cell := range cells { // as many cells a line as fit
		if line != "" && lineWidth(line)+3+lineWidth(cell) > w {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += "   "
		}
		line += cell
	}
	return append(out, line)
}

func lineWidth(s string) int { return lipgloss.Width(s) }

func shareName(k int, cat *i18n.Catalog) string {
	switch k {
	case sessions.ShareWomen:
		return cat.T("rep.women")
	case sessions.ShareYouth:
		return cat.T("rep.youth")
	}
	return cat.Level(facilitation.Levels[k-sessions.ShareCommunity])
}

// percent writes a share as French or English typography wants.
func percent(f float64, cat *i18n.Catalog) string {
	n := int(f*100 + 0.5)
	if cat.Lang() == i18n.FR {
		return fmt.Sprintf("%d\u202f%%", n)
	}
	return fmt.Sprintf("%d%%", n)
}

// sessionLabel names a session of the list by title and date, else by id.
func (h *Home) sessionLabel(id string) string {
	for _, x := range h.list {
		if x.ID == id && x.Title != "" && x.Err == nil {
			if d, err := time.Parse(time.DateOnly, x.RanOn()); err == nil {
				return x.Title + ", " + h.c.cat.Date(d)
			}
			return x.Title
		}
	}
	return id
}
