package ui

import (
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// fakeStart counts the starts and answers with sh, or err.
type fakeStart struct {
	calls   int
	stopped int
	err     error
}

func (f *fakeStart) start(*Hub) (Sharing, func() error, error) {
	f.calls++
	if f.err != nil {
		return nil, nil, f.err
	}
	return &fakeSharing{}, func() error { f.stopped++; return nil }, nil
}

// sharedLive is a demo session's live screen on a hub, as resume opens it,
// at 80×24, and the frame a program would run.
func sharedLive(t *testing.T, lang string, f *fakeStart) (*App, *shareApp, *sessions.Writable) {
	t.Helper()
	w := demoSession(t, lang)
	app, err := NewSharedLiveApp(Options{Theme: Theme{NoColor: true}}, w, f.start)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = app.Close() })
	frame, ok := app.Model().(*shareApp)
	if !ok {
		t.Fatalf("the program would run %T, not the sharing frame", app.Model())
	}
	frame.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return app, frame, w
}

// S on the live screen starts sharing through a Cmd (never inside
// Update); its result puts the banner over the live screen and opens the
// panel, as baraza serve's screen has them.
func TestShareKeyStartsSharing(t *testing.T) {
	f := &fakeStart{}
	app, frame, _ := sharedLive(t, "en", f)
	if v := frame.View(); strings.Contains(v, "Shared on") || !strings.Contains(v, "Nyakabanda") {
		t.Fatalf("before S, the live screen as it was:\n%s", v)
	}
	frame.Update(keyRunes("?"))
	if v := frame.View(); !strings.Contains(v, "S share") {
		t.Fatalf("the full help does not name S:\n%s", v)
	}
	frame.Update(keyRunes("?"))
	_, cmd := frame.Update(keyRunes("]S")) // typed quickly, one message: S is still the frame's
	if cmd == nil || f.calls != 0 {
		t.Fatalf("S: cmd %v, %d starts inside Update", cmd != nil, f.calls)
	}
	if v := frame.View(); !strings.Contains(v, "Starting to share") {
		t.Fatalf("no word while starting:\n%s", v)
	}
	if _, again := frame.Update(keyRunes("S")); again != nil {
		t.Fatal("a second S while starting starts a second server")
	}
	msg := cmd()
	if f.calls != 1 {
		t.Fatalf("the Cmd started %d servers", f.calls)
	}
	frame.Update(msg)
	v := frame.View()
	for _, want := range []string{"Sharing this session", "ssh -p 2323 note@192.168.43.1", "SHA256:test", "bakomi tulesa ripodu"} {
		if !strings.Contains(v, want) {
			t.Fatalf("after starting, the panel lacks %q:\n%s", want, v)
		}
	}
	frame.Update(tea.KeyMsg{Type: tea.KeyEsc})
	v = frame.View()
	if first := strings.SplitN(v, "\n", 2)[0]; !strings.Contains(first, "Shared on 192.168.43.1:2323 · 0 connected") {
		t.Fatalf("no banner over the live screen:\n%s", v)
	}
	if n := strings.Count(v, "\n") + 1; n != 24 {
		t.Fatalf("banner and live screen take %d lines, want 24", n)
	}
	if live := app.screen.(*Live); live.c.height != 23 {
		t.Fatalf("the live screen has %d lines under the banner, want 23", live.c.height)
	}
	// From now on S opens the panel; closing the app stops the server.
	if _, cmd := frame.Update(keyRunes("S")); cmd != nil || !frame.open {
		t.Fatal("S while sharing does not open the panel")
	}
	if err := app.Close(); err != nil || f.stopped != 1 {
		t.Fatalf("close: %v, server stopped %d times", err, f.stopped)
	}
}

// The port is taken: the live screen says so in plain words, in the
// session's language, on one line at 80 columns, and goes on; S tries again.
func TestShareKeyPortInUse(t *testing.T) {
	inUse := &net.OpError{Op: "listen", Net: "tcp", Addr: &net.TCPAddr{Port: 2323},
		Err: os.NewSyscallError("bind", syscall.EADDRINUSE)}
	for _, tc := range []struct{ lang, want string }{
		{"en", "Cannot share: port 2323 is in use (another baraza serve?). S: try again"},
		{"fr", "Partage impossible\u202f: port 2323 pris (autre baraza serve\u202f?). S\u202f: réessayer"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			f := &fakeStart{err: inUse}
			app, frame, w := sharedLive(t, tc.lang, f)
			_, cmd := frame.Update(keyRunes("S"))
			frame.Update(cmd())
			v := frame.View()
			if !strings.Contains(v, tc.want) {
				t.Fatalf("no plain error, whole, at 80 columns:\n%s", v)
			}
			if frame.sh != nil || strings.Contains(v, "2323 ·") {
				t.Fatal("sharing shows as started")
			}
			// The facilitator goes on: the next round starts and is saved.
			frame.Update(keyRunes("]"))
			waitSaved(t, w, session.RoundStarted)
			if _, retry := frame.Update(keyRunes("S")); retry == nil {
				t.Fatal("S cannot try again")
			}
			if err := app.Close(); err != nil || f.stopped != 0 {
				t.Fatalf("close: %v, stopped %d servers never started", err, f.stopped)
			}
		})
	}
}

// S typed into a dialog stays in the dialog; nothing starts.
func TestShareKeyInDialog(t *testing.T) {
	f := &fakeStart{}
	_, frame, _ := sharedLive(t, "en", f)
	frame.Update(keyRunes("t")) // a free note
	frame.Update(keyRunes("S"))
	if frame.starting != nil || f.calls != 0 || !strings.Contains(frame.View(), "S") {
		t.Fatal("S typed in a note starts sharing")
	}
}

// waitSaved waits until the session's log holds an event of type typ.
func waitSaved(t *testing.T, w *sessions.Writable, typ session.Type) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		for _, e := range logEvents(t, w) {
			if e.Type == typ {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the log never held %s", typ)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
