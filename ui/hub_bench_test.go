package ui

import (
	"io"
	"sync/atomic"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// probe is a program's model that notes the seq of the state it last drew.
type probe struct {
	tea.Model
	live *Live
	seq  *atomic.Int64
}

func (p probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := p.Model.Update(msg)
	p.Model = m
	return p, cmd
}

func (p probe) View() string {
	v := p.Model.View()
	p.seq.Store(p.live.State().Seq)
	return v
}

// BenchmarkSaveToTenScreens: a note-taker's action, from the key press
// (record) to every one of 10 running programs having drawn the state that
// holds it, through the hub, the log's fsync on disk and each program's
// event loop. (docs/performance.md)
func BenchmarkSaveToTenScreens(b *testing.B) {
	h, _ := hubSession(b)
	const screens = 10
	var seqs []*atomic.Int64
	var writer *Live
	for i := range screens {
		seat, m, err := h.Join(Guest{Role: RoleNote, Auth: "join code"}, time.Now())
		if err != nil {
			b.Fatal(err)
		}
		seq := &atomic.Int64{}
		live := liveOf(b, m)
		if i == 0 {
			writer = live
		}
		p := tea.NewProgram(probe{Model: m, live: live, seq: seq}, tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutSignals())
		seat.Start(p.Send)
		go func() { _, _ = p.Run() }()
		p.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
		b.Cleanup(p.Kill)
		seqs = append(seqs, seq)
	}
	b.ResetTimer()
	for i := range b.N {
		typ := session.SessionPaused
		if i%2 == 1 {
			typ = session.SessionResumed
		}
		if _, err := writer.j.record(time.Now(), session.Event{Type: typ}); err != nil {
			b.Fatal(err)
		}
		want := writer.j.projected.Seq
		for _, s := range seqs {
			for s.Load() < want {
				time.Sleep(50 * time.Microsecond)
			}
		}
	}
}
