package sessions

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/seal"
)

func appendEvents(t *testing.T, a *Archive, id string, events ...session.Event) {
	t.Helper()
	w, err := a.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, e := range events {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
}

func listOne(t *testing.T, a *Archive, id string) Summary {
	t.Helper()
	list, errs := a.List()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, s := range list {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("%s not listed", id)
	return Summary{}
}

func TestIndexIsUsedWhileTheLogIsUnchanged(t *testing.T) {
	a := Open(t.TempDir())
	id := create(t, a, start)
	listOne(t, a, id) // builds the index
	// Doctor the cached title: an unchanged log must be listed from the cache.
	idx := a.readIndex()
	e := idx.Entries[id]
	e.Summary.Title = "from the index"
	idx.Entries[id] = e
	a.writeIndex(idx)
	if got := listOne(t, a, id).Title; got != "from the index" {
		t.Fatalf("title = %q: the index was not used", got)
	}
	// A change to the log makes the entry stale: the log wins (a log that
	// grew is read from where the entry stopped: index_grow_test.go).
	appendEvents(t, a, id, session.Event{Type: session.RoundStarted, Round: 1},
		session.Event{Type: session.TurnStarted, Participant: "p1", Turn: 1})
	s := listOne(t, a, id)
	if s.Turns != 1 {
		t.Errorf("after the log changed: %+v", s)
	}
}

func TestDamagedOrMissingIndexIsRebuiltSilently(t *testing.T) {
	a := Open(t.TempDir())
	id := create(t, a, start)
	want := listOne(t, a, id)
	for name, content := range map[string]string{
		"garbage":   "{not json",
		"old":       `{"version":0,"entries":{}}`,
		"empty":     "",
		"null list": `{"version":1,"entries":null}`,
	} {
		if err := os.WriteFile(filepath.Join(a.Dir, IndexFile), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if got := listOne(t, a, id); got.Title != want.Title || got.Turns != want.Turns {
			t.Errorf("%s index: %+v", name, got)
		}
		if len(a.readIndex().Entries) != 1 {
			t.Errorf("%s index was not rebuilt", name)
		}
	}
	if err := os.Remove(filepath.Join(a.Dir, IndexFile)); err != nil {
		t.Fatal(err)
	}
	listOne(t, a, id)
	if fi, err := os.Stat(filepath.Join(a.Dir, IndexFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("index not rebuilt privately: %v %v", fi, err)
	}
}

func TestIndexForgetsDeletedAndSealedSessions(t *testing.T) {
	a := Open(t.TempDir())
	gone := create(t, a, start)
	kept := create(t, a, start.Add(time.Hour))
	appendEvents(t, a, kept, session.Event{Type: session.SessionClosed})
	a.List()
	if err := os.RemoveAll(filepath.Join(a.SessionsDir(), gone)); err != nil {
		t.Fatal(err)
	}
	a.List()
	if _, ok := a.readIndex().Entries[gone]; ok {
		t.Error("a deleted session stays in the index")
	}
	if _, _, err := a.Seal(kept, SealOptions{Keys: seal.Keys{Passphrase: "pw", WorkFactor: 10}, Now: start}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(a.Dir, IndexFile))
	if strings.Contains(string(data), "Ikassa") || strings.Contains(string(data), kept) {
		t.Errorf("the index still names the sealed session: %s", data)
	}
}

// BenchmarkList10000 lists an archive of 10,000 sessions whose index is up
// to date: what `baraza sessions` and the home screen do every time.
func BenchmarkList10000(b *testing.B) {
	a := Open(b.TempDir())
	src := filepath.Join(b.TempDir(), "one")
	w, err := Open(src).Create(testPlan(b), []byte(testPlanSource), start)
	if err != nil {
		b.Fatal(err)
	}
	_ = w.Close()
	log, err := os.ReadFile(filepath.Join(src, "sessions", w.ID, LogFile))
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(a.SessionsDir(), 0o700); err != nil {
		b.Fatal(err)
	}
	for i := range 10000 {
		dir := filepath.Join(a.SessionsDir(), fmt.Sprintf("2026-03-14-%04d-session-%05d", i%2400, i))
		_ = os.Mkdir(dir, 0o700)
		if err := os.WriteFile(filepath.Join(dir, LogFile), log, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	time.Sleep(racyWindow + 100*time.Millisecond) // the sessions were written a while before listing
	if list, errs := a.List(); len(list) != 10000 || len(errs) > 0 {
		b.Fatalf("%d listed, %v", len(list), errs)
	}
	b.ResetTimer()
	for b.Loop() {
		a.List()
	}
}

func BenchmarkReadIndex10000(b *testing.B) {
	a := Open(b.TempDir())
	idx := summaryIndex{Version: indexVersion, Entries: map[string]indexEntry{}}
	for i := range 10000 {
		idx.Entries[fmt.Sprintf("2026-03-14-%04d-session-%05d", i%2400, i)] = indexEntry{Key: fileKey{Size: 12345, MTime: 1, CTime: 2, Ino: 3, Tail: strings.Repeat("a", 64)}, Summary: cached{Title: "Nyakabanda dialogue space: water, land", Date: "2026-03-14", StartedAt: start}}
	}
	_ = os.MkdirAll(a.SessionsDir(), 0o700)
	a.writeIndex(idx)
	for b.Loop() {
		a.readIndex()
	}
}
