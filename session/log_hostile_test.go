//go:build unix

package session

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A lock file that is a link to another file (as a zip or a shared archive
// can carry) is refused: the target is neither written nor emptied.
func TestLinksInASessionDirectoryAreRefused(t *testing.T) {
	for _, name := range []string{"log.jsonl.lock", "log.jsonl"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(t.TempDir(), "precious.txt")
			if err := os.WriteFile(target, []byte("keep me\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
				t.Fatal(err)
			}
			_, _, err := OpenWriter(filepath.Join(dir, "log.jsonl"))
			var nr *NotRegularError
			if !errors.As(err, &nr) || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "symbolic link") {
				t.Fatalf("OpenWriter: %v, want a refusal naming %s", err, name)
			}
			if b, _ := os.ReadFile(target); string(b) != "keep me\n" {
				t.Errorf("the link's target changed: %q", b)
			}
			if name == "log.jsonl" {
				if _, _, err := ReadLog(filepath.Join(dir, name)); !errors.As(err, &nr) {
					t.Errorf("ReadLog of a link: %v", err)
				}
			}
		})
	}
}

// A FIFO where the log should be is refused at once, not waited on.
func TestAFIFOLogIsRefusedWithoutWaiting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 2)
	go func() { _, _, err := ReadLog(path); done <- err }()
	go func() { _, _, err := OpenWriter(path); done <- err }()
	for range 2 {
		select {
		case err := <-done:
			if !strings.Contains(err.Error(), "named pipe") {
				t.Errorf("err = %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("opening a FIFO log blocked")
		}
	}
}

// Deleting log.jsonl.lock does not let a second writer in: the lock is on
// the session directory, which cannot be swapped under the writer.
func TestDeletingTheLockFileAdmitsNoSecondWriter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, _ := logMustOpen(t, path)
	defer w.Close()
	if err := os.Remove(path + ".lock"); err != nil {
		t.Fatal(err)
	}
	_, _, err := OpenWriter(path)
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second writer after deleting the lock file: %v, want *LockedError", err)
	}
}

// A second writer that got in anyway is caught at the next append, which
// writes nothing and says so plainly.
func TestASecondWriterIsDetectedAtTheNextAppend(t *testing.T) {
	for _, how := range []string{"appended", "replaced"} {
		t.Run(how, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "log.jsonl")
			w, _ := logMustOpen(t, path)
			defer w.Close()
			if _, err := w.Append(Event{Type: NoteTaken, Text: "one"}); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(path)
			other := append([]byte(nil), before...)
			line, _ := EncodeLine(Event{V: FormatVersion, Seq: 2, At: logT0, Type: NoteTaken, Text: "other"})
			other = append(other, line...)
			if how == "appended" {
				f, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
				f.Write(line)
				f.Close()
			} else {
				os.Remove(path)
				os.WriteFile(path, other, 0o600)
			}
			_, err := w.Append(Event{Type: NoteTaken, Text: "mine"})
			if !errors.Is(err, ErrLogChanged) || !strings.Contains(err.Error(), "another program") {
				t.Fatalf("append after a second writer: %v", err)
			}
			if after, _ := os.ReadFile(path); string(after) != string(other) {
				t.Errorf("the append wrote despite the other writer:\n%s", after)
			}
		})
	}
}
