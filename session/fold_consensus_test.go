package session

import (
	"reflect"
	"testing"

	"github.com/baraza-app/baraza/facilitation"
)

func item(text, by string) Event {
	e := Event{Type: ItemRaised, Text: text}
	if facilitation.Level(by).Valid() {
		e.Level = by
	} else {
		e.Participant = by
	}
	return e
}

func position(n int, level, stance, reason string) Event {
	return Event{Type: PositionRecorded, Item: n, Level: level, Stance: stance, Reason: reason}
}

func TestItemStatusFollowsPositions(t *testing.T) {
	s := newScript(t, testPlan()).
		add(1, item("Repair the borehole", "p1")).
		add(2, position(1, "community", "support", "")).
		add(3, position(1, "civil_society", "support", ""))
	st := s.fold()
	if got := st.ItemStatus(st.Items[0]); got != facilitation.StatusOpen {
		t.Fatalf("two levels positioned: %s, want open", got)
	}
	s.add(4, position(1, "government", "support_with_reservations", "Budget from the province"))
	st = s.fold()
	if got := st.ItemStatus(st.Items[0]); got != facilitation.StatusAgreedWithReservations {
		t.Fatalf("with a reservation: %s", got)
	}
	s.add(5, position(1, "government", "block", "No budget")).add(6, ev(SessionClosed))
	st = s.fold()
	if got := st.ItemStatus(st.Items[0]); got != facilitation.StatusNoConsensus {
		t.Fatalf("blocked at the close: %s", got)
	}
	if h := st.Items[0].History; len(h) != 4 || st.Items[0].Positions["government"].Stance != "block" {
		t.Errorf("history %d, latest %+v", len(h), st.Items[0].Positions["government"])
	}
}

func TestMergeKeepsBothOrigins(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, round(2)).
		add(1, item("Repair the borehole", "p1")).
		add(2, item("Water for the women at dawn", "civil_society")).
		add(3, Event{Type: ActionAgreed, Item: 2, Action: &ActionRecord{What: "Post water hours"}}).
		add(4, Event{Type: ItemsMerged, Item: 1, Merged: 2}).
		add(5, Event{Type: ItemEdited, Item: 1, Text: "Repair the borehole and protect women's water hours"}).
		fold()
	kept, gone := st.Items[0], st.Items[1]
	if gone.MergedInto != 1 || !reflect.DeepEqual(kept.Merged, []int{2}) {
		t.Fatalf("merge marks: kept %v, gone into %d", kept.Merged, gone.MergedInto)
	}
	want := []ItemOrigin{
		{Item: 1, Participant: "p1", Level: facilitation.Community, Round: 2, Text: "Repair the borehole"},
		{Item: 2, Level: facilitation.CivilSociety, Round: 2, Text: "Water for the women at dawn"},
	}
	if !reflect.DeepEqual(kept.Origins, want) {
		t.Errorf("origins = %+v", kept.Origins)
	}
	if kept.Text != "Repair the borehole and protect women's water hours" {
		t.Errorf("edit lost: %q", kept.Text)
	}
	if acts := st.ActionsOf(1); len(acts) != 1 || acts[0].What != "Post water hours" {
		t.Errorf("the merged item's action did not move: %+v", acts)
	}
	if live := st.LiveItems(); len(live) != 1 || live[0] != kept {
		t.Errorf("live items = %v", live)
	}
}

func TestDeferReopenAndActions(t *testing.T) {
	st := newScript(t, testPlan()).
		add(1, item("A corridor for the herds", "p2")).
		add(2, Event{Type: ItemDeferred, Item: 1}).
		add(3, item("Dawn patrols", "government")).
		add(4, Event{Type: ActionAgreed, Item: 2, Action: &ActionRecord{What: "Patrol the river path", Who: "Police", When: "2026-04-30"}}).
		add(5, ev(SessionClosed)).
		add(6, Event{Type: ActionUpdated, Action: &ActionRecord{ID: 1, Status: facilitation.ActionUnderWay}}).
		fold()
	if got := st.ItemStatus(st.Items[0]); got != facilitation.StatusDeferred || len(st.ParkingLot()) != 1 {
		t.Fatalf("deferred item: %s", got)
	}
	if a := st.Actions[0]; a.Status != facilitation.ActionUnderWay || a.Who != "Police" || a.When != "2026-04-30" {
		t.Errorf("action after update (after the close) = %+v", a)
	}
	st2 := newScript(t, testPlan()).add(1, item("x", "p1")).add(2, Event{Type: ItemDeferred, Item: 1}).
		add(3, Event{Type: ItemReopened, Item: 1}).fold()
	if st2.Items[0].Deferred {
		t.Error("reopen left the item deferred")
	}
}

func TestConsensusEventsThatDoNotFit(t *testing.T) {
	base := func() *script {
		return newScript(t, testPlan()).add(1, item("a", "p1")).add(2, item("b", "p2")).
			add(3, Event{Type: ItemsMerged, Item: 1, Merged: 2})
	}
	cases := map[string]Event{
		"stance off the scale":   position(1, "community", "veto", ""),
		"position on merged":     position(2, "community", "support", ""),
		"merge into itself":      {Type: ItemsMerged, Item: 1, Merged: 1},
		"merge a merged item":    {Type: ItemsMerged, Item: 1, Merged: 2},
		"blank edit":             {Type: ItemEdited, Item: 1, Text: " "},
		"bad when":               {Type: ActionAgreed, Item: 1, Action: &ActionRecord{What: "x", When: "soon"}},
		"bad status":             {Type: ActionAgreed, Item: 1, Action: &ActionRecord{What: "x", Status: "maybe"}},
		"update unknown action":  {Type: ActionUpdated, Action: &ActionRecord{ID: 9, Status: "done"}},
		"carried without origin": {Type: ItemCarried, Text: "x"},
	}
	for name, e := range cases {
		t.Run(name, func(t *testing.T) {
			s := base()
			before := s.fold()
			s.add(4, e)
			st, err := Fold(s.events)
			if err == nil {
				t.Fatalf("accepted")
			}
			if !st.Equal(before) {
				t.Errorf("a refused event changed the state")
			}
		})
	}
}

func TestGradientsScaleInTheFold(t *testing.T) {
	plan := testPlan()
	plan.ConsensusScale = facilitation.ScaleGradients
	st := newScript(t, plan).add(1, item("x", "p1")).
		add(2, position(1, "community", "endorse", "")).
		add(3, position(1, "civil_society", "dislike_but_support", "Costly")).
		add(4, position(1, "government", "abstain", "")).fold()
	if got := st.ItemStatus(st.Items[0]); got != facilitation.StatusAgreedWithReservations {
		t.Errorf("gradients: %s", got)
	}
}
