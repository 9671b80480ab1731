package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/ui"
)

func TestRefused(t *testing.T) {
	a, id := newSession(t)
	s := start(t, a, id)
	t.Run("no credentials", func(t *testing.T) {
		if _, err := s.dial("note"); err == nil {
			t.Fatal("accepted without credentials")
		}
	})
	t.Run("a key not allowed", func(t *testing.T) {
		if _, err := s.dial("note", gossh.PublicKeys(newKey(t))); err == nil {
			t.Fatal("accepted a stranger's key")
		}
	})
	t.Run("the allowed key for no role", func(t *testing.T) {
		ask := &codeAuth{code: "x"}
		if _, err := s.dial("root", gossh.PublicKeys(s.key), ask.method()); err == nil {
			t.Fatal("accepted user root")
		}
		if got := ask.lines(); !strings.Contains(got, `"root" is not a role`) || strings.Count(got, "\n") != 0 {
			t.Fatalf("refusal: %q", got)
		}
	})
	t.Run("wrong code", func(t *testing.T) {
		ask := &codeAuth{code: "bakomi tulesa ripodu"}
		if _, err := s.dial("note", ask.method()); err == nil {
			t.Fatal("accepted a wrong code")
		}
		if got := ask.lines(); got != "baraza: refused: wrong join code for note (code de connexion faux)" {
			t.Fatalf("refusal: %q", got)
		}
	})
	t.Run("another role's code", func(t *testing.T) {
		ask := &codeAuth{code: s.srv.Codes()[ui.RoleObserver]}
		if _, err := s.dial("note", ask.method()); err == nil {
			t.Fatal("the observer's code let a note-taker in")
		}
	})
	t.Run("a renewed code", func(t *testing.T) {
		old := s.srv.Codes()[ui.RoleRoom]
		s.srv.Renew()
		if _, err := s.dial("room", (&codeAuth{code: old}).method()); err == nil {
			t.Fatal("an old code still works")
		}
	})
}

func TestAcceptedPerRole(t *testing.T) {
	a, id := newSession(t)
	s := start(t, a, id)
	codes := s.srv.Codes()
	want := map[string]string{"note": "Floor", "observer": "Floor", "room": "Room view"}
	for _, role := range []string{"note", "observer", "room"} {
		// Codes are forgiving: case and dashes do not matter.
		code := strings.ToUpper(strings.ReplaceAll(codes[ui.Role(role)], " ", "-"))
		sc := s.open(role, (&codeAuth{code: code}).method())
		sc.waitFor(t, want[role])
		sc.close()
	}
	sc := s.open("OBSERVER", gossh.PublicKeys(s.key))
	sc.waitFor(t, "Floor")
	sc.close()
	events := s.waitLog("four connections and their ends", func(ev []session.Event) bool {
		return count(ev, session.PeerJoined) == 4 && count(ev, session.PeerLeft) == 4
	})
	var auths []string
	for _, e := range events {
		if e.Type == session.PeerJoined {
			auths = append(auths, e.Peer.Role+" "+e.Peer.Auth)
		}
	}
	wantAuth := "note join code|observer join code|room join code|observer key " + gossh.FingerprintSHA256(s.key.PublicKey())
	if strings.Join(auths, "|") != wantAuth {
		t.Fatalf("connections in the log: %q", auths)
	}
	raw, _ := os.ReadFile(filepath.Join(s.w.Dir, sessions.LogFile))
	for _, c := range codes {
		if strings.Contains(string(raw), c) {
			t.Fatal("a join code is in the log")
		}
	}
}

// Every key an observer or the room presses changes nothing in the log.
func TestObserverAndRoomKeysRecordNothing(t *testing.T) {
	a, id := newSession(t)
	s := start(t, a, id)
	before := len(s.logOf())
	for _, role := range []string{"observer", "room"} {
		sc := s.open(role, (&codeAuth{code: s.srv.Codes()[ui.Role(role)]}).method())
		sc.waitFor(t, "Nyakabanda")
		for _, k := range []string{"]", "a", "\r", "n", "p", "t", "hello\r", "C", "y", "u", "e", "\r", "b", "i", "o", "w", "x", "J", "!"} {
			sc.keys(k)
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond)
		sc.close()
	}
	events := s.waitLog("both ends", func(ev []session.Event) bool { return count(ev, session.PeerLeft) == 2 })
	for _, e := range events[before:] {
		if e.Type != session.PeerJoined && e.Type != session.PeerLeft {
			t.Fatalf("a read-only screen recorded %s", e.Type)
		}
	}
}

// Two note-takers type notes at the same time: every note is in the log,
// each one's in the order they typed them.
func TestTwoNoteTakersLoseNothing(t *testing.T) {
	a, id := newSession(t)
	s := start(t, a, id)
	const n = 15
	var wg sync.WaitGroup
	for _, who := range []string{"A", "B"} {
		sc := s.open("note", (&codeAuth{code: s.srv.Codes()[ui.RoleNote]}).method())
		sc.waitFor(t, "Nyakabanda")
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				sc.keys(fmt.Sprintf("t%s%02d\r", who, i))
				time.Sleep(10 * time.Millisecond)
			}
		}()
		defer sc.close()
	}
	wg.Wait()
	events := s.waitLog("every note", func(ev []session.Event) bool { return count(ev, session.NoteTaken) == 2*n })
	next := map[byte]int{}
	for i, e := range events {
		if e.Seq != int64(i+1) {
			t.Fatalf("event %d has seq %d", i+1, e.Seq)
		}
		if e.Type == session.NoteTaken {
			if want := fmt.Sprintf("%c%02d", e.Text[0], next[e.Text[0]]); e.Text != want {
				t.Fatalf("note %q where %q was due", e.Text, want)
			}
			next[e.Text[0]]++
		}
	}
}

// A connection that drops in the middle of a dialog leaves a valid log
// without the half-typed note; the note-taker reconnects and goes on.
func TestDroppedMidDialog(t *testing.T) {
	a, id := newSession(t)
	s := start(t, a, id)
	code := (&codeAuth{code: s.srv.Codes()[ui.RoleNote]}).method()
	sc := s.open("note", code)
	sc.waitFor(t, "Nyakabanda")
	sc.keys("tsaved\r")
	s.waitLog("the first note", func(ev []session.Event) bool { return count(ev, session.NoteTaken) == 1 })
	sc.keys("thalf-typed")
	time.Sleep(100 * time.Millisecond)
	_ = sc.client.Conn.Close() // the Wi-Fi drops: no goodbye
	s.waitLog("the end of the connection", func(ev []session.Event) bool { return count(ev, session.PeerLeft) == 1 })
	sc = s.open("note", code)
	sc.waitFor(t, "Nyakabanda")
	sc.keys("tafter\r")
	events := s.waitLog("the note after reconnecting", func(ev []session.Event) bool { return count(ev, session.NoteTaken) == 2 })
	sc.close()
	for _, e := range events {
		if e.Type == session.NoteTaken && e.Text != "saved" && e.Text != "after" {
			t.Fatalf("a half-typed note was recorded: %q", e.Text)
		}
	}
}

// The serving process dies (nothing shut down in order): what was saved
// is in the log, the session reopens for writing (resume), and serving it
// again lets people back in, on the same state.
func TestKilledAndResumedKeepsEverything(t *testing.T) {
	a, id := newSession(t)
	s := start(t, a, id)
	sc := s.open("note", (&codeAuth{code: s.srv.Codes()[ui.RoleNote]}).method())
	sc.waitFor(t, "Nyakabanda")
	sc.keys("]")
	sc.keys("tkept\r")
	saved := s.waitLog("the round and the note", func(ev []session.Event) bool {
		return count(ev, session.RoundStarted) == 1 && count(ev, session.NoteTaken) == 1
	})
	// Kill: the process's files close, its lock goes; nothing else happens.
	_ = s.srv.srv.Close()
	<-s.done
	_ = s.w.Close()
	s.srv = nil

	w, err := a.OpenForWriting(id) // baraza resume
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Events) < len(saved) {
		t.Fatalf("resume found %d events, %d were saved", len(w.Events), len(saved))
	}
	st, err := session.Fold(w.Events)
	if err != nil || st.Round != 1 || len(st.Notes) != 1 {
		t.Fatalf("resumed state: round %d, notes %d, %v", st.Round, len(st.Notes), err)
	}
	_ = w.Close()
	s2 := start(t, a, id)
	sc2 := s2.open("note", (&codeAuth{code: s2.srv.Codes()[ui.RoleNote]}).method())
	sc2.waitFor(t, "Round 1/6")
	sc2.close()
}

// No commands, no terminal-less sessions, no port forwarding: only screens.
func TestOnlyScreens(t *testing.T) {
	a, id := newSession(t)
	s := start(t, a, id)
	c, err := s.dial("note", (&codeAuth{code: s.srv.Codes()[ui.RoleNote]}).method())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.CombinedOutput("cat /etc/passwd")
	if err == nil || !strings.Contains(string(out), "runs no commands") || strings.Contains(string(out), "root:") {
		t.Fatalf("a command: %v %q", err, out)
	}
	sess, _ = c.NewSession()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Fatal("sftp accepted")
	}
	if _, err := c.Dial("tcp", s.srv.Addr().String()); err == nil {
		t.Fatal("port forwarding accepted")
	}
}
