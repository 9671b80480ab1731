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
