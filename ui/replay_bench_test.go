package ui

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// writeLongLog writes a log of about n events (turns with notes, queueing,
// rounds going round) for 200 people, the way a long series would.
func writeLongLog(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "log.jsonl")
	w, _, err := session.OpenWriter(path)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	events := bigSession(200, 0)[:1] // session_started with 200 people
	at := harnessStart
	add := func(e session.Event) {
		at = at.Add(7 * time.Second)
		e.At = at
		events = append(events, e)
	}
	rng := rand.New(rand.NewSource(1))
	turn := 0
	for len(events) < n {
		add(session.Event{Type: session.RoundStarted, Round: 1 + len(events)%2})
		for i := 0; i < 200 && len(events) < n; i++ {
			id := session.ParticipantID(rng.Intn(200))
			turn++
			add(session.Event{Type: session.SpeakerQueued, Participant: id})
			add(session.Event{Type: session.TurnStarted, Turn: turn, Participant: id})
			add(session.Event{Type: session.TurnEnded, Turn: turn, Note: fmt.Sprintf("Note of turn %d: what was said, in a sentence or two", turn)})
		}
	}
	if _, err := w.AppendBatch(events); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkReplayOpen100k: read a 100,000-event log from disk, build the
// timeline and draw the first frame.
func BenchmarkReplayOpen100k(b *testing.B) {
	path := writeLongLog(b, 100_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		events, _, err := session.ReadLog(path)
		if err != nil {
			b.Fatal(err)
		}
		r := benchReplay(b, events)
		_ = r.View()
	}
}

// BenchmarkReplaySeek100k: one seek to a random moment and its frame.
func BenchmarkReplaySeek100k(b *testing.B) {
	events, _, _ := session.ReadLog(writeLongLog(b, 100_000))
	r := benchReplay(b, events)
	rng := rand.New(rand.NewSource(2))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.seekTo(rng.Intn(len(events)) + 1)
		_ = r.View()
	}
}

func benchReplay(b *testing.B, events []session.Event) *Replay {
	c := &common{st: NewStyles(lipgloss.NewRenderer(nil)), cat: i18n.New("en", nil), width: 120, height: 40}
	r, err := newReplay(c, &sessions.Recording{ID: "long", Dir: b.TempDir(), Events: events}, nil)
	if err != nil {
		b.Fatal(err)
	}
	return r
}
