package session

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadLogSample(t *testing.T) {
	const path = "testdata/log/sample.jsonl"
	events, warnings, err := ReadLog(path)
	if err != nil || len(warnings) != 0 {
		t.Fatalf("%v %q", err, warnings)
	}
	logCheckSeqs(t, events, 38)
	// The sample is in canonical form: re-encoding gives the same bytes.
	raw, _ := os.ReadFile(path)
	var again []byte
	for _, e := range events {
		line, err := EncodeLine(e)
		if err != nil {
			t.Fatal(err)
		}
		again = append(again, line...)
	}
	if !bytes.Equal(again, raw) {
		t.Fatalf("re-encoded sample differs:\n%s", again)
	}
	seen := map[Type]bool{}
	for _, e := range events {
		seen[e.Type] = true
	}
	for _, typ := range AllTypes {
		if !seen[typ] {
			t.Errorf("sample has no %s event", typ)
		}
	}
}

func TestReadLogIgnoresButDoesNotRepairATornTail(t *testing.T) {
	good := logLines(t, logNotes(2)...)
	content := good + `{"v":1,"seq":3,"at":"2026-` + "\x00\x00"
	path := logTempFile(t, content)
	events, warnings, err := ReadLog(path)
	if err != nil {
		t.Fatal(err)
	}
	logCheckSeqs(t, events, 2)
	logCheckWarnings(t, warnings, path, []string{"ignored an incomplete last line (28 bytes)"})
	if logReadFile(t, path) != content {
		t.Fatal("ReadLog changed the file")
	}

	// A whole event missing only its "\n" is read, as OpenWriter keeps it.
	path = logTempFile(t, strings.TrimSuffix(good, "\n"))
	events, warnings, err = ReadLog(path)
	if err != nil {
		t.Fatal(err)
	}
	logCheckSeqs(t, events, 2)
	logCheckWarnings(t, warnings, path, []string{"no final newline"})
}

func TestReadLogReadsVeryLongLines(t *testing.T) {
	long := strings.Repeat("Déogratias a parlé longtemps. ", 40000) // > 1 MB
	path := logTempFile(t, logLines(t, Event{Type: NoteTaken, Text: long}, Event{Type: NoteTaken, Text: "short"}))
	events, _, err := ReadLog(path)
	if err != nil {
		t.Fatal(err)
	}
	logCheckSeqs(t, events, 2)
	if events[0].Text != long {
		t.Fatal("long note changed")
	}
	w, events := logMustOpen(t, path)
	logCheckSeqs(t, events, 2)
	if len(w.Warnings()) != 0 {
		t.Fatal(w.Warnings())
	}
}

func TestReadLogOfMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	_, _, err := ReadLog(path)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Fatalf("got %v", err)
	}
}

// FuzzReadLog: any file content gives events or a *CorruptError, never a
// panic; what is returned is numbered from 1 without gaps.
func FuzzReadLog(f *testing.F) {
	sample, _ := os.ReadFile("testdata/log/sample.jsonl")
	f.Add(sample)
	f.Add(sample[:len(sample)-7])
	f.Add(append(append([]byte{}, sample[:len(sample)-1]...), 0, 0, 0))
	f.Add(bytes.Replace(sample, []byte(`"seq":3,`), []byte(`"seq":4,`), 1))
	f.Add([]byte("\n\n"))
	f.Add([]byte{})
	f.Add([]byte(`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`))
	if v2, err := os.ReadFile(sampleV2); err == nil {
		f.Add(v2)
		f.Add(bytes.Replace(v2, []byte(`"crc":"`), []byte(`"crc":"0`), 1))
	}
	path := filepath.Join(f.TempDir(), "log.jsonl") // executions in a process run one at a time
	f.Fuzz(func(t *testing.T, content []byte) {
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		events, _, err := ReadLog(path)
		var ce *CorruptError
		if err != nil && !errors.As(err, &ce) {
			t.Fatalf("error is not a *CorruptError: %v", err)
		}
		for i, e := range events {
			if e.Seq != int64(i+1) {
				t.Fatalf("event %d has seq %d", i+1, e.Seq)
			}
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
			t.Fatal("ReadLog changed the file")
		}
	})
}

// The sample is also a session: it folds without a refusal.
func TestSampleLogFolds(t *testing.T) {
	events, _, err := ReadLog("testdata/log/sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	st, err := Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	if st.Follows == "" || len(st.Items) != 3 || len(st.Actions) != 2 || !st.Closed {
		t.Errorf("sample folds to follows %q, %d items, %d actions, closed %v", st.Follows, len(st.Items), len(st.Actions), st.Closed)
	}
}
