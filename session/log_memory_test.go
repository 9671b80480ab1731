package session_test

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/logtest"
)

// FoldLog streams: the memory it needs is the state's, not the file's.
// A log of 200,000 events that leave the state as it was (people queued
// and withdrawn) is folded while the heap is sampled; the heap must grow
// by far less than the file (ReadLog would hold 200,000 events of 304
// bytes each, 58 MiB), and so would a state that kept them.
func TestFoldLogMemoryIsTheStatesNotTheFiles(t *testing.T) {
	// Written a line at a time, so that the test holds no events itself.
	path := filepath.Join(t.TempDir(), "log.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	start := logtest.Events(200, 0)[0]
	for i := 0; i < 200_001; i++ {
		e := start
		if i > 0 {
			e = session.Event{Type: session.SpeakerQueued, Participant: session.ParticipantID((i - 1) / 2 % 200)}
			if i%2 == 0 {
				e.Type = session.SpeakerRemoved
			}
		}
		e.V, e.Seq, e.At = session.FormatVersion, int64(i+1), logtest.Start
		line, err := session.EncodeLine(e)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(line)
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	st, _, err := session.FoldLog(path)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	runtime.KeepAlive(st)
	if st.Seq != 200_001 {
		t.Fatalf("folded %d events", st.Seq)
	}
	// The state of a session that queued and withdrew people is tiny: the
	// heap may grow by a few MiB (buffers), never by the events (58 MiB).
	if grown > 8<<20 {
		t.Fatalf("folding a %d MB log left the heap %d KB bigger: the fold holds the file", fi.Size()>>20, grown>>10)
	}
}
