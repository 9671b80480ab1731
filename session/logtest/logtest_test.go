package logtest

import (
	"testing"

	"github.com/baraza-app/baraza/session"
)

// The generated sessions fold, and EventsN lands near n.
func TestEventsFold(t *testing.T) {
	events := EventsN(200, 10_000)
	if n := len(events); n < 9_500 || n > 10_500 {
		t.Errorf("EventsN(200, 10000) has %d events", n)
	}
	if _, err := session.Fold(events); err != nil {
		t.Fatal(err)
	}
	path, err := Write(t.TempDir(), events)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := session.ReadLog(path)
	if err != nil || len(back) != len(events) {
		t.Fatalf("read back %d events: %v", len(back), err)
	}
}
