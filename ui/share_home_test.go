package ui

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/logtest"
	"github.com/baraza-app/baraza/sessions"
)

// homeProgram drives a home app's program model as a program would: each
// command runs and what it returns goes back to the model. A command still
// running after a moment (a clock's next tick) is left behind.
type homeProgram struct {
	t    *testing.T
	app  *App
	m    tea.Model
	quit bool
	sent chan tea.Msg // what the hub sent through the program's Send
}

// newHomeProgram is the home app over archive at 80×24, its archive read,
// with start sharing its sessions.
func newHomeProgram(t *testing.T, lang string, archive *sessions.Archive, start StartSharing) *homeProgram {
	t.Helper()
	app := NewHomeApp(Options{Theme: Theme{NoColor: true}, Lang: lang}, archive, start)
	t.Cleanup(func() { _ = app.Close() })
	p := &homeProgram{t: t, app: app, m: app.Model(), sent: make(chan tea.Msg, 64)}
	app.Started(func(msg tea.Msg) {
		select {
		case p.sent <- msg:
		default: // a later state follows
		}
	})
	p.m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	p.do(p.m.Init())
	return p
}

func (p *homeProgram) do(cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		out := make(chan tea.Msg, 1)
		go func() { out <- c() }()
		var msg tea.Msg
		select {
		case msg = <-out:
		case <-time.After(200 * time.Millisecond):
			continue
		}
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.QuitMsg:
			p.quit = true
		default:
			_, next := p.m.Update(msg)
			queue = append(queue, next)
		}
	}
}

func (p *homeProgram) key(k string) {
	p.drain()
	_, cmd := p.m.Update(keyMsg(k))
	p.do(cmd)
}

// drain gives the model what the hub sent.
func (p *homeProgram) drain() {
	for {
		select {
		case msg := <-p.sent:
			_, cmd := p.m.Update(msg)
			p.do(cmd)
		default:
			return
		}
	}
}

// saved waits until the session's screen shows every action saved.
func (p *homeProgram) saved(live *Live) {
	p.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		p.drain()
		if live.j.unsaved() == 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	p.t.Fatal("the session's screen never showed its actions saved")
}

// run is the session the home screen opened on a hub.
func (p *homeProgram) run() *sharedRun {
	p.t.Helper()
	root, ok := p.m.(*homeRoot)
	if !ok || root.run == nil {
		p.t.Fatalf("no session on a hub: the program runs %T", p.m)
	}
	return root.run
}

// TestHomeSessionSharesOnS: from the home screen, d takes up the demo on
// a hub; S starts sharing in a Cmd (never inside Update), the panel and
// then the banner show as on baraza resume's screen. Quitting the session
// ends baraza: Close stops the server, the hub (the facilitator's pump
// too) and lets go of the log.
func TestHomeSessionSharesOnS(t *testing.T) {
	f := &fakeStart{}
	archive := sessions.Open(t.TempDir())
	p := newHomeProgram(t, "en", archive, f.start)
	p.key("d")
	run := p.run()
	if v := p.m.View(); strings.Contains(v, "Shared on") || !strings.Contains(v, "Nyakabanda") {
		t.Fatalf("after d, the demo's live screen as it is:\n%s", v)
	}
	_, cmd := p.m.Update(keyRunes("S"))
	if cmd == nil || f.calls != 0 {
		t.Fatalf("S: cmd %v, %d starts inside Update", cmd != nil, f.calls)
	}
	if v := p.m.View(); !strings.Contains(v, "Starting to share") {
		t.Fatalf("no word while starting:\n%s", v)
	}
	p.do(cmd)
	if f.calls != 1 {
		t.Fatalf("%d servers started", f.calls)
	}
	mustContain(t, p.m.View(), "Sharing this session", "ssh -p 2323 note@192.168.43.1", "bakomi tulesa ripodu")
	p.key("esc")
	v := p.m.View()
	if first := strings.SplitN(v, "\n", 2)[0]; !strings.Contains(first, "Shared on 192.168.43.1:2323 · 0 connected") {
		t.Fatalf("no banner over the live screen:\n%s", v)
	}
	if n := strings.Count(v, "\n") + 1; n != 24 {
		t.Fatalf("banner and live screen take %d lines, want 24", n)
	}
	// The session goes on while shared: the next round is saved.
	p.key("]")
	id := filepath.Base(run.hub.dir)
	waitLogged(t, filepath.Join(run.hub.dir, sessions.LogFile), session.RoundStarted)
	p.saved(run.frame.inner.screen.(*Live))

	p.key("q")
	if !p.quit {
		t.Fatal("q on the session's screen does not end baraza")
	}
	if err := p.app.Close(); err != nil || f.stopped != 1 {
		t.Fatalf("close: %v, server stopped %d times", err, f.stopped)
	}
	select {
	case <-run.seat.stop:
	default:
		t.Error("the facilitator's pump still runs")
	}
	if err := run.hub.record(&journal{}, time.Now(), []session.Event{{Type: session.NoteTaken, Text: "late"}}); err == nil {
		t.Error("the hub still takes actions")
	}
	w, err := archive.OpenForWriting(id) // the lock is free again
	if err != nil {
		t.Fatalf("the log is still held: %v", err)
	}
	_ = w.Close()
}

// TestHomeSessionPortInUse: the port taken, the session's screen says so
// in its language, as baraza resume's does, and goes on.
func TestHomeSessionPortInUse(t *testing.T) {
	inUse := &net.OpError{Op: "listen", Net: "tcp", Addr: &net.TCPAddr{Port: 2323},
		Err: os.NewSyscallError("bind", syscall.EADDRINUSE)}
	f := &fakeStart{err: inUse}
	p := newHomeProgram(t, "fr", sessions.Open(t.TempDir()), f.start)
	p.key("d") // the French demo
	p.run()
	_, cmd := p.m.Update(keyRunes("S"))
	p.do(cmd)
	mustContain(t, p.m.View(), "Partage impossible\u202f: port 2323 pris (autre baraza serve\u202f?). S\u202f: réessayer")
	if _, retry := p.m.Update(keyRunes("S")); retry == nil {
		t.Fatal("S cannot try again")
	}
}

// TestHomeWithoutSharing: with no way to share, the home app runs itself
// and opens its sessions as before, off any hub.
func TestHomeWithoutSharing(t *testing.T) {
	p := newHomeProgram(t, "en", sessions.Open(t.TempDir()), nil)
	if p.m != tea.Model(p.app) {
		t.Fatalf("the program runs %T", p.m)
	}
	p.key("d")
	if _, ok := p.app.screen.(*Live); !ok || p.app.shared != nil {
		t.Fatalf("d opened %T (shared %v)", p.app.screen, p.app.shared != nil)
	}
}

// waitLogged waits until the log at path holds an event of type typ.
func waitLogged(t *testing.T, path string, typ session.Type) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		data, _ := os.ReadFile(path)
		if strings.Contains(string(data), `"type":"`+string(typ)+`"`) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s never saved", typ)
}

// TestHomeReplayStreamsALongLog: v on a long session shows the replay's
// first frame from its first events, as baraza replay does; the rest is
// read by the replay's commands, off Update.
func TestHomeReplayStreamsALongLog(t *testing.T) {
	data := t.TempDir()
	const id = "2026-03-14-0900-kalehe"
	dir := filepath.Join(data, "sessions", id)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	events := logtest.EventsN(20, 2*ReplayFirstEvents)
	if _, err := logtest.Write(dir, events); err != nil {
		t.Fatal(err)
	}
	hh := newHomeHarnessOn(t, "en", sessions.Open(data), 100, 30)
	hh.keys("v")
	r, ok := hh.current.(*Replay)
	if !ok {
		t.Fatalf("v opened %#v", hh.current)
	}
	t.Cleanup(func() { r.RequestQuit() })
	if r.tl.Len() != ReplayFirstEvents || !r.tl.Loading() || r.loader == nil {
		t.Fatalf("first frame from %d events of %d (loading %v)", r.tl.Len(), len(events), r.tl.Loading())
	}
	r.SetSize(100, 30)
	mustContain(t, r.View(), "événement 1 sur 16384", "Lecture du journal") // the plan's language
	for cmd := r.Init(); cmd != nil; {
		cmd = r.Update(cmd())
	}
	if r.tl.Loading() || r.tl.Len() != len(events) {
		t.Fatalf("after reading: %d events of %d, loading %v", r.tl.Len(), len(events), r.tl.Loading())
	}
}

// TestHomeSaysErrorsInItsLanguage: a plan file that is not there, a
// plan with problems, a session another writer holds, a damaged log: the
// home screen says it in its language.
func TestHomeSaysErrorsInItsLanguage(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "absent.toml")
	for _, tc := range []struct{ lang, want string }{
		{"en", `Cannot read the plan file "` + missing + `": no such file or directory. Check the path and press o again.`},
		{"fr", "Impossible de lire le fichier de plan «\u202f" + missing + "\u202f»\u202f: ce fichier ou dossier n'existe pas. Vérifiez le chemin et appuyez de nouveau sur o."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			hh := newHomeHarness(t, tc.lang)
			hh.keys("o")
			hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(missing)}))
			hh.keys("enter")
			if hh.current != nil || !hh.h.problem || hh.h.status != tc.want {
				t.Fatalf("status %q, want %q", hh.h.status, tc.want)
			}
		})
	}
	// A plan's problems, under the screen's heading, in its language.
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte("title = \"x\"\n[[participants]]\nname = \"A\"\nlevel = \"goverment\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	hh := newHomeHarness(t, "fr")
	hh.keys("o")
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(bad)}))
	hh.keys("enter")
	if !strings.Contains(hh.h.status, "bad.toml:4:9: niveau inconnu") {
		t.Errorf("a plan's problems: %q", hh.h.status)
	}

	hh.keys("d") // open for writing in this process: it holds the lock
	hh.current = nil
	hh.keys("r", "h", "enter")
	if hh.current != nil || !hh.h.problem {
		t.Fatal("opened a session another writer holds")
	}
	if want := "Cette séance est ouverte dans un autre baraza (pid "; !strings.HasPrefix(hh.h.status, want) ||
		!strings.Contains(hh.h.status, "\u202f: fermez-la là-bas d'abord") {
		t.Errorf("status %q", hh.h.status)
	}

	// A damaged line: where, what to do, in French; the log is not changed.
	data := t.TempDir()
	dir := filepath.Join(data, "sessions", "2026-03-14-0900-kalehe")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path, err := logtest.Write(dir, smallRecording())
	if err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(path)
	lines := strings.SplitAfter(string(src), "\n")
	lines[2] = "{damaged}\n"
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600); err != nil {
		t.Fatal(err)
	}
	hh = newHomeHarnessOn(t, "fr", sessions.Open(data), 100, 30)
	hh.keys("v")
	if hh.current != nil || !strings.HasPrefix(hh.h.status, "log.jsonl:3\u202f: cette ligne du journal est abîmée (") ||
		!strings.HasSuffix(hh.h.status, "baraza repair 2026-03-14-0900-kalehe la met de côté (l'original est gardé).") {
		t.Errorf("v on a damaged log: status %q", hh.h.status)
	}
}
