package session_test

import (
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

// The replay of the demo recording shows, at every event, exactly the fold
// of the log up to it.
func TestTimelineOfTheDemoRecordingEqualsFoldOfEveryPrefix(t *testing.T) {
	events := demorec.Events()
	tl, err := session.NewTimeline(events)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n <= len(events); n++ {
		want, _ := session.Fold(events[:n])
		if got := tl.StateAt(n); !got.Equal(want) {
			t.Fatalf("state after %d events differs from the fold of the prefix", n)
		}
	}
}
