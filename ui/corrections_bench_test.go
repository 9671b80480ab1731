package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// withCorrections adds n corrections of earlier turns to a bigSession log
// (a quarter each: voids, reassignments, adjusted times, request kinds).
func withCorrections(events []session.Event, people, n int) []session.Event {
	startSeq := func(turn int) int64 { return int64(3 + 2*(turn-1)) } // session_started, round_started, then start/end pairs
	at := events[len(events)-1].At
	for i := 0; i < n; i++ {
		turn := 1 + i/4*4 + i%4 // distinct turns, one correction each
		e := session.Event{Type: session.Corrected, Corrects: startSeq(turn), Reason: "noted in error"}
		switch i % 4 {
		case 0:
			e.Correction = session.CorrVoid
		case 1:
			e.Correction, e.Participant = session.CorrReassign, session.ParticipantID((turn+1)%people)
		case 2:
			ms := int64(30_000)
			e.Correction, e.CountedMs = session.CorrAdjust, &ms
		case 3:
			e.Correction, e.Request = session.CorrRequest, "reply"
		}
		at = at.Add(time.Second)
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), at
		events = append(events, e)
	}
	return events
}

// BenchmarkKeyPressWith500Corrections is BenchmarkKeyPress (Update, the
// write it causes, View; 200 participants, 5,000 turns) on a log that also
// holds 500 corrections: an ordinary key press must not pay for them.
func BenchmarkKeyPressWith500Corrections(b *testing.B) {
	m := benchLiveEvents(b, withCorrections(bigSession(200, 5000), 200, 500))
	if n := len(m.j.saved.Corrections); n != 500 {
		b.Fatalf("%d corrections folded, want 500", n)
	}
	keys := []tea.KeyMsg{keyMsg("down"), keyMsg("p"), keyMsg("up"), keyMsg("p")}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := m.Update(keys[i%len(keys)])
		if cmd != nil {
			if msg, ok := cmd().(eventsWrittenMsg); ok {
				m.Update(msg)
			}
		}
		_ = m.View()
	}
}

// BenchmarkCorrectionRecorded is the key that records a correction (the
// enter of its reason prompt) on the same log: the journal folds the log
// again with it, once for the screen and once when it is saved.
func BenchmarkCorrectionRecorded(b *testing.B) {
	m := benchLiveEvents(b, withCorrections(bigSession(200, 5000), 200, 500))
	seq := m.j.saved.Turns[4000].StartSeq
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ms := int64(10_000 + i%2*10_000)
		cmd := m.correct(correctIntent{Events: []session.Event{{Type: session.Corrected, Corrects: seq,
			Correction: session.CorrAdjust, CountedMs: &ms}}})
		if cmd != nil {
			if msg, ok := cmd().(eventsWrittenMsg); ok {
				m.Update(msg)
			}
		}
		if m.statusBad {
			b.Fatal(m.status)
		}
		_ = m.View()
	}
}
