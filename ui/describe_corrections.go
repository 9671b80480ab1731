package ui

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// describeCorrection says what a corrected event changes, in the words the
// turns list and the board use ("turn 3 given to Amani Kahindo"). It finds
// the event corrected in s: in the live screen the state before it, in the
// replay the state right after it; either knows the original.
func describeCorrection(cat *i18n.Catalog, s *session.State, e session.Event) string {
	var orig session.Event
	found := false
	for _, c := range s.Corrections {
		if c.Original.Seq == e.Corrects {
			orig, found = c.Original, true
		}
	}
	turn := 0
	for _, t := range s.Turns {
		if t.StartSeq == e.Corrects {
			turn, found = t.Number, true
		}
	}
	if !found {
		return cat.T("ev.corrected")
	}
	switch {
	case turn > 0 && e.Correction == session.CorrReassign:
		name := e.Participant
		if p := s.Person(e.Participant); p != nil {
			name = p.Name
		}
		return cat.T("corr.desc.reassign", turn, name)
	case turn > 0 && e.Correction == session.CorrAdjust && e.CountedMs != nil:
		return cat.T("corr.desc.adjust", turn, i18n.Clock(time.Duration(*e.CountedMs)*time.Millisecond))
	case turn > 0 && e.Correction == session.CorrRequest:
		return cat.T("corr.desc.request", turn, cat.Request(facilitation.RequestKind(e.Request)))
	case turn > 0:
		return cat.T("corr.desc.void", turn)
	}
	for _, it := range s.Items {
		if it.Seq == e.Corrects {
			return cat.T("corr.desc.item", it.Number)
		}
	}
	switch orig.Type {
	case session.PositionRecorded:
		return cat.T("corr.desc.position", cat.Level(facilitation.Level(orig.Level)), orig.Item)
	case session.ActionAgreed:
		if orig.Action != nil {
			return cat.T("corr.desc.action", oneLine(orig.Action.What))
		}
	}
	return cat.T("ev.corrected")
}
