package sessions

import (
	"reflect"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

func record(t *testing.T, w *Writable, events ...session.Event) {
	t.Helper()
	for _, e := range events {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFollowUpChainOfThree: A defers an item and agrees an action; B
// follows A and finishes nothing; C follows B and still gets both, from B.
func TestFollowUpChainOfThree(t *testing.T) {
	a := Open(t.TempDir())
	day := time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local)
	wa, err := a.Create(testPlan(t), nil, day)
	if err != nil {
		t.Fatal(err)
	}
	record(t, wa,
		session.Event{Type: session.ItemRaised, Text: "A corridor for the herds", Level: "community"},
		session.Event{Type: session.ItemDeferred, Item: 1},
		session.Event{Type: session.ItemRaised, Text: "Dawn patrols", Level: "government"},
		session.Event{Type: session.ActionAgreed, Item: 2, Action: &session.ActionRecord{What: "Patrol the river path", When: "short"}},
		session.Event{Type: session.SessionClosed})
	wa.Close()

	wb, err := a.CreateFollowUp(testPlan(t), nil, day.AddDate(0, 1, 0), wa.ID[:10])
	if err != nil {
		t.Fatal(err)
	}
	wb.Close()
	wc, err := a.CreateFollowUp(testPlan(t), nil, day.AddDate(0, 2, 0), wb.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer wc.Close()
	st, err := session.Fold(wc.Events)
	if err != nil {
		t.Fatal(err)
	}
	if st.Follows != wb.ID || len(st.ParkingLot()) != 1 || st.ParkingLot()[0].Carried.Session != wb.ID {
		t.Fatalf("C: follows %q, parking lot %+v", st.Follows, st.ParkingLot())
	}
	if len(st.Actions) != 1 || st.Actions[0].Status != facilitation.ActionPlanned || st.Actions[0].Carried.Text != "Dawn patrols" {
		t.Fatalf("C's actions: %+v", st.Actions)
	}
	list, _ := a.List()
	byID := map[string]Summary{}
	for _, s := range list {
		byID[s.ID] = s
	}
	if !reflect.DeepEqual(byID[wa.ID].FollowedBy, []string{wb.ID}) || byID[wc.ID].Follows != wb.ID ||
		!reflect.DeepEqual(byID[wb.ID].FollowedBy, []string{wc.ID}) {
		t.Errorf("links: A %+v, B %+v, C %+v", byID[wa.ID], byID[wb.ID], byID[wc.ID])
	}
}

func TestFollowUpOfAnUnknownSessionCreatesNothing(t *testing.T) {
	a := Open(t.TempDir())
	if _, err := a.CreateFollowUp(testPlan(t), nil, time.Now(), "nope"); err == nil {
		t.Fatal("followed up a session that does not exist")
	}
	if list, _ := a.List(); len(list) != 0 {
		t.Errorf("a session was created: %+v", list)
	}
}
