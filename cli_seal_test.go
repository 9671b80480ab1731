package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/baraza-app/baraza/sessions"
)

// programmeKeys writes an age key pair as age-keygen would and returns the
// identity file and the public key.
func programmeKeys(t *testing.T) (identityFile, publicKey string) {
	t.Helper()
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	text := "# created: 2026-03-14T09:00:00Z\n# public key: " + id.Recipient().String() + "\n" + id.String() + "\n"
	return writeFile(t, dir, "programme.key", text), id.Recipient().String()
}

func TestSealExportUnsealWithTheProgrammeKey(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local)
	id := createSession(t, a, planFiles[2], start, 3, true)
	keyFile, pub := programmeKeys(t)

	plain := baraza(t, "export", id, "--data-dir", data)
	plain.expect(t, exitOK)

	r := baraza(t, "seal", id, "--to", pub, "--data-dir", data)
	r.expect(t, exitOK)
	if !strings.HasPrefix(r.stdout, "Sealed "+id+" as sealed-") {
		t.Fatalf("stdout = %q", r.stdout)
	}
	name := strings.TrimSpace(strings.TrimPrefix(r.stdout, "Sealed "+id+" as "))
	if _, err := os.Stat(filepath.Join(a.SessionsDir(), id)); !os.IsNotExist(err) {
		t.Fatalf("the plaintext session is still there: %v", err)
	}

	list := baraza(t, "sessions", "--data-dir", data)
	list.expect(t, exitOK)
	if !strings.Contains(list.stdout, name) || !strings.Contains(list.stdout, "sealed") || strings.Contains(list.stdout, "Kisumu") {
		t.Errorf("the list does not show the session as sealed, title hidden:\n%s", list.stdout)
	}

	locked := baraza(t, "export", name, "--data-dir", data)
	locked.expect(t, exitError)
	if !strings.Contains(locked.stderr, "--identity") {
		t.Errorf("export without a key says %q", locked.stderr)
	}
	otherKey, _ := programmeKeys(t)
	wrong := baraza(t, "export", name, "--identity", otherKey, "--data-dir", data)
	wrong.expect(t, exitError)
	if lines := strings.Count(wrong.stderr, "\n"); lines != 1 || !strings.Contains(wrong.stderr, "does not open") {
		t.Errorf("a wrong key should give one plain line, got %q", wrong.stderr)
	}

	opened := baraza(t, "export", name, "--identity", keyFile, "--data-dir", data)
	opened.expect(t, exitOK)
	if opened.stdout != plain.stdout {
		t.Error("the minutes of the sealed session differ from the plain session's")
	}

	bad := baraza(t, "unseal", name, "--identity", otherKey, "--data-dir", data)
	bad.expect(t, exitError)
	if _, err := os.Stat(filepath.Join(a.SessionsDir(), name)); err != nil {
		t.Fatalf("a wrong key removed the sealed session: %v", err)
	}
	back := baraza(t, "unseal", name, "--identity", keyFile, "--data-dir", data)
	back.expect(t, exitOK)
	again := baraza(t, "export", id, "--data-dir", data)
	again.expect(t, exitOK)
	if again.stdout != plain.stdout {
		t.Error("the unsealed session exports differently")
	}
}

func TestSealRefusesOpenSessionsAndNoKey(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, false)
	_, pub := programmeKeys(t)

	open := baraza(t, "seal", id, "--to", pub, "--data-dir", data)
	open.expect(t, exitError)
	if !strings.Contains(open.stderr, "still open") {
		t.Errorf("stderr = %q", open.stderr)
	}
	none := baraza(t, "seal", id, "--data-dir", data)
	none.expect(t, exitUsage)
	badKey := baraza(t, "seal", id, "--to", "ssh-ed25519 AAAA", "--data-dir", data)
	badKey.expect(t, exitUsage)
	if !strings.Contains(badKey.stderr, "age1") {
		t.Errorf("stderr = %q", badKey.stderr)
	}
	if _, err := os.Stat(filepath.Join(a.SessionsDir(), id, sessions.LogFile)); err != nil {
		t.Fatal("a refused seal touched the session")
	}
}

func TestSealWithPassphraseFileAndLabel(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	pw := writeFile(t, t.TempDir(), "pw", "mango tree by the river\n")
	r := baraza(t, "seal", id, "--passphrase-file", pw, "--show-label", "--data-dir", data)
	r.expect(t, exitOK)
	list := baraza(t, "sessions", "--data-dir", data)
	list.expect(t, exitOK)
	if !strings.Contains(list.stdout, id+".sealed") || !strings.Contains(list.stdout, "Ikassa") {
		t.Errorf("a labelled sealed session should show its id and title:\n%s", list.stdout)
	}
	wrongPw := writeFile(t, t.TempDir(), "pw", "wrong\n")
	baraza(t, "unseal", id, "--passphrase-file", wrongPw, "--data-dir", data).expect(t, exitError)
	baraza(t, "unseal", id, "--passphrase-file", pw, "--data-dir", data).expect(t, exitOK)
	baraza(t, "export", id, "--data-dir", data).expect(t, exitOK)
}
