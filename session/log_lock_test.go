package session

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// flock locks belong to an open file description, so a second OpenWriter in
// the same process conflicts just as another process would.
func TestSecondWriterIsLockedOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, _, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Append(Event{Type: NoteTaken}); err != nil {
		t.Fatal(err)
	}
	_, _, err = OpenWriter(path)
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second OpenWriter: %v, want *LockedError", err)
	}
	host, _ := os.Hostname()
	if le.Path != path || !strings.HasPrefix(le.Holder, fmt.Sprintf("pid %d on %s (user ", os.Getpid(), host)) ||
		!strings.Contains(le.Holder, " since 20") {
		t.Fatalf("LockedError %+v", le)
	}
	want := "session log " + path + " is open for writing by " + le.Holder +
		"; close baraza there first, or use a read-only command (export, replay)"
	if err.Error() != want {
		t.Fatalf("message:\n%s\nwant\n%s", err, want)
	}
	// Readers are not locked out, and the refused writer changed nothing.
	if events, _, err := ReadLog(path); err != nil || len(events) != 1 {
		t.Fatalf("ReadLog while locked: %d events, %v", len(events), err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	w2, events := logMustOpen(t, path)
	logCheckSeqs(t, events, 1)
	if _, err := os.Stat(path + ".lock"); err != nil {
		t.Fatalf("lock file: %v", err)
	}
	_ = w2
}

func TestLockedErrorWithoutHolderDetails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	logMustOpen(t, path)
	// The holder writes its details just after locking; a reader may see none.
	if err := os.WriteFile(path+".lock", nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := OpenWriter(path)
	var le *LockedError
	if !errors.As(err, &le) || !strings.Contains(le.Holder, "another process") {
		t.Fatalf("got %v", err)
	}
}

// A lock record synced from another computer is not ours to take: the
// writer is refused in one line naming that computer and what to do, and
// nothing is written. Once the other computer releases it (an empty
// record), or a record from this host (a crash here), the lock is taken.
func TestLockRecordFromAnotherHostIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s1", "log.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	w, _ := logMustOpen(t, path)
	if _, err := w.Append(Event{Type: NoteTaken}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	before, _ := os.ReadFile(path)
	record := `{"pid":4242,"host":"field-laptop-mopti","user":"amina","since":"2026-03-14T09:30:00Z","program":"baraza"}` + "\n"
	if err := os.WriteFile(path+".lock", []byte(record), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := OpenWriter(path)
	var ee *OpenElsewhereError
	if !errors.As(err, &ee) || ee.Host != "field-laptop-mopti" {
		t.Fatalf("OpenWriter: %v, want *OpenElsewhereError", err)
	}
	want := `session s1 is open on the computer "field-laptop-mopti" since 2026-03-14T09:30:00Z: close it there and let the sync finish; if that computer is lost, delete ` + path + ".lock to take the session over here"
	if err.Error() != want || strings.Contains(err.Error(), "\n") {
		t.Errorf("message:\n%s\nwant\n%s", err, want)
	}
	if _, err := HoldLog(path); !errors.As(err, &ee) {
		t.Errorf("HoldLog: %v", err)
	}
	after, _ := os.ReadFile(path)
	lock, _ := os.ReadFile(path + ".lock")
	if string(after) != string(before) || string(lock) != record {
		t.Error("a refused writer changed the log or the other computer's record")
	}
	host, _ := os.Hostname()
	ours := strings.Replace(record, "field-laptop-mopti", strings.ToUpper(host), 1)
	for _, rec := range []string{"", ours} {
		if err := os.WriteFile(path+".lock", []byte(rec), 0o600); err != nil {
			t.Fatal(err)
		}
		w, _, err := OpenWriter(path)
		if err != nil {
			t.Fatalf("record %q: %v", rec, err)
		}
		w.Close()
	}
}
