package ui

import (
	"fmt"
	"strings"
)

// View lists the sessions, newest first, with their state in words.
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
	switch {
	case h.prompt != nil:
		body = splitLines(h.prompt.View(nil, w, bodyH))
	case !h.loaded:
		body = []string{st.Subtle.Render(cat.T("home.loading"))}
	case len(h.list) == 0:
		body = []string{st.Subtle.Render(cat.T("home.empty"))}
	default:
		detail := h.viewSelected(w)
		rows := bodyH - len(detail) - 1
		if rows < 3 { // no room: the list first
			detail, rows = nil, bodyH
		}
		body = h.viewList(w, rows)
		if detail != nil {
			body = append(append(body, ""), detail...)
		}
	}
	if h.status != "" && h.prompt == nil {
		style := st.Subtle
		if h.problem {
			style = st.StatusErr
		}
		body = append(body, "")
		// Messages can be long (paths, lock holders): wrap, never cut.
		body = append(body, splitLines(style.Width(w).Render(h.status))...)
	}
	lines = append(lines, block(body, w, bodyH)...)
	h.help.Width = w
	k := h.keys
	move := keyHelp(h.c.cat, "↑/↓", "review.key.move", "up", "down") // one entry: room for the rest at 80 columns
	lines = append(lines, h.help.ShortHelpView([]keyBinding{move, k.Resume, k.Replay, k.Minutes, k.Review}),
		h.help.ShortHelpView([]keyBinding{k.Demo, k.Plan, k.Refresh, k.Quit}))
	return strings.Join(block(lines, w, c.height), "\n")
}

// viewList draws the rows that fit, keeping the cursor visible.
func (h *Home) viewList(w, rows int) []string {
	st, cat := h.c.st, h.c.cat
	first := max(0, h.cursor-rows+1)
	var out []string
	for i := first; i < len(h.list) && len(out) < rows; i++ {
		s := h.list[i]
		state := cat.T("home.closed")
		if s.Open {
			state = cat.T("home.open")
		}
		right := fmt.Sprintf("%s · %s · %s · %s", s.Date, cat.N("home.people", s.Participants, s.Participants), cat.N("home.turns", s.Turns, s.Turns), state)
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
			title, right = s.ID, st.StatusErr.Render(cat.T("home.unreadable", s.Err.Error()))
		}
		mark := "  "
		if i == h.cursor {
			mark = "› "
		}
		line := spread(mark+title, right, w)
		if i == h.cursor {
			line = st.Selected.Render(line)
		}
		out = append(out, line)
	}
	return out
}

// viewSelected says which session the cursor is on: its id, when it
// started, and the session it follows or that follows it. That is what
// tells apart two sessions run from the same plan.
func (h *Home) viewSelected(w int) []string {
	if h.cursor >= len(h.list) || h.list[h.cursor].Err != nil {
		return nil
	}
	if h.list[h.cursor].Sealed {
		return splitLines(h.c.st.Faint.Width(w).Render(h.list[h.cursor].ID + "\n" + h.c.cat.T("home.sealed_help")))
	}
	s, cat := h.list[h.cursor], h.c.cat
	started := s.StartedAt.Local()
	parts := []string{cat.T("home.started", cat.Date(started), started.Format("15:04"))}
	if s.Follows != "" {
		parts = append(parts, cat.T("home.follows", s.Follows))
	}
	if n := len(s.FollowedBy); n > 0 {
		parts = append(parts, cat.T("home.followed_by", s.FollowedBy[n-1]))
	}
	return splitLines(h.c.st.Faint.Width(w).Render(s.ID + "\n" + strings.Join(parts, "\n")))
}
