package demorec

import (
	"testing"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// The recording must fold cleanly and look like a real morning: every round
// run, turns with notes, consensus reached on some items, one deferred.
func TestDemoRecordingIsARealisticSession(t *testing.T) {
	events := Events()
	st, err := session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Closed || st.ID != ID {
		t.Fatalf("closed %v id %q", st.Closed, st.ID)
	}
	for i, rs := range st.Rounds {
		if !rs.Started || !rs.Done {
			t.Errorf("round %d not run", i+1)
		}
	}
	noted, offRecord := 0, 0
	for _, tn := range st.Turns {
		if tn.Note != "" {
			noted++
		}
		if tn.OffRecord {
			offRecord++
		}
	}
	if len(st.Turns) < 30 || noted != len(st.Turns) || offRecord != 1 {
		t.Errorf("%d turns, %d noted, %d off the record", len(st.Turns), noted, offRecord)
	}
	if d := st.Elapsed(st.ClosedAt); d.Hours() < 1.5 || d.Hours() > 4 {
		t.Errorf("the session lasted %v", d)
	}
	var statuses []facilitation.ItemStatus
	for _, it := range st.LiveItems() {
		statuses = append(statuses, st.ItemStatus(it))
	}
	want := []facilitation.ItemStatus{facilitation.StatusDeferred, facilitation.StatusAgreedWithReservations,
		facilitation.StatusAgreed, facilitation.StatusNoConsensus}
	if len(statuses) != len(want) {
		t.Fatalf("statuses %v, want %v", statuses, want)
	}
	for i := range want {
		if statuses[i] != want[i] {
			t.Errorf("statuses %v, want %v", statuses, want)
			break
		}
	}
	if len(st.Actions) != 3 || len(st.ParkingLot()) != 1 {
		t.Errorf("%d actions, %d deferred", len(st.Actions), len(st.ParkingLot()))
	}
}
