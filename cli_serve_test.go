package main

import (
	"net"
	"strings"
	"testing"
)

// demo, run and resume take --listen and --allow for S on the live screen;
// serve shares at once, and a port already taken stops it, in plain words.
func TestShareFlags(t *testing.T) {
	dir := t.TempDir()
	barazaUI(t, true, "--data-dir", dir, "demo", "--listen", "127.0.0.1:0", "--allow", "team.keys").expect(t, exitOK)
	// The home screen takes them too: a session opened there shares with S.
	if r := barazaUI(t, true, "--data-dir", dir, "--listen", "127.0.0.1:0", "--allow", "team.keys"); r.code != exitOK || r.apps != 1 {
		t.Fatalf("baraza --listen (home screen): %+v", r)
	}
	r := barazaUI(t, true, "--data-dir", dir, "resume", "--listen", "127.0.0.1:0")
	r.expect(t, exitOK)
	if r.apps != 1 {
		t.Fatalf("resume --listen ran %d apps", r.apps)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	r = barazaUI(t, true, "--data-dir", dir, "serve", "--listen", ln.Addr().String())
	r.expect(t, exitError)
	if r.apps != 0 || !strings.Contains(r.stderr, "cannot listen on "+ln.Addr().String()) {
		t.Fatalf("serve on a taken port: %+v", r)
	}
	// The session is still there to resume: serving's failure released it.
	barazaUI(t, true, "--data-dir", dir, "resume").expect(t, exitOK)

	// The settings file's [serve] listen applies when --listen is not given,
	// and --listen wins over it.
	settingsFile(t, "[serve]\nlisten = \""+ln.Addr().String()+"\"\n")
	r = barazaUI(t, true, "--data-dir", dir, "serve")
	if r.code != exitError || !strings.Contains(r.stderr, "cannot listen on "+ln.Addr().String()) {
		t.Fatalf("serve with [serve] listen on a taken port: %+v", r)
	}
	barazaUI(t, true, "--data-dir", dir, "serve", "--listen", "127.0.0.1:0").expect(t, exitOK)
	if got := configLines(t)["serve.listen"]; !strings.HasPrefix(got, ln.Addr().String()+" | ") {
		t.Fatalf("config shows serve.listen %q", got)
	}
}
