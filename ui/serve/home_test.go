package serve

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/ui"
)

// A session opened from the home screen (enter on it) is shared with S
// as resume's is: the real server starts, a note-taker connects with the
// code shown and sees the session. Quitting the session's screen ends
// sharing: the note-taker's connection is closed by the server, the log
// records that they left, and nobody can connect any more.
func TestShareFromHome(t *testing.T) {
	a, id := newSession(t)
	start, started := realStarter(a)
	app := ui.NewHomeApp(ui.Options{Theme: ui.Theme{NoColor: true}, Lang: "en"}, a, start)
	tm, ended := runFacilitator(t, app)
	tm.Type("h") // the session is the demo's: listed once demos are shown
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Nyakabanda")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Agenda")) },
		teatest.WithDuration(5*time.Second)) // its live screen

	s := &served{t: t, archive: a, w: &sessions.Writable{Dir: filepath.Join(a.Dir, "sessions", id)}}
	code := s.pressS(tm, started)
	note := s.open("note", (&codeAuth{code: code}).method())
	defer note.close()
	note.waitFor(t, "Nyakabanda")
	s.waitLog("the note-taker's arrival", func(ev []session.Event) bool { return count(ev, session.PeerJoined) == 1 })

	tm.Send(tea.KeyMsg{Type: tea.KeyEsc}) // the panel, opened when sharing started
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	if err := ended(); err != nil {
		t.Fatal(err)
	}
	gone := make(chan error, 1)
	go func() { gone <- note.sess.Wait() }()
	select {
	case <-gone:
	case <-time.After(5 * time.Second):
		t.Fatal("the note-taker's connection stays open after the session's screen quit")
	}
	if n := count(s.logOf(), session.PeerLeft); n != 1 {
		t.Fatalf("peer_left %d times", n)
	}
	if _, err := s.dial("note", (&codeAuth{code: code}).method()); err == nil {
		t.Fatal("a connection after quitting")
	}
}

// realStarter starts the real server on a random local port, and hands it
// over on the channel once started.
func realStarter(a *sessions.Archive) (ui.StartSharing, chan *Server) {
	started := make(chan *Server, 1)
	return func(h *ui.Hub) (ui.Sharing, func() error, error) {
		sh, stop, err := Starter(Config{Listen: "127.0.0.1:0", DataDir: a.Dir})(h)
		if err == nil {
			started <- sh.(*Server)
		}
		return sh, stop, err
	}, started
}

// pressS types S on the facilitator's screen, waits for the server and
// for the note-taker's code on the screen, and returns that code.
func (s *served) pressS(tm *teatest.TestModel, started chan *Server) string {
	s.t.Helper()
	tm.Type("S")
	select {
	case s.srv = <-started:
	case <-time.After(5 * time.Second):
		s.t.Fatal("S did not start the server")
	}
	code := s.srv.Codes()[ui.RoleNote]
	teatest.WaitFor(s.t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(code)) },
		teatest.WithDuration(5*time.Second))
	return code
}

// runFacilitator runs app's program at 100×30, as baraza does; ended
// waits for the program to end and closes the app, as RunLogged does.
func runFacilitator(t *testing.T, app *ui.App) (tm *teatest.TestModel, ended func() error) {
	t.Helper()
	tm = teatest.NewTestModel(t, app.Model(), teatest.WithInitialTermSize(100, 30))
	app.Started(tm.Send)
	closed := false
	t.Cleanup(func() {
		if !closed {
			_ = tm.Quit()
			_ = app.Close()
		}
	})
	return tm, func() error {
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		closed = true
		return app.Close()
	}
}
