package serve

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/ui"
)

// A session opened as resume opens it (the live screen, not serve) is
// shared mid-session with S: the real server starts on a random port, a
// note-taker connects with the join code shown, and their key press lands
// in the log, after the facilitator's own.
func TestShareMidSession(t *testing.T) {
	a, id := newSession(t)
	w, err := a.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	start, started := realStarter(a)
	app, err := ui.NewSharedLiveApp(ui.Options{Theme: ui.Theme{NoColor: true}}, w, start)
	if err != nil {
		t.Fatal(err)
	}
	tm, ended := runFacilitator(t, app)

	// Before sharing, the facilitator starts the first round.
	tm.Type("]")
	s := &served{t: t, archive: a, w: w}
	s.waitLog("the first round", func(ev []session.Event) bool { return count(ev, session.RoundStarted) == 1 })

	code := s.pressS(tm, started)

	note := s.open("note", (&codeAuth{code: code}).method())
	note.waitFor(t, "Nyakabanda")
	note.keys("]") // the note-taker moves to round 2
	events := s.waitLog("the note-taker's round and their arrival", func(ev []session.Event) bool {
		return count(ev, session.RoundStarted) == 2 && count(ev, session.PeerJoined) == 1
	})
	joined := -1
	for i, e := range events {
		if e.Type == session.PeerJoined {
			joined = i
			if e.Peer.Role != "note" || e.Peer.Auth != "join code" {
				t.Fatalf("joined as %+v", e.Peer)
			}
		}
		if e.Type == session.RoundStarted && joined >= 0 && i < joined {
			t.Fatal("the note-taker's round is before their arrival")
		}
	}

	// The facilitator quits: serving stops, the log says the note-taker left.
	tm.Send(tea.KeyMsg{Type: tea.KeyEsc}) // the panel, opened when sharing started
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	if err := ended(); err != nil {
		t.Fatal(err)
	}
	events = s.logOf()
	if count(events, session.PeerLeft) != 1 {
		t.Fatalf("peer_left %d times", count(events, session.PeerLeft))
	}
	if _, err := s.dial("note", (&codeAuth{code: code}).method()); err == nil ||
		!strings.Contains(err.Error(), "refused") && !strings.Contains(err.Error(), "connect") {
		t.Fatalf("after quitting, a connection: %v", err)
	}
	note.close()
}
