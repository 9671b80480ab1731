package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// View: the live screen's header and panels at the replay clock, then the
// timeline, the replay's status and its keys.
func (r *Replay) View() string {
	if r.c.tooSmall() {
		return viewTooSmall(r.c)
	}
	w, h := r.c.width, r.c.height
	now := r.c.now()
	header := r.panels.viewHeader(r.st, now, w)
	footer := append(r.viewTimeline(w), r.viewStatus(w), r.viewHelp(w))
	bodyH := h - len(header) - len(footer)
	var body []string
	switch {
	case r.prompt != nil:
		body = block(splitLines(r.prompt.View(r.st, w, bodyH)), w, bodyH)
	case r.full:
		r.help.Width = w
		body = block(splitLines(r.help.FullHelpView(r.keys.FullHelp())), w, bodyH)
	case r.panels.showBoard:
		body = block(r.panels.viewBoard(w, bodyH), w, bodyH)
	default:
		body = r.panels.viewPanels(w, bodyH)
	}
	return strings.Join(block(append(append(header, body...), footer...), w, h), "\n")
}

// viewTimeline: the bar, the clock and notes under it, and where we are.
func (r *Replay) viewTimeline(w int) []string {
	st := r.c.st
	bar := string(r.bar.sample(w))
	marks := r.bar.marks(w, r.clock, r.notes)
	state := "║"
	if r.playing {
		state = "►"
	}
	where := fmt.Sprintf("%s %d× · %s / %s · %s", state, replaySpeeds[r.speed], clockOf(r),
		i18n.Clock(r.tl.End().Sub(r.tl.Start())), r.c.cat.T("replay.event", r.pos, r.tl.Len()))
	line := st.Bold.Render(where)
	legend := r.c.cat.T("replay.legend")
	if len(r.bar.fixes) > 0 { // said only where there are corrections to see
		legend += " · " + r.c.cat.T("replay.legend_corr")
	}
	if lipgloss.Width(where)+2+lipgloss.Width(legend) <= w {
		line = spread(line, st.Faint.Render(legend), w) // the legend only where it fits
	}
	return []string{st.Rule.Render(strings.Repeat("─", w)), bar, st.Bold.Render(marks), line}
}

// clockOf is the replay clock as time since the session's start.
func clockOf(r *Replay) string { return i18n.Clock(r.clock.Sub(r.tl.Start())) }

func (r *Replay) viewStatus(w int) string {
	switch {
	case r.status != "" && r.bad:
		return r.c.st.StatusErr.Render(fit(r.status, w))
	case r.status != "":
		return r.c.st.Subtle.Render(fit(r.status, w))
	}
	if r.pos > 0 { // a review decision shows at the moment it was made
		e := r.tl.Event(r.pos - 1)
		if e.Type == session.Corrected { // so is a correction, with the state corrected from here on
			return r.c.st.Warn.Render(fit(r.c.cat.T("replay.correction_at", i18n.Clock(r.tl.Time(r.pos-1).Sub(r.tl.Start())), describe(r.c.cat, r.st, e)), w))
		}
		if e.Type == session.RedactionDecided || e.Type == session.RedactionTermAdded {
			return r.c.st.Subtle.Render(fit(i18n.Clock(r.tl.Time(r.pos-1).Sub(r.tl.Start()))+" · "+describe(r.c.cat, r.st, e), w))
		}
	}
	if r.tl.Loading() {
		return r.c.st.Faint.Render(fit(r.c.cat.T("replay.loading", readPercent(r.tl.Progress())), w))
	}
	return r.c.st.Faint.Render(fit(r.c.cat.T("replay.read_only", r.rec.ID), w))
}

func (r *Replay) viewHelp(w int) string {
	r.help.Width = w
	if r.prompt != nil {
		return r.help.ShortHelpView(r.prompt.Help())
	}
	return r.help.ShortHelpView(r.keys.ShortHelp())
}
