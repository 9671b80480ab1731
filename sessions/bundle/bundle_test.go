package bundle

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

var packTime = time.Date(2026, 3, 20, 8, 0, 0, 0, time.UTC)

// archiveWith makes a sessions directory holding the given sessions
// (name -> file -> text) and returns it.
func archiveWith(t testing.TB, sessions map[string]map[string]string) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "sessions")
	for name, files := range sessions {
		dir := filepath.Join(root, name)
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		for f, text := range files {
			if err := os.WriteFile(filepath.Join(dir, f), []byte(text), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.MkdirAll(root, 0o700); err != nil {
		t.Fatal(err)
	}
	return root
}

// contents reads a sessions directory back, skipping hidden entries.
func contents(t *testing.T, root string) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		files := map[string]string{}
		sub, _ := os.ReadDir(filepath.Join(root, e.Name()))
		for _, f := range sub {
			data, _ := os.ReadFile(filepath.Join(root, e.Name(), f.Name()))
			files[f.Name()] = string(data)
		}
		out[e.Name()] = files
	}
	return out
}

func noHold(string) (func() error, error) { return func() error { return nil }, nil }

func target(root string) Target { return Target{SessionsDir: root, Hold: noHold} }

// closedLog is a minimal log that folds to a closed session.
const closedLog = `{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"session_started","session":"s","plan":{"title":"T","language":"en","participants":[],"rounds":[{"title":"R","levels":["community"],"order":"progressive"}]}}
{"v":1,"seq":2,"at":"2026-03-14T11:00:00Z","type":"session_closed"}
`

var twoSessions = map[string]map[string]string{
	"2026-03-14-0930-ikassa": {"log.jsonl": closedLog, "plan.toml": "title = \"Ikassa\"\n", "log.jsonl.lock": "pid"},
	"sealed-0123456789ab":    {"session.age": "age-encrypted bytes", "sealed.json": `{"format":1}`},
}

func pack(t testing.TB, root string) []byte {
	t.Helper()
	entries, _ := os.ReadDir(root)
	var dirs []string
	for _, e := range entries {
		dirs = append(dirs, filepath.Join(root, e.Name()))
	}
	var buf bytes.Buffer
	if _, err := Pack(&buf, dirs, packTime); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPackImportRoundTripAndIdempotence(t *testing.T) {
	src := archiveWith(t, twoSessions)
	b := pack(t, src)
	dst := archiveWith(t, nil)
	rep, err := ImportBundle(bytes.NewReader(b), "x.baraza", target(dst))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(Added) != 2 {
		t.Fatalf("results = %+v", rep.Results)
	}
	want := contents(t, src)
	delete(want["2026-03-14-0930-ikassa"], "log.jsonl.lock") // a lock never travels
	if got := contents(t, dst); !reflect.DeepEqual(got, want) {
		t.Errorf("imported %v, want %v", got, want)
	}
	again, err := ImportBundle(bytes.NewReader(b), "x.baraza", target(dst))
	if err != nil || again.Count(Unchanged) != 2 {
		t.Fatalf("second import: %+v, %v", again.Results, err)
	}
	if got := contents(t, dst); !reflect.DeepEqual(got, want) {
		t.Error("importing twice changed the archive")
	}
	fromDir, err := ImportDir(filepath.Dir(src), target(dst))
	if err != nil || fromDir.Count(Unchanged) != 2 {
		t.Fatalf("import of the directory: %+v, %v", fromDir.Results, err)
	}
}

func TestTamperedBundleIsRefusedWhole(t *testing.T) {
	b := pack(t, archiveWith(t, twoSessions))
	// Change one byte of a file inside the (decompressed) tar, keeping sizes.
	zr, _ := gzip.NewReader(bytes.NewReader(b))
	var raw bytes.Buffer
	_, _ = raw.ReadFrom(zr)
	tampered := bytes.Replace(raw.Bytes(), []byte("Ikassa"), []byte("Ikasso"), 1)
	if bytes.Equal(tampered, raw.Bytes()) {
		t.Fatal("test did not change the bundle")
	}
	dst := archiveWith(t, nil)
	_, err := ImportBundle(bytes.NewReader(tampered), "x.baraza", target(dst))
	if err == nil || !strings.Contains(err.Error(), "nothing was imported") {
		t.Fatalf("err = %v", err)
	}
	if got := contents(t, dst); len(got) != 0 {
		t.Errorf("a refused bundle left %v", got)
	}
	if entries, _ := os.ReadDir(dst); len(entries) != 0 {
		t.Errorf("staging left behind: %v", entries)
	}
}

// craft writes a bundle by hand: a manifest and entries, as an attacker could.
func craft(t *testing.T, m Manifest, entries []tar.Header, bodies []string) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	mj, _ := json.Marshal(m)
	_ = tw.WriteHeader(&tar.Header{Name: ManifestName, Typeflag: tar.TypeReg, Size: int64(len(mj)), Mode: 0o600})
	_, _ = tw.Write(mj)
	for i, h := range entries {
		h := h
		if h.Typeflag == tar.TypeReg {
			h.Size = int64(len(bodies[i]))
		}
		_ = tw.WriteHeader(&h)
		if h.Typeflag == tar.TypeReg {
			_, _ = tw.Write([]byte(bodies[i]))
		}
	}
	_ = tw.Close()
	return buf.Bytes()
}

func TestHostileBundlesAreRefused(t *testing.T) {
	body := "x"
	ok := FileEntry{Name: "log.jsonl", Size: 1, SHA256: digest([]byte(body))}
	reg := func(name string) tar.Header { return tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o600} }
	manifest := func(name string, files ...FileEntry) Manifest {
		return Manifest{Format: 1, Sessions: []SessionFile{{Name: name, Files: files}}}
	}
	cases := map[string]struct {
		m       Manifest
		entries []tar.Header
	}{
		"session climbs out":     {manifest("..", ok), []tar.Header{reg("sessions/../log.jsonl")}},
		"file climbs out":        {manifest("s", FileEntry{Name: "../../x", Size: 1, SHA256: ok.SHA256}), []tar.Header{reg("sessions/s/../../x")}},
		"absolute":               {manifest("/etc", ok), []tar.Header{reg("/etc/log.jsonl")}},
		"entry not in manifest":  {manifest("s", ok), []tar.Header{reg("sessions/s/log.jsonl"), reg("sessions/s/../../evil")}},
		"a link":                 {manifest("s", ok), []tar.Header{{Name: "sessions/s/log.jsonl", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}}},
		"missing file":           {manifest("s", ok, FileEntry{Name: "plan.toml", Size: 1, SHA256: ok.SHA256}), []tar.Header{reg("sessions/s/log.jsonl")}},
		"a lock file":            {manifest("s", FileEntry{Name: "log.jsonl.lock", Size: 1, SHA256: ok.SHA256}), []tar.Header{reg("sessions/s/log.jsonl.lock")}},
		"hidden session":         {manifest(".s", ok), []tar.Header{reg("sessions/.s/log.jsonl")}},
		"windows separator":      {manifest(`a\b`, ok), []tar.Header{reg(`sessions/a\b/log.jsonl`)}},
		"wrong hash":             {manifest("s", FileEntry{Name: "log.jsonl", Size: 1, SHA256: strings.Repeat("0", 64)}), []tar.Header{reg("sessions/s/log.jsonl")}},
		"same session twice":     {Manifest{Format: 1, Sessions: []SessionFile{{Name: "s", Files: []FileEntry{ok}}, {Name: "S", Files: []FileEntry{ok}}}}, []tar.Header{reg("sessions/s/log.jsonl")}},
		"newer format":           {Manifest{Format: 99}, nil},
		"no manifest first line": {Manifest{}, nil},
	}
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			tc := cases[name]
			bodies := make([]string, len(tc.entries))
			for i := range bodies {
				bodies[i] = body
			}
			b := craft(t, tc.m, tc.entries, bodies)
			if name == "no manifest first line" {
				b = []byte("just some file\n")
			}
			outer := t.TempDir()
			dst := filepath.Join(outer, "sessions")
			_ = os.Mkdir(dst, 0o700)
			if _, err := ImportBundle(bytes.NewReader(b), "x", target(dst)); err == nil {
				t.Fatal("a hostile bundle was accepted")
			}
			if got, _ := os.ReadDir(dst); len(got) != 0 {
				t.Errorf("left %v in the archive", got)
			}
			if got, _ := os.ReadDir(outer); len(got) != 1 {
				t.Errorf("wrote outside the archive: %v", got)
			}
		})
	}
}

func TestSameIDOtherContentKeepsBoth(t *testing.T) {
	dst := archiveWith(t, map[string]map[string]string{"s": {"log.jsonl": closedLog, "plan.toml": "mine"}})
	src := archiveWith(t, map[string]map[string]string{"s": {"log.jsonl": closedLog, "plan.toml": "theirs"}})
	rep, err := ImportBundle(bytes.NewReader(pack(t, src)), "x", target(dst))
	if err != nil {
		t.Fatal(err)
	}
	r := rep.Results[0]
	if r.Outcome != KeptBoth || !strings.HasPrefix(r.As, "s-conflict-") {
		t.Fatalf("result = %+v", r)
	}
	got := contents(t, dst)
	if got["s"]["plan.toml"] != "mine" || got[r.As]["plan.toml"] != "theirs" {
		t.Errorf("archive = %v", got)
	}
	again, _ := ImportBundle(bytes.NewReader(pack(t, src)), "x", target(dst))
	if again.Results[0].Outcome != Unchanged || len(contents(t, dst)) != 2 {
		t.Errorf("second import = %+v", again.Results)
	}
}

func TestGrownLogUpdatesUnlessOpenHere(t *testing.T) {
	first := strings.SplitAfter(closedLog, "\n")[0]
	for _, open := range []bool{false, true} {
		dst := archiveWith(t, map[string]map[string]string{"s": {"log.jsonl": first}})
		src := archiveWith(t, map[string]map[string]string{"s": {"log.jsonl": closedLog}})
		tg := target(dst)
		if open {
			tg.Hold = func(string) (func() error, error) { return nil, errors.New("locked by pid 7") }
		}
		rep, err := ImportBundle(bytes.NewReader(pack(t, src)), "x", tg)
		if err != nil {
			t.Fatal(err)
		}
		got := contents(t, dst)
		switch r := rep.Results[0]; {
		case !open && (r.Outcome != Updated || got["s"]["log.jsonl"] != closedLog):
			t.Errorf("grown log: %+v, archive %v", r, got)
		case open && (r.Outcome != KeptBoth || got["s"]["log.jsonl"] != first):
			t.Errorf("open here: %+v, archive %v: an open session was touched", r, got)
		}
	}
}

func TestOpenSessionIsMarkedImported(t *testing.T) {
	first := strings.SplitAfter(closedLog, "\n")[0]
	src := archiveWith(t, map[string]map[string]string{"open": {"log.jsonl": first}, "closed": {"log.jsonl": closedLog}})
	dst := archiveWith(t, nil)
	if _, err := ImportBundle(bytes.NewReader(pack(t, src)), "x", target(dst)); err != nil {
		t.Fatal(err)
	}
	got := contents(t, dst)
	if _, ok := got["open"][ImportedMarker]; !ok {
		t.Error("an open session came in without the import marker")
	}
	if _, ok := got["closed"][ImportedMarker]; ok {
		t.Error("a closed session was marked")
	}
}

func TestDirImportLeavesOutConflictCopiesAndLinks(t *testing.T) {
	src := archiveWith(t, map[string]map[string]string{
		"a": {"log.jsonl": closedLog, "log.sync-conflict-20260314-093000-ABCDEFG.jsonl": "x",
			"plan (conflicted copy 2026-03-14).toml": "y", ".syncthing.log.jsonl.tmp": "z"},
		"b": {"log.jsonl": closedLog},
	})
	if err := os.Symlink("/etc/passwd", filepath.Join(src, "b", "plan.toml")); err != nil {
		t.Fatal(err)
	}
	dst := archiveWith(t, nil)
	rep, err := ImportDir(filepath.Dir(src), target(dst))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Conflicts) != 2 {
		t.Errorf("conflicts = %v", rep.Conflicts)
	}
	got := contents(t, dst)
	if !reflect.DeepEqual(got["a"], map[string]string{"log.jsonl": closedLog}) {
		t.Errorf("a = %v", got["a"])
	}
	if _, ok := got["b"]; ok {
		t.Error("a session holding a link was imported")
	}
	if rep.Count(Skipped) != 1 {
		t.Errorf("results = %+v", rep.Results)
	}
}

func TestIsConflictCopy(t *testing.T) {
	for name, want := range map[string]bool{
		"log.sync-conflict-20260314-093000-ABCDEFG.jsonl": true,
		"log (conflicted copy 2026-03-14).jsonl":          true,
		"log (1).jsonl":                                   true,
		"log-conflict-laptop.jsonl":                       true,
		"log.jsonl":                                       false,
		"minutes.md":                                      false,
		"annotations.jsonl":                               false,
	} {
		if got := IsConflictCopy(name); got != want {
			t.Errorf("IsConflictCopy(%q) = %v", name, got)
		}
	}
}

// BenchmarkImport1000 imports a bundle of 1,000 sessions (each a small
// closed log and a plan) into an empty archive.
func BenchmarkImport1000(b *testing.B) {
	sessions := map[string]map[string]string{}
	for i := range 1000 {
		sessions[fmt.Sprintf("2026-03-14-%04d-session-%04d", i%1440, i)] = map[string]string{
			"log.jsonl": closedLog + strings.Repeat(`{"v":1,"seq":3,"at":"2026-03-14T11:00:00Z","type":"note_taken","text":"a note of some length to make the log realistic"}`+"\n", 40),
			"plan.toml": "title = \"Ikassa\"\n"}
	}
	src := archiveWith(b, sessions)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		data := pack(b, src)
		dst := archiveWith(b, nil)
		b.StartTimer()
		rep, err := ImportBundle(bytes.NewReader(data), "x", target(dst))
		if err != nil || rep.Count(Added) != 1000 {
			b.Fatalf("%v %d", err, rep.Count(Added))
		}
	}
}
