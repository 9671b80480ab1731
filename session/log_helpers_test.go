package session

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var logT0 = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

// logLines encodes events numbered from seq 1, as a writer would.
func logLines(t testing.TB, events ...Event) string {
	t.Helper()
	var b strings.Builder
	for i, e := range events {
		e.V, e.Seq = FormatVersion, int64(i+1)
		if e.At.IsZero() {
			e.At = logT0.Add(time.Duration(i) * time.Second)
		}
		line, err := EncodeLine(e)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
	}
	return b.String()
}

// logNotes is n note_taken events with distinct texts.
func logNotes(n int) []Event {
	var es []Event
	for i := range n {
		es = append(es, Event{Type: NoteTaken, Text: fmt.Sprintf("note %d", i+1)})
	}
	return es
}

// logTempFile writes content to a fresh log path and returns the path.
func logTempFile(t testing.TB, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "log.jsonl")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func logReadFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// logCheckSeqs fails unless events are numbered 1, 2, 3, ... n.
func logCheckSeqs(t testing.TB, events []Event, n int) {
	t.Helper()
	if len(events) != n {
		t.Fatalf("got %d events, want %d", len(events), n)
	}
	for i, e := range events {
		if e.Seq != int64(i+1) {
			t.Fatalf("event %d has seq %d", i+1, e.Seq)
		}
	}
}

// logMustOpen opens a writer that the test closes at its end.
func logMustOpen(t testing.TB, path string) (*Writer, []Event) {
	t.Helper()
	w, events, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.Close() })
	return w, events
}
