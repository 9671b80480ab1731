package sessions

import (
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
)

// TestTakeUpDemoKeepsOneOpenDemoPerLanguage: starting the demo again takes
// up the open one of its language; the other language's is kept; fresh
// replaces only the one of its language; a closed demo is not taken up.
func TestTakeUpDemoKeepsOneOpenDemoPerLanguage(t *testing.T) {
	a := Open(t.TempDir())
	at := time.Date(2026, 5, 2, 9, 30, 0, 0, time.Local)
	start := func(lang string, fresh bool) string {
		t.Helper()
		w, err := a.TakeUpDemo(lang, fresh, at)
		if err != nil {
			t.Fatal(err)
		}
		w.Close()
		at = at.Add(time.Hour)
		return w.ID
	}
	en := start("en", false)
	if again := start("en", false); again != en {
		t.Errorf("en again = %s, want %s taken up", again, en)
	}
	fr := start("fr", false)
	if fr == en || start("fr", false) != fr || start("en", false) != en {
		t.Errorf("fr %s, en %s: each language's demo not taken up", fr, en)
	}
	fresh := start("fr", true)
	list, _ := a.List()
	if len(list) != 2 || list[0].ID != fresh || list[1].ID != en || !list[0].Demo || !list[1].Demo {
		t.Fatalf("after fr --new: %+v, want %s and %s", list, fresh, en)
	}
	if fresh == fr {
		t.Errorf("--new took up %s again", fr)
	}
	// A demo that was closed stays closed: the next one is new.
	w, err := a.OpenForWriting(en)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Log.Append(session.Event{Type: session.SessionClosed, At: at}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if next := start("en", false); next == en {
		t.Errorf("a closed demo %s was taken up", en)
	}
	if list, _ = a.List(); len(list) != 3 {
		t.Errorf("after a closed demo: %d sessions, want 3", len(list))
	}
}
