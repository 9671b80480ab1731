package htmlminutes_test

import (
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
	"github.com/baraza-app/baraza/session/htmlminutes"
)

// longSession is the demo's plan with 10,000 turns in one round (the same
// session as session's BenchmarkExport10kTurns).
func longSession(b *testing.B) *session.State {
	events := demorec.Events()[:1]
	at := events[0].At
	events = append(events, session.Event{Type: session.RoundStarted, Round: 1})
	for i := 1; i <= 10000; i++ {
		id := session.ParticipantID(i % 15)
		events = append(events, session.Event{Type: session.TurnStarted, Turn: i, Participant: id},
			session.Event{Type: session.TurnEnded, Turn: i, Note: "Speaks of water, land & the <market> road"})
	}
	for i := range events {
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), at.Add(time.Duration(i)*20*time.Second)
	}
	st, err := session.Fold(events)
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkHTML10kTurns: baraza export --format html of 10,000 turns,
// minutes built and rendered (go test ./session/htmlminutes -run '^$' -bench . -benchmem).
func BenchmarkHTML10kTurns(b *testing.B) {
	st := longSession(b)
	for _, anon := range []bool{false, true} {
		name := "html"
		if anon {
			name = "html-anonymous"
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				m := session.BuildMinutes(st, session.MinutesOptions{Anonymous: anon, Location: time.UTC})
				if _, err := htmlminutes.Render(m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("render-only", func(b *testing.B) {
		m := session.BuildMinutes(st, session.MinutesOptions{Location: time.UTC})
		for i := 0; i < b.N; i++ {
			if _, err := htmlminutes.Render(m); err != nil {
				b.Fatal(err)
			}
		}
	})
}
