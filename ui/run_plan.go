package ui

import (
	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// levelNamer gives the plan's own level names to the catalog.
type levelNamer interface {
	levelNames() map[facilitation.Level]string
}

// planInfo reads what the screens need from the plan embedded in a log.
type planInfo struct{ rec *session.PlanRecord }

func (p planInfo) language() string {
	if p.rec == nil {
		return "en"
	}
	return p.rec.Language
}

func (p planInfo) levelNames() map[facilitation.Level]string {
	return p.rec.LevelNamesMap()
}
