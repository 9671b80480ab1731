package ui

import (
	"time"

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
	var flag string
	if limit > 0 {
		clock += " / " + i18n.Clock(limit)
		switch {
		case elapsed > limit:
			flag = st.Bad.Render("■ " + cat.T("live.limit_over", i18n.Clock(elapsed-limit)))
		case float64(elapsed) >= nearLimit*float64(limit):
			flag = st.Warn.Render("▲ " + cat.T("live.limit_near"))
		}
	}
	line := "  " + st.Bold.Render(clock)
	for _, extra := range []string{flag, kindNote(cat, t.Request), onIf(t.Interpreting, cat.T("live.interpreting")), onIf(t.OffRecord, cat.T("live.off_record"))} {
		if extra != "" {
			line += "  " + extra
		}
	}
	return []string{title, who, line}
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
