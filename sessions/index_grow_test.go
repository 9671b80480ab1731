package sessions

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
)

// A log that grew since it was listed is read from where the listing
// stopped: the cached part (here a doctored title) stays, the new lines
// (a person added, turns, the close) count.
func TestAGrownLogIsReadFromWhereTheIndexStopped(t *testing.T) {
	a := Open(t.TempDir())
	id := create(t, a, start)
	before := listOne(t, a, id)
	idx := a.readIndex()
	e := idx.Entries[id]
	e.Summary.Title = "from the index"
	idx.Entries[id] = e
	a.writeIndex(idx)
	appendEvents(t, a, id, session.Event{Type: session.RoundStarted, Round: 1},
		session.Event{Type: session.ParticipantAdded, Person: &session.PersonRecord{ID: session.ParticipantID(before.Participants), Name: "Late Comer", Level: "community"}},
		session.Event{Type: session.TurnStarted, Participant: "p1", Turn: 1},
		session.Event{Type: session.TurnStarted, Participant: "p2", Turn: 2},
		session.Event{Type: session.SessionClosed})
	s := listOne(t, a, id)
	if s.Title != "from the index" {
		t.Fatalf("title %q: the grown log was read whole", s.Title)
	}
	if s.Turns != 2 || s.Participants != before.Participants+1 || s.Open {
		t.Fatalf("after growing: %+v (before: %+v)", s, before)
	}
	// The same as reading it whole, but for the doctored title.
	whole := summarise(id, filepath.Join(a.SessionsDir(), id))
	whole.Title = s.Title
	if !reflect.DeepEqual(whole, s) {
		t.Fatalf("grown %+v, whole %+v", s, whole)
	}
}

// A log rewritten rather than grown (repaired, restored) is read whole.
func TestARewrittenLogIsReadWhole(t *testing.T) {
	a := Open(t.TempDir())
	id := create(t, a, start)
	listOne(t, a, id)
	idx := a.readIndex()
	e := idx.Entries[id]
	e.Summary.Title = "from the index"
	idx.Entries[id] = e
	a.writeIndex(idx)
	// Another session's longer log written over it in place (same file):
	// it ends otherwise than the indexed bytes did.
	other := create(t, a, start.Add(time.Hour))
	appendEvents(t, a, other, session.Event{Type: session.NoteTaken, Text: "a longer log"})
	data, err := os.ReadFile(filepath.Join(a.SessionsDir(), other, LogFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(a.SessionsDir(), id, LogFile), data, 0o600); err != nil {
		t.Fatal(err)
	}
	if s := listOne(t, a, id); s.Title == "from the index" {
		t.Fatal("a rewritten log was taken as grown")
	}
}
