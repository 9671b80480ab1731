package sessions

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baraza-app/baraza/session/demorec"
	"github.com/baraza-app/baraza/session/logtest"
)

// TestOpenReplayReadsTheStartFirst: a long log opens with its first events
// and a loader for the rest; the demo and a short log open whole; an
// empty log and a link are refused as OpenRecording refuses them.
func TestOpenReplayReadsTheStartFirst(t *testing.T) {
	data := t.TempDir()
	a := Open(data)
	long := filepath.Join(a.SessionsDir(), "2026-03-14-0900-kalehe")
	if err := os.MkdirAll(long, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := logtest.Write(long, logtest.EventsN(20, 3000)); err != nil {
		t.Fatal(err)
	}
	rec, err := a.OpenReplay("2026-03-14-0900-kalehe", 100)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Loader == nil || rec.Timeline.Len() != 100 || len(rec.Events) != 100 || rec.Events[0].Plan == nil {
		t.Fatalf("long log: loader %v, %d events", rec.Loader != nil, rec.Timeline.Len())
	}
	for {
		c, err := rec.Loader.Next(1000)
		if err != nil {
			t.Fatal(err)
		}
		rec.Timeline.Extend(c)
		if c.Done {
			break
		}
	}
	whole, err := a.OpenRecording("2026-03-14-0900-kalehe")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Timeline.Len() != len(whole.Events) || rec.Timeline.Loading() {
		t.Fatalf("read %d events of %d", rec.Timeline.Len(), len(whole.Events))
	}

	demo, err := a.OpenReplay(DemoName, 100)
	if err != nil || demo.Loader != nil || demo.Timeline.Len() != len(demorec.Events()) {
		t.Fatalf("demo: %v", err)
	}
	short, err := a.OpenReplay("2026-03-14-0900-kalehe", 1<<14)
	if err != nil || short.Loader != nil || short.Timeline.Len() != len(whole.Events) {
		t.Fatalf("a log shorter than the first read: %v", err)
	}

	empty := filepath.Join(a.SessionsDir(), "2026-03-15-0900-empty")
	if err := os.MkdirAll(empty, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(empty, LogFile), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := a.OpenReplay("2026-03-15-0900-empty", 100); err == nil {
		t.Error("an empty log opened")
	}
	linked := filepath.Join(a.SessionsDir(), "2026-03-16-0900-linked")
	if err := os.MkdirAll(linked, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(long, LogFile), filepath.Join(linked, LogFile)); err != nil {
		t.Fatal(err)
	}
	if _, err := a.OpenReplay("2026-03-16-0900-linked", 100); err == nil {
		t.Error("a log that is a link opened")
	}
}
