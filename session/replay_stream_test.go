package session

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// TestLogStreamReadsWhatReadLogReads: in chunks of any size, the same
// events and warnings as ReadLog, a torn last line and a last event
// without its "\n" included.
func TestLogStreamReadsWhatReadLogReads(t *testing.T) {
	whole := logLines(t, logNotes(50)...)
	for name, content := range map[string]string{
		"plain":      whole,
		"torn":       whole + `{"v":2,"seq":51,"type":"note_ta`,
		"no newline": strings.TrimSuffix(whole, "\n"),
		"empty":      "",
	} {
		for _, chunk := range []int{1, 7, 50, 64} {
			path := logTempFile(t, content)
			want, wantWarn, err := ReadLog(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := OpenLogStream(path)
			if err != nil {
				t.Fatal(err)
			}
			var got []Event
			buf := make([]Event, chunk)
			for {
				n, err := s.Read(buf)
				got = append(got, buf[:n]...)
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if len(got) != len(want) || s.Expected() < len(want) {
				t.Fatalf("%s/%d: %d events (expected %d), ReadLog %d", name, chunk, len(got), s.Expected(), len(want))
			}
			for i := range got {
				if !sameEvent(got[i], want[i]) {
					t.Fatalf("%s/%d: event %d differs", name, chunk, i+1)
				}
			}
			if w := s.Warnings(); strings.Join(english(w), "|") != strings.Join(english(wantWarn), "|") {
				t.Errorf("%s/%d: warnings %q, ReadLog's %q", name, chunk, w, wantWarn)
			}
		}
	}
}

// TestLogStreamStopsAtADamagedLine: the scanner's error, with file:line.
func TestLogStreamStopsAtADamagedLine(t *testing.T) {
	lines := strings.SplitAfter(logLines(t, logNotes(20)...), "\n")
	lines[12] = "{not json}\n"
	s, err := OpenLogStream(logTempFile(t, strings.Join(lines, "")))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]Event, 5)
	total := 0
	for {
		n, err := s.Read(buf)
		total += n
		if err != nil {
			if errors.Is(err, io.EOF) || !strings.Contains(err.Error(), "log.jsonl:13") {
				t.Fatalf("after %d events: %v, want an error naming log.jsonl:13", total, err)
			}
			break
		}
	}
	if total != 12 {
		t.Errorf("%d events before the damaged line, want 12", total)
	}
}

// TestOpenTimelineGrowsIntoTheWholeTimeline: a timeline opened from its
// first events and extended chunk by chunk (the loader running on another
// goroutine, as under Bubble Tea, while the timeline is read) ends equal
// to NewTimeline of the whole log: same states at every checkpoint and
// in between, same times. While loading, it says so and counts only the
// events read.
func TestOpenTimelineGrowsIntoTheWholeTimeline(t *testing.T) {
	events := randomLog(7, 5000)
	path := logTempFile(t, logLines(t, events...))
	read, _, err := ReadLog(path)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := NewTimeline(read)
	if err != nil {
		t.Fatal(err)
	}
	tl, loader, _, err := OpenTimeline(path, 300)
	if err != nil {
		t.Fatal(err)
	}
	if loader == nil || !tl.Loading() || tl.Len() != 300 || tl.Progress() >= 0.1 {
		t.Fatalf("after the first events: loader %v, loading %v, %d events, %.2f read", loader != nil, tl.Loading(), tl.Len(), tl.Progress())
	}
	if !tl.StateAt(300).Equal(whole.StateAt(300)) || tl.End() != whole.Time(299) {
		t.Fatal("the first events fold differently")
	}
	chunks := make(chan TimelineChunk)
	go func() {
		for {
			c, err := loader.Next(700)
			if err != nil {
				t.Error(err)
				close(chunks)
				return
			}
			chunks <- c
			if c.Done {
				close(chunks)
				return
			}
		}
	}()
	for c := range chunks {
		_ = tl.StateAt(tl.Len()) // read while the loader writes after the end
		tl.Extend(c)
		if !c.Final().Equal(whole.StateAt(tl.Len())) {
			t.Fatalf("the chunk's final state at %d differs", tl.Len())
		}
	}
	if tl.Loading() || tl.Len() != whole.Len() || tl.Progress() != 1 || len(tl.checkpoints) != len(whole.checkpoints) {
		t.Fatalf("loading %v, %d events of %d, %d checkpoints of %d", tl.Loading(), tl.Len(), whole.Len(), len(tl.checkpoints), len(whole.checkpoints))
	}
	for n := 0; n <= whole.Len(); n += 97 {
		if !tl.StateAt(n).Equal(whole.StateAt(n)) || tl.Time(max(n-1, 0)) != whole.Time(max(n-1, 0)) {
			t.Fatalf("state or time after %d events differs", n)
		}
	}
	if !tl.StateAt(whole.Len()).Equal(whole.StateAt(whole.Len())) {
		t.Fatal("final state differs")
	}
}

// TestOpenTimelineOfAShortLogReadsItWhole: no loader, the log's warnings.
func TestOpenTimelineOfAShortLogReadsItWhole(t *testing.T) {
	path := logTempFile(t, logLines(t, randomLog(3, 10)...)+`{"v":2,"se`)
	tl, loader, warnings, err := OpenTimeline(path, 100)
	if err != nil {
		t.Fatal(err)
	}
	if loader != nil || tl.Loading() || tl.Len() != 10 || len(warnings) != 1 {
		t.Fatalf("loader %v, loading %v, %d events, warnings %q", loader != nil, tl.Loading(), tl.Len(), warnings)
	}
}

// TestTimelineLoaderClosesWhileReading: Close from the screen's loop while
// a Next runs on another goroutine (the replay quit early) closes the log
// without a race; Next then says the log is done.
func TestTimelineLoaderClosesWhileReading(t *testing.T) {
	path := logTempFile(t, logLines(t, randomLog(5, 3000)...))
	_, loader, _, err := OpenTimeline(path, 100)
	if err != nil || loader == nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() {
		for {
			c, err := loader.Next(50)
			if err != nil || c.Done {
				done <- err
				return
			}
		}
	}()
	if err := loader.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("Next after Close: %v", err)
	}
	if loader.stream.f != nil {
		t.Error("the log is still open")
	}
}

// english says warnings in English.
func english(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.String())
	}
	return out
}
