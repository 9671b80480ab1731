package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/demo"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/ui"
)

// served is a real server on a random local port, on a demo session in a
// temporary archive.
type served struct {
	t       testing.TB
	archive *sessions.Archive
	w       *sessions.Writable
	hub     *ui.Hub
	srv     *Server
	done    chan error
	allow   string // the --allow file
	key     gossh.Signer
	rawKey  ed25519.PrivateKey // key's private half, for OpenSSH's client
}

func newSession(t testing.TB) (*sessions.Archive, string) {
	t.Helper()
	return newSessionIn(t, "en")
}

// newSessionIn is a demo session whose plan is in lang.
func newSessionIn(t testing.TB, lang string) (*sessions.Archive, string) {
	t.Helper()
	name, src := demo.Plan(lang)
	plan, err := facilitation.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	a := sessions.Open(t.TempDir())
	w, err := a.Create(plan, src, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	id := w.ID
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return a, id
}

// start serves session id of a, with one allowed key.
func start(t testing.TB, a *sessions.Archive, id string) *served {
	t.Helper()
	w, err := a.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	s := &served{t: t, archive: a, w: w, done: make(chan error, 1)}
	s.rawKey = newRawKey(t)
	s.key, _ = gossh.NewSignerFromKey(s.rawKey)
	s.allow = filepath.Join(t.TempDir(), "team.keys")
	line := gossh.MarshalAuthorizedKey(s.key.PublicKey())
	if err := os.WriteFile(s.allow, append([]byte("# the team\n"), line...), 0o600); err != nil {
		t.Fatal(err)
	}
	if s.hub, err = ui.NewHub(ui.Options{Theme: ui.Theme{NoColor: true}}, w.Log, w.Events, w.Dir); err != nil {
		t.Fatal(err)
	}
	if s.srv, err = New(s.hub, Config{Listen: "127.0.0.1:0", DataDir: a.Dir, Allow: s.allow}); err != nil {
		t.Fatal(err)
	}
	if err := s.srv.Listen(); err != nil {
		t.Fatal(err)
	}
	go func() { s.done <- s.srv.Serve() }()
	t.Cleanup(s.stop)
	return s
}

// stop shuts the server down in order (what quitting does).
func (s *served) stop() {
	if s.srv == nil {
		return
	}
	_ = s.srv.Close()
	<-s.done
	_ = s.hub.Close(5 * time.Second)
	_ = s.w.Close()
	s.srv = nil
}

func newRawKey(t testing.TB) ed25519.PrivateKey {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return priv
}

func newKey(t testing.TB) gossh.Signer {
	sg, err := gossh.NewSignerFromKey(newRawKey(t))
	if err != nil {
		t.Fatal(err)
	}
	return sg
}

// codeAuth answers the join-code question with code and keeps every
// instruction the server sends (its refusals).
type codeAuth struct {
	code string
	mu   sync.Mutex
	said []string
}

func (c *codeAuth) method() gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(_, instruction string, questions []string, _ []bool) ([]string, error) {
		c.mu.Lock()
		defer c.mu.Unlock()
		if instruction != "" {
			c.said = append(c.said, instruction)
		}
		answers := make([]string, len(questions))
		for i := range answers {
			answers[i] = c.code
		}
		return answers, nil
	})
}

func (c *codeAuth) lines() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.said, "\n")
}

func (s *served) dial(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	hostKey, _, err := hostKey(s.archive.Dir)
	if err != nil {
		s.t.Fatal(err)
	}
	signer, _ := gossh.ParsePrivateKey(hostKey)
	return gossh.Dial("tcp", s.srv.Addr().String(), &gossh.ClientConfig{
		User: user, Auth: auth, HostKeyCallback: gossh.FixedHostKey(signer.PublicKey()), Timeout: 5 * time.Second,
	})
}

// screen is an interactive session: keys in, the screen's bytes drained.
type screen struct {
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	mu     sync.Mutex
	out    strings.Builder
}

func (s *served) open(user string, auth ...gossh.AuthMethod) *screen {
	s.t.Helper()
	c, err := s.dial(user, auth...)
	if err != nil {
		s.t.Fatalf("%s: %v", user, err)
	}
	return openScreen(s.t, c)
}

func openScreen(t testing.TB, c *gossh.Client) *screen {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 30, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	in, _ := sess.StdinPipe()
	out, _ := sess.StdoutPipe()
	sc := &screen{client: c, sess: sess, in: in}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := out.Read(buf)
			sc.mu.Lock()
			sc.out.Write(buf[:n])
			sc.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return sc
}

func (sc *screen) seen() string {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.out.String()
}

// waitFor waits until the screen has shown text.
func (sc *screen) waitFor(t testing.TB, text string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(sc.seen(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q", text)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (sc *screen) keys(s string) { _, _ = sc.in.Write([]byte(s)) }

func (sc *screen) close() { _ = sc.sess.Close(); _ = sc.client.Close() }

// logOf reads the session's log as it is on disk.
func (s *served) logOf() []session.Event {
	s.t.Helper()
	events, warnings, err := session.ReadLog(filepath.Join(s.w.Dir, sessions.LogFile))
	if err != nil || len(warnings) > 0 {
		s.t.Fatalf("the log does not read cleanly: %v %v", err, warnings)
	}
	return events
}

// waitLog waits until the log satisfies ok.
func (s *served) waitLog(what string, ok func([]session.Event) bool) []session.Event {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		events := s.logOf()
		if ok(events) {
			return events
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the log never had %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func count(events []session.Event, typ session.Type) int {
	n := 0
	for _, e := range events {
		if e.Type == typ {
			n++
		}
	}
	return n
}
