package session

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// closedAndAmended folds random corrections (correctedLog), then closes the
// session and amends it: notes, off-the-record marks and corrections made
// after the close, as baraza amend writes them.
func closedAndAmended(t *testing.T, seed int64) ([]Event, *State) {
	t.Helper()
	events, st := correctedLog(t, seed, 250)
	at := st.LastAt
	push := func(e Event) {
		at = at.Add(time.Minute)
		e.V, e.Seq, e.At = FormatVersion, int64(len(events)+1), at
		if st.Apply(e) == nil {
			events = append(events, e)
		}
	}
	push(Event{Type: SessionClosed})
	for i, tn := range st.Turns {
		switch i % 7 {
		case 1:
			push(Event{Type: TurnNoted, Turn: tn.Number, Note: "added after the close"})
		case 3:
			push(Event{Type: Corrected, Corrects: tn.StartSeq, Correction: CorrVoid, Reason: "amended", AfterClose: true})
		case 5:
			push(Event{Type: TurnOffRecord, Turn: tn.Number, OffRecord: true})
		}
	}
	return events, st
}

func writeEventsLog(t *testing.T, events []Event) string {
	t.Helper()
	var b bytes.Buffer
	for _, e := range events {
		line, err := EncodeLine(e)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
	}
	path := filepath.Join(t.TempDir(), "log.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// FoldLog (exports, the preview: no events kept, corrections found by a
// first pass) gives exactly the state and the minutes of Fold and of the
// live screen, for random corrections before and after the close.
func TestFoldLogEqualsFoldWithCorrectionsAndAmendments(t *testing.T) {
	for seed := int64(1); seed <= 12; seed++ {
		for _, closed := range []bool{false, true} {
			events, live := correctedLog(t, seed, 250)
			if closed {
				events, live = closedAndAmended(t, seed)
			}
			path := writeEventsLog(t, events)
			streamed, _, err := FoldLog(path)
			if err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			if streamed.stream == nil || streamed.log != nil {
				t.Fatalf("seed %d: FoldLog kept the events", seed)
			}
			folded, err := Fold(events)
			if err != nil {
				t.Fatal(err)
			}
			norm := func(s *State) *State { c := comparable(s); c.stream = nil; return c }
			if !norm(streamed).Equal(norm(folded)) || !norm(streamed).Equal(norm(live)) {
				t.Fatalf("seed %d closed %v: FoldLog's state differs from Fold's", seed, closed)
			}
			now := folded.LastAt
			if a, b := minutesMarkdown(t, streamed, now), minutesMarkdown(t, folded, now); !bytes.Equal(a, b) {
				t.Fatalf("seed %d closed %v: minutes differ:\n%s\n----\n%s", seed, closed, a, b)
			}
			ja, _ := ExportJSON(BuildMinutes(streamed, MinutesOptions{Now: now, Location: time.UTC}))
			jb, _ := ExportJSON(BuildMinutes(folded, MinutesOptions{Now: now, Location: time.UTC}))
			if !bytes.Equal(ja, jb) {
				t.Fatalf("seed %d closed %v: JSON minutes differ", seed, closed)
			}
		}
	}
}

// A correction the first pass cannot see (the type spelled with an escape,
// as a hand-edited version 1 log may have it) sends FoldLog the long way:
// the result is still Fold's.
func TestFoldLogFallsBackOnAnUnforeseenCorrection(t *testing.T) {
	events, _ := correctedLog(t, 3, 250)
	path := writeEventsLog(t, events)
	data, _ := os.ReadFile(path)
	var out [][]byte
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		if e, err := DecodeLine(line); err == nil && e.Type == Corrected {
			e.V = 1 // no checksum: the line can be edited
			l, _ := EncodeLine(e)
			line = bytes.Replace(l, []byte(`"corrected"`), []byte(`"correct\u0065d"`), 1)
		}
		out = append(out, line)
	}
	if err := os.WriteFile(path, bytes.Join(out, nil), 0o600); err != nil {
		t.Fatal(err)
	}
	streamed, _, err := FoldLog(path)
	if err != nil {
		t.Fatal(err)
	}
	folded, _ := Fold(events)
	if len(folded.Corrections) == 0 || !comparable(streamed).Equal(comparable(folded)) {
		t.Fatal("FoldLog missed corrections it could not find ahead")
	}
}
