package seal

import (
	"archive/tar"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
)

var sealTime = time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)

// sessionDir makes a plain session directory with a few files, names with
// accents included, and returns it with its files.
func sessionDir(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "sessions", "2026-03-14-0930-ikassa")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"plan.toml":         "title = \"Ikassa\"\n[[participants]]\nname = \"Déogratias Bahati\"\n",
		"log.jsonl":         `{"v":1,"seq":1,"type":"session_started"}` + "\n",
		"annotations.jsonl": `{"text":"Aïssata Traoré-Koné spoke well"}` + "\n",
		"log.jsonl.lock":    "pid 1",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	delete(files, "log.jsonl.lock") // never sealed
	return dir, files
}

func newIdentity(t *testing.T) *age.X25519Identity {
	t.Helper()
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func filesOf(files []File) map[string]string {
	m := map[string]string{}
	for _, f := range files {
		m[f.Name] = string(f.Data)
	}
	return m
}

func dirFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = string(data)
	}
	return m
}

func TestSealAndUnsealRoundTrips(t *testing.T) {
	programme := newIdentity(t)
	cases := []struct {
		name    string
		keys    Keys
		secrets Secrets
	}{
		{"public key", Keys{Recipients: []*age.X25519Recipient{programme.Recipient()}},
			Secrets{Identities: []age.Identity{programme}}},
		{"passphrase", Keys{Passphrase: "mango tree by the river", WorkFactor: 10},
			Secrets{Passphrase: "mango tree by the river"}},
		{"both, opened by the key", Keys{Recipients: []*age.X25519Recipient{programme.Recipient()}, Passphrase: "pw", WorkFactor: 10},
			Secrets{Identities: []age.Identity{programme}}},
		{"both, opened by the passphrase", Keys{Recipients: []*age.X25519Recipient{programme.Recipient()}, Passphrase: "pw", WorkFactor: 10},
			Secrets{Passphrase: "pw"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src, want := sessionDir(t)
			parent := filepath.Dir(src)
			dst := filepath.Join(parent, "sealed-1")
			if err := Seal(src, "2026-03-14-0930-ikassa", dst, tc.keys, nil, sealTime); err != nil {
				t.Fatal(err)
			}
			if err := Wipe(src); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Lstat(src); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("the plaintext directory is still there: %v", err)
			}
			for name, text := range dirFiles(t, dst) {
				for _, secret := range []string{"Déogratias", "Traoré", "session_started"} {
					if strings.Contains(text, secret) {
						t.Errorf("%s holds %q in the clear", name, secret)
					}
				}
			}
			info, err := ReadInfo(dst)
			if err != nil {
				t.Fatal(err)
			}
			if info.Passphrase != (tc.keys.Passphrase != "") || len(info.Recipients) != len(tc.keys.Recipients) || info.Label != nil {
				t.Errorf("info = %+v", info)
			}
			id, err := Unseal(dst, parent, tc.secrets)
			if err != nil {
				t.Fatal(err)
			}
			if id != "2026-03-14-0930-ikassa" {
				t.Errorf("id = %q", id)
			}
			if got := dirFiles(t, filepath.Join(parent, id)); !reflect.DeepEqual(got, want) {
				t.Errorf("unsealed files = %v, want %v", got, want)
			}
			if _, err := os.Lstat(dst); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the sealed copy is still there after unsealing")
			}
		})
	}
}

func TestWrongSecretsChangeNothing(t *testing.T) {
	programme, stranger := newIdentity(t), newIdentity(t)
	src, _ := sessionDir(t)
	parent := filepath.Dir(src)
	dst := filepath.Join(parent, "sealed-1")
	keys := Keys{Recipients: []*age.X25519Recipient{programme.Recipient()}, Passphrase: "right", WorkFactor: 10}
	if err := Seal(src, "s", dst, keys, nil, sealTime); err != nil {
		t.Fatal(err)
	}
	if err := Wipe(src); err != nil {
		t.Fatal(err)
	}
	before := dirFiles(t, dst)
	for name, secrets := range map[string]Secrets{
		"another key":      {Identities: []age.Identity{stranger}},
		"wrong passphrase": {Passphrase: "wrong"},
	} {
		_, err := Unseal(dst, parent, secrets)
		if !errors.Is(err, ErrWrongSecret) {
			t.Errorf("%s: err = %v, want ErrWrongSecret", name, err)
		}
	}
	if _, err := Unseal(dst, parent, Secrets{}); !errors.Is(err, ErrNoSecret) {
		t.Errorf("no secret: err = %v", err)
	}
	if after := dirFiles(t, dst); !reflect.DeepEqual(before, after) {
		t.Error("a failed unseal changed the sealed files")
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 {
		t.Errorf("the sessions directory holds %d entries, want only the sealed one", len(entries))
	}
}

func TestSealRefusesLinksAndLeavesThePlaintext(t *testing.T) {
	src, want := sessionDir(t)
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("not the session's"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(src, "minutes.md")); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(filepath.Dir(src), "sealed-1")
	err := Seal(src, "s", dst, Keys{Passphrase: "p", WorkFactor: 10}, nil, sealTime)
	if err == nil || !strings.Contains(err.Error(), "minutes.md") {
		t.Fatalf("err = %v, want a refusal naming the link", err)
	}
	if _, err := os.Lstat(dst); !errors.Is(err, os.ErrNotExist) {
		t.Error("a sealed directory was left behind")
	}
	got := dirFiles(t, src)
	delete(got, "minutes.md")
	delete(got, "log.jsonl.lock")
	if !reflect.DeepEqual(got, want) {
		t.Error("the plaintext changed although sealing failed")
	}
}

func TestSealNeedsAKey(t *testing.T) {
	src, _ := sessionDir(t)
	if err := Seal(src, "s", src+"-sealed", Keys{}, nil, sealTime); err == nil {
		t.Fatal("sealed to nobody")
	}
}

func TestLabelIsReadableWithoutKey(t *testing.T) {
	src, _ := sessionDir(t)
	dst := filepath.Join(filepath.Dir(src), "x.sealed")
	label := &Label{ID: "2026-03-14-0930-ikassa", Title: "Ikassa", Date: "2026-03-14"}
	if err := Seal(src, label.ID, dst, Keys{Passphrase: "p", WorkFactor: 10}, label, sealTime); err != nil {
		t.Fatal(err)
	}
	info, err := ReadInfo(dst)
	if err != nil {
		t.Fatal(err)
	}
	if info.Label == nil || *info.Label != *label || !info.SealedAt.Equal(sealTime) {
		t.Errorf("info = %+v", info)
	}
}

// hostilePayload encrypts a hand-made tar to id, as an attacker who knows
// the programme's public key could.
func hostilePayload(t *testing.T, dir string, id *age.X25519Identity, entries []tar.Header) {
	t.Helper()
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	for _, h := range entries {
		h := h
		if h.Typeflag == tar.TypeReg {
			h.Size = 1
		}
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			_, _ = tw.Write([]byte("x"))
		}
	}
	_ = tw.Close()
	payload, err := encrypt(tb.Bytes(), id.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	_ = os.MkdirAll(dir, 0o700)
	_ = os.WriteFile(filepath.Join(dir, PayloadFile), payload, 0o600)
	_ = os.WriteFile(filepath.Join(dir, InfoFile), []byte(`{"format":1,"sealed_at":"2026-03-14T00:00:00Z","passphrase":false}`), 0o600)
}

func TestUnsealRefusesHostilePayloads(t *testing.T) {
	programme := newIdentity(t)
	reg := func(name string) tar.Header { return tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o600} }
	cases := map[string][]tar.Header{
		"climbs out":      {reg("s/../../evil")},
		"absolute":        {reg("/etc/passwd")},
		"nested":          {reg("s/sub/log.jsonl")},
		"hidden":          {reg("s/.bashrc")},
		"a link":          {{Name: "s/log.jsonl", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}},
		"two sessions":    {reg("a/log.jsonl"), reg("b/log.jsonl")},
		"twice the same":  {reg("s/log.jsonl"), reg("s/log.jsonl")},
		"backslash path":  {reg(`s/..\..\evil`)},
		"empty":           {},
		"no session name": {reg("log.jsonl")},
	}
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "sealed-x")
			hostilePayload(t, dir, programme, cases[name])
			_, err := Unseal(dir, parent, Secrets{Identities: []age.Identity{programme}})
			if !errors.Is(err, errBadPayload) {
				t.Fatalf("err = %v, want a refusal", err)
			}
			entries, _ := os.ReadDir(parent)
			if len(entries) != 1 {
				t.Errorf("%d entries in the parent after a refused unseal", len(entries))
			}
		})
	}
}

func TestTamperedSealedFileIsRefused(t *testing.T) {
	programme := newIdentity(t)
	src, _ := sessionDir(t)
	parent := filepath.Dir(src)
	dst := filepath.Join(parent, "sealed-1")
	if err := Seal(src, "s", dst, Keys{Recipients: []*age.X25519Recipient{programme.Recipient()}}, nil, sealTime); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dst, PayloadFile)
	data, _ := os.ReadFile(path)
	data[len(data)-5] ^= 0x40
	_ = os.WriteFile(path, data, 0o600)
	if _, err := Unseal(dst, parent, Secrets{Identities: []age.Identity{programme}}); err == nil || errors.Is(err, ErrWrongSecret) {
		t.Fatalf("err = %v, want damage reported", err)
	}
}

func TestValidName(t *testing.T) {
	for s, want := range map[string]bool{
		"log.jsonl": true, "2026-03-14-0930-ikassa": true, "": false, ".": false, "..": false,
		".hidden": false, "a/b": false, `a\b`: false, "c:": false, "a\x00b": false, "é.txt": true,
	} {
		if got := ValidName(s); got != want {
			t.Errorf("ValidName(%q) = %v, want %v", s, got, want)
		}
	}
}
