package ui

import (
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// nearLimit is the share of the turn limit after which the floor warns.
const nearLimit = 0.8

// viewFloor: who speaks, their level and organisation, their clock against
// the limit. Nearing and passing the limit show in words, not colour alone.
func (m *Live) viewFloor(s *session.State, now time.Time, w int) []string {
	st, cat := m.c.st, m.c.cat
	title := st.PanelTitle.Render(cat.T("live.floor"))
	t := s.Current
	if t == nil {
		next := ""
		if a := s.Arranged(); len(a) > 0 {
			next = cat.T("live.floor_next", m.name(s, a[0].ID))
		}
		return []string{title, st.Subtle.Render(cat.T("live.floor_empty")), next}
	}
	p := s.Person(t.Participant)
	who := st.Bold.Render("► "+p.Name) + " · " + cat.Level(p.Level)
	if org := orgOrRole(p.Participant); org != "" {
		who += " · " + org
	}
	elapsed := t.Speaking.Elapsed(now)
	clock := i18n.Clock(elapsed)
	limit := turnLimit(s, t)
	type indicator struct{ long, short string }
	var marks []indicator
	if limit > 0 {
		clock += " / " + i18n.Clock(limit)
		switch {
		case elapsed > limit:
			over := i18n.Clock(elapsed - limit)
			marks = append(marks, indicator{st.Bad.Render("■ " + cat.T("live.limit_over", over)), st.Bad.Render("■ +" + over)})
		case float64(elapsed) >= nearLimit*float64(limit):
			marks = append(marks, indicator{st.Warn.Render("▲ " + cat.T("live.limit_near")), st.Warn.Render("▲ " + cat.T("live.limit_near.short"))})
		}
	}
	if k := t.Request; k != "" && k != facilitation.RequestSpeak {
		marks = append(marks, indicator{kindNote(cat, k), "[" + cat.T("request.short."+string(k)) + "]"})
	}
	if t.Interpreting {
		marks = append(marks, indicator{cat.T("live.interpreting"), cat.T("live.interpreting.short")})
	}
	if t.OffRecord {
		marks = append(marks, indicator{cat.T("live.off_record"), cat.T("live.off_record.short")})
	}
	// Long forms when they fit; else short forms from the last one back, so
	// that at 80 columns no indicator is cut (issue 16, problem 7).
	forms := make([]string, len(marks))
	for i, mk := range marks {
		forms[i] = mk.long
	}
	line := floorLine(st.Bold.Render(clock), forms)
	for i := len(marks) - 1; i >= 0 && lipgloss.Width(line) > w; i-- {
		forms[i] = marks[i].short
		line = floorLine(st.Bold.Render(clock), forms)
	}
	return []string{title, who, line}
}

// floorLine is the clock and its indicators.
func floorLine(clock string, marks []string) string {
	line := "  " + clock
	for _, m := range marks {
		line += "  " + m
	}
	return line
}

// turnLimit is the limit of the round the turn belongs to, else the plan's.
func turnLimit(s *session.State, t *session.Turn) time.Duration {
	if t.Round >= 1 && t.Round <= len(s.Plan.Rounds) {
		return s.Plan.Rounds[t.Round-1].TurnLimit
	}
	return s.Plan.TurnLimit
}

func orgOrRole(p facilitation.Participant) string {
	if p.Organisation != "" {
		return p.Organisation
	}
	return p.Role
}

// kindNote names a request kind other than an ordinary one.
func kindNote(cat *i18n.Catalog, k facilitation.RequestKind) string {
	if k == facilitation.RequestSpeak || k == "" {
		return ""
	}
	return "[" + cat.Request(k) + "]"
}

func onIf(b bool, s string) string {
	if b {
		return s
	}
	return ""
}

func (m *Live) name(s *session.State, id string) string {
	if p := s.Person(id); p != nil {
		return p.Name
	}
	return id
}
