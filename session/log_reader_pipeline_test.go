package session

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// pipelineLog is a log long enough for ScanLog to decode on a second
// goroutine, with its lines.
func pipelineLog(t *testing.T) (string, []string) {
	t.Helper()
	var es []Event
	for i := range 4000 {
		es = append(es, Event{Type: NoteTaken, Text: fmt.Sprintf("note %d %s", i+1, strings.Repeat("x", 60))})
	}
	content := logLines(t, es...)
	if len(content) < pipelineMin {
		t.Fatalf("the log is %d bytes, not enough to be pipelined", len(content))
	}
	return content, strings.SplitAfter(strings.TrimSuffix(content, "\n"), "\n")
}

// scanAll is every event ScanLog gives, and how it ends.
func scanAll(path string, stopAt int64) ([]Event, []Warning, error) {
	var got []Event
	warnings, err := ScanLog(path, func(e Event) error {
		if e.Seq == stopAt {
			return errStopHere
		}
		got = append(got, e)
		return nil
	})
	return got, warnings, err
}

var errStopHere = errors.New("stop here")

// ScanLog on a long log (decoding on its own goroutine) gives the events
// ReadLog reads, in order, and ends as the sequential scan ends: a damaged
// line stops it after the events before it, fn's error stops it at once,
// a torn last line is a warning. Its goroutine is gone when it returns.
func TestScanLogPipelinedIsTheSequentialScan(t *testing.T) {
	content, lines := pipelineLog(t)
	before := runtime.NumGoroutine()

	path := logTempFile(t, content+lines[0][:40])
	want, wantWarn, err := ReadLog(path)
	if err != nil {
		t.Fatal(err)
	}
	got, warnings, err := scanAll(path, 0)
	if err != nil || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(warnings, wantWarn) || len(warnings) != 1 {
		t.Fatalf("ScanLog: %d events, %v, %v; ReadLog: %d events, %v", len(got), warnings, err, len(want), wantWarn)
	}

	// fn's error, early and late.
	for _, at := range []int64{1, 300, 3999} {
		got, _, err = scanAll(path, at)
		if !errors.Is(err, errStopHere) || len(got) != int(at-1) {
			t.Fatalf("fn stops at %d: %d events, %v", at, len(got), err)
		}
	}

	// A damaged line: the events before it, then its error.
	damaged := append([]string(nil), lines...)
	damaged[2999] = strings.Replace(damaged[2999], "note", "nope", 1)
	path = logTempFile(t, strings.Join(damaged, ""))
	got, _, err = scanAll(path, 0)
	var ce *CorruptError
	if !errors.As(err, &ce) || ce.Line != 3000 || len(got) != 2999 {
		t.Fatalf("damaged line 3000: %d events, %v", len(got), err)
	}
	// fn's error before the damaged line wins, as in a sequential scan.
	if _, _, err = scanAll(path, 10); !errors.Is(err, errStopHere) {
		t.Fatalf("fn stops before the damage: %v", err)
	}

	// A panic in fn leaves no goroutine behind either.
	func() {
		defer func() { _ = recover() }()
		_, _ = ScanLog(path, func(Event) error { panic("boom") })
	}()
	for deadline := time.Now().Add(5 * time.Second); runtime.NumGoroutine() > before; {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines left, %d before", runtime.NumGoroutine(), before)
		}
		time.Sleep(time.Millisecond)
	}
}

// scanCorrections reads the log in blocks: it finds every correction, and
// only corrections, whether its line crosses a block's end, follows a line
// longer than a block, mentions the word in a note, or ends the file
// without its "\n".
func TestScanCorrectionsFindsEveryCorrectionAcrossBlocks(t *testing.T) {
	var es []Event
	var want []int64
	for i := range 6000 {
		seq := int64(len(es) + 1)
		switch {
		case i%397 == 0:
			es = append(es, Event{Type: Corrected, Correction: CorrVoid, Corrects: seq - 1})
			want = append(want, seq)
		case i == 2500: // a line longer than a block, then a correction
			es = append(es, Event{Type: NoteTaken, Text: strings.Repeat("corrected ", 40000)},
				Event{Type: Corrected, Correction: CorrVoid, Corrects: 3})
			want = append(want, seq+1)
		default:
			es = append(es, Event{Type: NoteTaken, Text: fmt.Sprintf("note %d, corrected later? %s", i, strings.Repeat("y", i%90))})
		}
	}
	es = append(es, Event{Type: Corrected, Correction: CorrVoid, Corrects: 2})
	want = append(want, int64(len(es)))
	content := logLines(t, es...)
	for _, tail := range []string{content, strings.TrimSuffix(content, "\n")} {
		fixes, err := scanCorrections(logTempFile(t, tail))
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, f := range fixes {
			got = append(got, f.Seq)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("found corrections at %v, want %v", got, want)
		}
	}
}
