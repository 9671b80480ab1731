package session

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeTestLog(t *testing.T, n int) (string, []byte) {
	t.Helper()
	s := newScript(t, testPlan())
	for i := 1; i < n; i++ {
		s.add(i, Event{Type: NoteTaken, Text: "n"})
	}
	var b bytes.Buffer
	for _, e := range s.events {
		line, err := EncodeLine(e)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
	}
	return filepath.Join(t.TempDir(), "log.jsonl"), b.Bytes()
}

// A cut inside the first line (the plan and the participants) never
// empties the log: OpenWriter refuses and points to repair.
func TestTornFirstLineIsNeverTruncated(t *testing.T) {
	path, data := writeTestLog(t, 1)
	torn := data[:len(data)/2]
	if err := os.WriteFile(path, torn, 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := OpenWriter(path)
	var tf *TornFirstLineError
	if !errors.As(err, &tf) || !strings.Contains(err.Error(), "log.jsonl:1:") || !strings.Contains(err.Error(), "baraza repair") {
		t.Fatalf("OpenWriter: %v", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, torn) {
		t.Fatalf("the log changed: %d bytes, had %d", len(got), len(torn))
	}
}

// A final newline flipped to another byte: the complete event before it is
// kept, and the message says what happened.
func TestFlippedFinalNewlineKeepsTheEvent(t *testing.T) {
	path, data := writeTestLog(t, 5)
	flipped := append([]byte(nil), data...)
	flipped[len(flipped)-1] = 'X'
	if err := os.WriteFile(path, flipped, 0o600); err != nil {
		t.Fatal(err)
	}
	w, events, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if len(events) != 5 {
		t.Fatalf("%d events, want 5 (the last one kept)", len(events))
	}
	msg := strings.Join(english(w.Warnings()), "\n")
	if !strings.Contains(msg, "log.jsonl:5: the last line's final newline was damaged (byte 0x58)") ||
		strings.Contains(msg, "had not been shown as saved") {
		t.Errorf("warnings: %s", msg)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Errorf("the log is not restored to its original bytes")
	}
}
