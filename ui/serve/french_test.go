package serve

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/ui"
)

// TestRefusalsBeforeLoginInBothLanguages: before login the refusal has
// French words too, in ASCII only: OpenSSH escapes every other byte of
// what it is told then, whatever its locale ("refus\303\251").
func TestRefusalsBeforeLoginInBothLanguages(t *testing.T) {
	a, id := newSessionIn(t, "fr")
	s := start(t, a, id)
	for _, tc := range []struct{ user, code, want string }{
		{"root", "x", "baraza: refused: \"root\" is not a role; connect as note@, observer@ or room@ (connectez-vous en note@, observer@ ou room@)"},
		{"note", "bakomi tulesa ripodu", "baraza: refused: wrong join code for note (code de connexion faux)"},
	} {
		ask := &codeAuth{code: tc.code}
		if _, err := s.dial(tc.user, ask.method()); err == nil {
			t.Fatalf("%s accepted", tc.user)
		}
		got := ask.lines()
		if got != tc.want {
			t.Errorf("refusal %q, want %q", got, tc.want)
		}
		for _, r := range got {
			if r > 0x7e {
				t.Errorf("%q: %q is not ASCII: ssh would show it escaped", got, r)
			}
		}
	}
}

// TestRefusalsInTheClientsLanguage: once in (what is said then reaches
// the terminal as it is), the client's LANG decides; without one, the
// session's language does.
func TestRefusalsInTheClientsLanguage(t *testing.T) {
	a, id := newSession(t) // an English session
	s := start(t, a, id)
	// run opens a session with LANG=lang and runs ls (command), or asks
	// for a shell without a terminal.
	run := func(t *testing.T, lang string, command bool) string {
		t.Helper()
		c, err := s.dial("note", gossh.PublicKeys(s.key))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if lang != "" {
			if err := sess.Setenv("LANG", lang); err != nil {
				t.Fatal(err)
			}
		}
		cmd := ""
		if command {
			cmd = "ls"
		}
		out, _ := sess.CombinedOutput(cmd)
		return string(out)
	}
	for _, tc := range []struct {
		name, lang string
		command    bool
		want       string
	}{
		{"a command, French client", "fr_FR.UTF-8", true, "baraza: refusé\u202f: ce serveur n'exécute aucune commande"},
		{"a command, no LANG", "", true, "baraza: refused: this server runs no commands"},
		{"no terminal, French client", "fr_CD.UTF-8", false, "baraza: refusé\u202f: pas de terminal\u202f; connectez-vous avec ssh -t"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := run(t, tc.lang, tc.command); !strings.Contains(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestServerErrorsInFrench: what stops sharing before it starts (a bad
// --allow line, a host key that is not a file, a port taken) is said in
// French, and the port taken is still recognised as such.
func TestServerErrorsInFrench(t *testing.T) {
	a, id := newSessionIn(t, "fr")
	w, err := a.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := ui.NewHub(ui.Options{Theme: ui.Theme{NoColor: true}}, w.Log, w.Events, w.Dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = hub.Close(time.Second); _ = w.Close() })

	t.Run("allow line", func(t *testing.T) {
		allow := filepath.Join(t.TempDir(), "team.keys")
		if err := os.WriteFile(allow, []byte("# team\nnot a key\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := New(hub, Config{Listen: "127.0.0.1:0", DataDir: t.TempDir(), Allow: allow})
		got := facilitation.ErrorIn(err, "fr")
		if !strings.HasPrefix(got, allow+":2:1\u202f: ") || !strings.Contains(got, "chaque ligne doit être une seule clé publique") {
			t.Fatalf("%q", got)
		}
	})
	t.Run("host key not a file", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, HostKeyFile), 0o700); err != nil {
			t.Fatal(err)
		}
		_, err := New(hub, Config{Listen: "127.0.0.1:0", DataDir: dir})
		want := "clé de l'hôte\u202f: " + filepath.Join(dir, HostKeyFile) + " n'est pas un fichier ordinaire\u202f: déplacez-le"
		if got := facilitation.ErrorIn(err, "fr"); !strings.HasPrefix(got, want) {
			t.Fatalf("%q, want %q…", got, want)
		}
	})
	t.Run("host key unreadable", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, HostKeyFile)
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := New(hub, Config{Listen: "127.0.0.1:0", DataDir: dir})
		if got := facilitation.ErrorIn(err, "fr"); !strings.Contains(got, "déplacez-le et recommencez (une nouvelle clé d'hôte sera créée\u202f;") {
			t.Fatalf("%q", got)
		}
	})
	t.Run("port taken", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		srv, err := New(hub, Config{Listen: ln.Addr().String(), DataDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		err = srv.Listen()
		if !errors.Is(err, syscall.EADDRINUSE) {
			t.Fatalf("not recognised as a port taken: %v", err)
		}
		got := facilitation.ErrorIn(err, "fr")
		if !strings.HasPrefix(got, "impossible d'écouter sur "+ln.Addr().String()+"\u202f: ") || !strings.HasSuffix(got, "choisissez-en un avec --listen)") {
			t.Fatalf("%q", got)
		}
	})
}
