package session_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

func writeEvents(t *testing.T, events []session.Event, middle []byte) string {
	t.Helper()
	var buf bytes.Buffer
	for i, e := range events {
		line, err := session.EncodeLine(e)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(line)
		if i == len(events)/2 && middle != nil {
			buf.Write(middle)
		}
	}
	path := filepath.Join(t.TempDir(), "log.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// PeekLog gives what a full fold gives, for every prefix of the demo
// recording (open, closed, with people added, amended after closing).
func TestPeekLogAgreesWithTheFold(t *testing.T) {
	events := demorec.Events()
	for n := 1; n <= len(events); n += max(1, len(events)/40) {
		path := writeEvents(t, events[:n], nil)
		pk, err := session.PeekLog(path)
		if err != nil {
			t.Fatalf("%d events: %v", n, err)
		}
		st, err := session.Fold(events[:n])
		if err != nil {
			t.Fatal(err)
		}
		if pk.People != len(st.People) || pk.Turns != len(st.Turns) || pk.Closed != st.Closed ||
			pk.Start.Plan.Title != st.Plan.Title || !pk.Start.StartedAt.Equal(st.StartedAt) {
			t.Errorf("%d events: peek %d people %d turns closed %v; fold %d %d %v",
				n, pk.People, pk.Turns, pk.Closed, len(st.People), len(st.Turns), st.Closed)
		}
	}
}

// PeekLog reads the first line and the tail only: a damaged line in the
// middle of a long log is not even looked at.
func TestPeekLogReadsOnlyTheEnds(t *testing.T) {
	events := demorec.Events()
	path := writeEvents(t, events, []byte("this line is never read\n"))
	if _, _, err := session.ReadLog(path); err == nil {
		t.Fatal("the full reader should refuse the damaged line")
	}
	pk, err := session.PeekLog(path)
	if err != nil || !pk.Closed || pk.Turns == 0 {
		t.Fatalf("peek: %+v, %v", pk, err)
	}
}
