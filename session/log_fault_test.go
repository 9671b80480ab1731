package session

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// logFaultyFile passes through to the real file but fails on request. A
// failing write first writes half of the data, as a full disk would.
type logFaultyFile struct {
	f                                  *os.File
	failWrite, failSync, failTruncates int
}

func (l *logFaultyFile) Write(p []byte) (int, error) {
	if l.failWrite > 0 {
		l.failWrite--
		n, _ := l.f.Write(p[:len(p)/2])
		return n, &fs.PathError{Op: "write", Path: l.f.Name(), Err: syscall.ENOSPC}
	}
	return l.f.Write(p)
}

func (l *logFaultyFile) Sync() error {
	if l.failSync > 0 {
		l.failSync--
		return &fs.PathError{Op: "sync", Path: l.f.Name(), Err: syscall.EIO}
	}
	return l.f.Sync()
}

func (l *logFaultyFile) Truncate(size int64) error {
	if l.failTruncates > 0 {
		l.failTruncates--
		return &fs.PathError{Op: "truncate", Path: l.f.Name(), Err: syscall.EIO}
	}
	return l.f.Truncate(size)
}

func TestFailedAppendLeavesNoHalfLine(t *testing.T) {
	cases := []struct {
		name  string
		fault logFaultyFile
		errno syscall.Errno
	}{
		{"disk full", logFaultyFile{failWrite: 1}, syscall.ENOSPC},
		{"fsync fails", logFaultyFile{failSync: 1}, syscall.EIO},
		{"disk full, and cutting back fails once", logFaultyFile{failWrite: 1, failTruncates: 1}, syscall.ENOSPC},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "log.jsonl")
			w, _ := logMustOpen(t, path)
			if _, err := w.AppendBatch(logNotes(2)); err != nil {
				t.Fatal(err)
			}
			before := logReadFile(t, path)
			fault := c.fault
			fault.f = w.f
			w.out = &fault

			_, err := w.Append(Event{Type: NoteTaken, Text: "lost to the fault"})
			if !errors.Is(err, c.errno) {
				t.Fatalf("error %v does not wrap %v", err, c.errno)
			}
			// Cutting back failing once leaves the half line until the next append.
			if left := logReadFile(t, path); (left != before) != (c.fault.failTruncates > 0) {
				t.Fatalf("after the failed append the file holds:\n%q", left)
			}
			e, err := w.Append(Event{Type: NoteTaken, Text: "after"})
			if err != nil || e.Seq != 3 {
				t.Fatalf("append after failure: seq %d, %v", e.Seq, err)
			}
			w.out = w.f
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			events, warnings, err := ReadLog(path)
			if err != nil || len(warnings) != 0 {
				t.Fatalf("ReadLog: %v %q", err, warnings)
			}
			logCheckSeqs(t, events, 3)
			if events[2].Text != "after" {
				t.Fatalf("third event is %q", events[2].Text)
			}
		})
	}
}

func TestWriterThatCannotCutBackRefusesToAppend(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, _ := logMustOpen(t, path)
	if _, err := w.Append(Event{Type: NoteTaken}); err != nil {
		t.Fatal(err)
	}
	w.out = &logFaultyFile{f: w.f, failWrite: 1, failTruncates: 2}
	if _, err := w.Append(Event{Type: NoteTaken}); !errors.Is(err, syscall.ENOSPC) {
		t.Fatal(err)
	}
	// The half line is still there: appending now would bury it mid-file.
	if _, err := w.Append(Event{Type: NoteTaken}); !errors.Is(err, syscall.EIO) {
		t.Fatalf("append over a half line: %v", err)
	}
	w.out = w.f
	if _, err := w.Append(Event{Type: NoteTaken, Text: "ok"}); err != nil {
		t.Fatal(err)
	}
	events, _, err := ReadLog(path)
	if err != nil {
		t.Fatal(err)
	}
	logCheckSeqs(t, events, 2)
}
