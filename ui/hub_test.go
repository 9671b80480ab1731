package ui

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/demo"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// hubSession creates a demo session in a temporary archive and a hub on it.
func hubSession(t testing.TB) (*Hub, *sessions.Writable) {
	t.Helper()
	w := demoSession(t, "en")
	h, err := NewHub(Options{Theme: Theme{NoColor: true}}, w.Log, w.Events, w.Dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close(time.Second); _ = w.Close() })
	return h, w
}

// demoSession creates a demo session in lang in a temporary archive.
func demoSession(t testing.TB, lang string) *sessions.Writable {
	t.Helper()
	name, src := demo.Plan(lang)
	plan, err := facilitation.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sessions.Open(t.TempDir()).Create(plan, src, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// liveOf is the live screen inside a hub's model.
func liveOf(t testing.TB, m tea.Model) *Live {
	t.Helper()
	switch a := m.(type) {
	case *App:
		return a.screen.(*Live)
	case *readOnlyApp:
		return a.screen.(*Live)
	}
	t.Fatalf("not a live app: %T", m)
	return nil
}

func logEvents(t testing.TB, w *sessions.Writable) []session.Event {
	t.Helper()
	events, _, err := session.ReadLog(filepath.Join(w.Dir, sessions.LogFile))
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// Two note-takers record at the same moment: nothing is lost, each one's
// actions keep their order, and the log numbers them all in one sequence.
func TestHubTwoWritersLoseNothing(t *testing.T) {
	h, w := hubSession(t)
	now := time.Now()
	const n = 40
	var lives []*Live
	for i := range 2 {
		_, m, err := h.Join(Guest{Role: RoleNote, Auth: "join code", Addr: fmt.Sprint("10.0.0.", i)}, now)
		if err != nil {
			t.Fatal(err)
		}
		lives = append(lives, liveOf(t, m))
	}
	var wg sync.WaitGroup
	for i, live := range lives {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range n {
				if _, err := live.j.record(now, session.Event{Type: session.NoteTaken, Text: fmt.Sprintf("%c%d", 'A'+i, k)}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if err := h.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	next := map[byte]int{}
	var seq int64
	notes := 0
	for _, e := range logEvents(t, w) {
		if e.Seq != seq+1 {
			t.Fatalf("seq %d after %d", e.Seq, seq)
		}
		seq = e.Seq
		if e.Type != session.NoteTaken {
			continue
		}
		notes++
		want := fmt.Sprintf("%c%d", e.Text[0], next[e.Text[0]])
		if e.Text != want {
			t.Fatalf("got %q, want %q: a writer's order was lost", e.Text, want)
		}
		next[e.Text[0]]++
	}
	if notes != 2*n {
		t.Fatalf("%d notes in the log, want %d", notes, 2*n)
	}
}

// An observer's keys record nothing, even the ones that would on a
// note-taker's screen; a room view's neither.
func TestHubObserverAndRoomRecordNothing(t *testing.T) {
	h, w := hubSession(t)
	before := len(logEvents(t, w))
	_, obs, err := h.Join(Guest{Role: RoleObserver, Auth: "join code"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	_, room, err := h.Join(Guest{Role: RoleRoom, Auth: "join code"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []tea.Model{obs, room} {
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		for _, k := range []string{"]", "n", "p", "a", "enter", "t", "x", "C", "y", "u"} {
			msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
			if k == "enter" {
				msg = tea.KeyMsg{Type: tea.KeyEnter}
			}
			_, cmd := m.Update(msg)
			runAll(cmd)
		}
	}
	// Its own journal refuses too, if a key got past the filter.
	if _, err := liveOf(t, obs).j.record(time.Now(), session.Event{Type: session.NoteTaken, Text: "x"}); err != errReadOnly {
		t.Fatalf("observer's record: %v", err)
	}
	if err := h.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	left := 0
	for _, e := range logEvents(t, w)[before:] {
		if e.Type != session.PeerJoined && e.Type != session.PeerLeft {
			t.Fatalf("an observer or the room recorded %s", e.Type)
		}
		if e.Type == session.PeerLeft {
			left++
		}
	}
	if left != 2 { // closing the hub ends the connections, in the log too
		t.Fatalf("%d connections ended in the log, not 2", left)
	}
}

// runAll runs a command and what it returns, without waiting for timers.
func runAll(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				runAll(c)
			}
		}
	case <-time.After(50 * time.Millisecond): // a tick: not needed here
	}
}

// Every seat gets the state after each save, and joining and leaving are
// in the log with the role and how they got in.
func TestHubPushesSavesAndRecordsConnections(t *testing.T) {
	h, w := hubSession(t)
	got := make(chan tea.Msg, 16)
	seat, m, err := h.Join(Guest{Role: RoleNote, Auth: "key SHA256:abc", Addr: "10.0.0.9:5000"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	seat.Start(func(msg tea.Msg) { got <- msg })
	live := liveOf(t, m)
	if _, err := live.j.record(time.Now(), session.Event{Type: session.NoteTaken, Text: "hello"}); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(5 * time.Second)
	for {
		select {
		case msg := <-got:
			live.Update(msg)
			if notes := live.State().Notes; len(notes) == 1 && notes[0].Text == "hello" {
				seat.Leave(time.Now())
				if err := h.Close(5 * time.Second); err != nil {
					t.Fatal(err)
				}
				events := logEvents(t, w)
				var joined, left bool
				for _, e := range events {
					joined = joined || (e.Type == session.PeerJoined && e.Peer.Role == "note" && e.Peer.Auth == "key SHA256:abc")
					left = left || (e.Type == session.PeerLeft && e.Peer.Conn == seat.Conn())
				}
				if !joined || !left {
					t.Fatalf("joined %v left %v", joined, left)
				}
				return
			}
		case <-deadline:
			t.Fatal("the saved note never reached the screen")
		}
	}
}
