package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/redact"
)

// View: title, counts, the list, the selected candidate in its sentence,
// the status and the keys.
func (r *reviewScreen) View() string {
	if r.c.tooSmall() {
		return viewTooSmall(r.c)
	}
	w, h := r.c.width, r.c.height
	st := r.c.st
	title := r.c.cat.T("review.title", r.j.saved.Plan.Title)
	lines := []string{st.Title.Render(fit(title, w)), st.Rule.Render(strings.Repeat("─", w))}
	if r.prompt != nil {
		lines = append(lines, splitLines(r.prompt.View(nil, w, h-2))...)
		return strings.Join(block(lines, w, h), "\n")
	}
	r.help.Width = w
	footer := r.help.ShortHelpView(r.keys.ShortHelp())
	if r.full {
		footer = r.help.FullHelpView(r.keys.FullHelp())
	}
	foot := splitLines(footer)
	for i := range foot {
		foot[i] = fit(foot[i], w)
	}
	status := st.Faint.Render(fit(r.c.cat.T("review.hint"), w))
	if r.status != "" {
		status = st.StatusOK.Render(fit(r.status, w))
		if r.bad {
			status = st.StatusErr.Render(fit(r.status, w))
		}
	}
	if r.listSeq < 0 {
		lines = append(lines, st.Subtle.Render(r.c.cat.T("review.loading")))
		return strings.Join(append(block(lines, w, h-len(foot)), foot...), "\n")
	}
	lines = append(lines, fit(r.c.cat.T("review.counts", r.list.Certain, len(r.list.Items), r.list.Unreviewed()), w), "")
	context := r.context(w)
	rows := h - len(lines) - len(context) - 2 - len(foot)
	if len(r.list.Items) == 0 {
		lines = append(lines, st.Subtle.Render(fit(r.c.cat.T("review.none"), w)))
	} else {
		lines = append(lines, r.rows(w, max(rows, 1))...)
	}
	lines = block(lines, w, h-len(context)-2-len(foot))
	lines = append(lines, st.Rule.Render(strings.Repeat("─", w)))
	lines = append(lines, context...)
	lines = append(lines, status)
	return strings.Join(append(block(lines, w, h-len(foot)), foot...), "\n")
}

// rows draws the visible part of the list, the cursor kept in view.
func (r *reviewScreen) rows(w, n int) []string {
	items := r.list.Items
	top := 0
	if r.cursor >= n {
		top = r.cursor - n + 1
	}
	whereW, whyW, stateW := 16, 22, 22
	termW := max(12, min(30, w-2-whereW-whyW-stateW-3))
	var out []string
	for i := top; i < len(items) && i < top+n; i++ {
		f := items[i]
		mark := "  "
		if i == r.cursor {
			mark = "> "
		}
		state := r.stateWord(f)
		line := mark + fit(r.where(f.Where), whereW) + " " + fit(f.Term(), termW) + " " +
			fit(r.c.cat.T("review.reason."+string(f.Candidate.Reason)), whyW) + " " + state
		line = fit(line, w)
		switch {
		case i == r.cursor:
			line = r.c.st.Selected.Render(line)
		case f.By == redact.Unreviewed:
			line = r.c.st.Warn.Render(line)
		}
		out = append(out, line)
	}
	return out
}

func (r *reviewScreen) stateWord(f session.Found) string {
	switch f.By {
	case redact.ByOccurrence, redact.ByEverywhere:
		d := redact.Keep
		if f.Redacted {
			d = redact.Redact
		}
		return r.c.cat.T("review.state." + string(f.By) + "." + string(d))
	case redact.ByPlan:
		return r.c.cat.T("review.state.plan")
	}
	return r.c.cat.T("review.state.unreviewed")
}

// where names a text for people: "turn 12", "reason, item 3".
func (r *reviewScreen) where(place string) string { return session.DescribePlace(r.c.cat, place) }

// context is the selected candidate in its sentence, on up to three lines,
// the candidate between ‹ ›.
func (r *reviewScreen) context(w int) []string {
	if r.cursor >= len(r.list.Items) {
		return []string{"", "", ""}
	}
	f := r.list.Items[r.cursor]
	c := f.Candidate
	before, after := sentenceAround(f.Text, c.Start, c.End)
	text := before + "‹" + r.c.st.Bold.Render(f.Text[c.Start:c.End]) + "›" + after
	wrapped := splitLines(lipgloss.NewStyle().Width(w - 2).Render(text))
	if len(wrapped) > 3 {
		wrapped = append(wrapped[:2:2], fit(wrapped[2]+" …", w-2))
	}
	out := []string{}
	for _, l := range wrapped {
		out = append(out, "  "+l)
	}
	for len(out) < 3 {
		out = append(out, "")
	}
	return out
}

// sentenceAround cuts text to the sentence holding [start, end).
func sentenceAround(text string, start, end int) (before, after string) {
	from := strings.LastIndexAny(text[:start], ".!?;") + 1
	to := strings.IndexAny(text[end:], ".!?;")
	if to < 0 {
		to = len(text)
	} else {
		to += end + 1
	}
	return strings.TrimLeft(text[from:start], " "), text[end:to]
}
