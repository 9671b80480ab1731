package ui

import (
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// describe says in words what an event records, for the status line when it
// could not be saved: the user must know which action is at risk.
func describe(cat *i18n.Catalog, s *session.State, e session.Event) string {
	name := e.Participant
	if p := s.Person(e.Participant); p != nil {
		name = p.Name
	}
	switch e.Type {
	case session.TurnStarted, session.SpeakerQueued, session.SpeakerRemoved, session.SpeakerMoved, session.AttendanceMarked:
		return cat.T("ev."+string(e.Type), name)
	case session.RoundStarted, session.RoundEnded:
		return cat.T("ev."+string(e.Type), e.Round)
	case session.TurnEnded, session.TurnNoted, session.TurnOffRecord:
		return cat.T("ev."+string(e.Type), e.Turn)
	case session.RedactionDecided:
		if x := e.Redaction; x != nil {
			return cat.T("ev."+string(e.Type), x.Term, cat.T("review.state."+x.Scope+"."+x.Decision))
		}
	case session.Corrected:
		return describeCorrection(cat, s, e)
	case session.RedactionTermAdded:
		return cat.T("ev."+string(e.Type), e.Text)
	case session.ParticipantAdded:
		if e.Person != nil {
			name = e.Person.Name
		}
		return cat.T("ev."+string(e.Type), name)
	}
	return cat.T("ev." + string(e.Type))
}
