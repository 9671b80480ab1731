package session

import (
	"testing"

	"github.com/baraza-app/baraza/facilitation"
)

// follow starts a session that follows earlier: its first events are the
// carry-over, as the archive writes them.
func follow(t *testing.T, earlier *State, id string) *script {
	t.Helper()
	s := &script{t: t}
	start := NewSessionStarted(id, testPlan())
	start.Follows = earlier.ID
	s.add(0, start)
	for _, e := range CarryOver(earlier) {
		s.add(1, e)
	}
	return s
}

// TestFollowUpAcrossAChainOfThreeSessions: A defers an item and agrees two
// actions; B takes one action as done and keeps the item deferred; C gets
// the item (from B) and only the action still open.
func TestFollowUpAcrossAChainOfThreeSessions(t *testing.T) {
	a := (&script{t: t})
	startA := NewSessionStarted("A", testPlan())
	a.add(0, startA).
		add(1, item("A corridor for the herds", "p2")).
		add(2, Event{Type: ItemDeferred, Item: 1}).
		add(3, item("Dawn patrols", "government")).
		add(4, Event{Type: ActionAgreed, Item: 2, Action: &ActionRecord{What: "Patrol the river path", Who: "Police", When: "short"}}).
		add(5, Event{Type: ActionAgreed, Item: 2, Action: &ActionRecord{What: "Buy fuel for the motorbike", Who: "Territory"}}).
		add(6, Event{Type: ActionAgreed, Item: 2, Action: &ActionRecord{What: "Already done", Status: "done"}}).
		add(7, ev(SessionClosed))
	stA := a.fold()

	b := follow(t, stA, "B")
	stB := b.fold()
	if stB.Follows != "A" || len(stB.Items) != 1 || len(stB.Actions) != 2 {
		t.Fatalf("B carried %d items, %d actions (follows %q)", len(stB.Items), len(stB.Actions), stB.Follows)
	}
	carried := stB.Items[0]
	if !carried.Deferred || carried.Carried == nil || carried.Carried.Session != "A" || carried.Carried.Item != 1 {
		t.Fatalf("carried item = %+v", carried)
	}
	// The level that raised it comes along; the person does not (their id is A's).
	if carried.Level != facilitation.Community || carried.Participant != "" {
		t.Errorf("carried item raised by %q/%q, want the community level and no person", carried.Level, carried.Participant)
	}
	if act := stB.Actions[0]; act.Carried == nil || act.Carried.Action != 1 || act.Carried.Text != "Dawn patrols" || act.Who != "Police" || act.Item != 0 {
		t.Fatalf("carried action = %+v %+v", act, act.Carried)
	}
	b.add(8, Event{Type: ActionUpdated, Action: &ActionRecord{ID: 1, Status: facilitation.ActionDone}}).
		add(9, Event{Type: ActionUpdated, Action: &ActionRecord{ID: 2, Status: facilitation.ActionUnderWay}}).
		add(10, ev(SessionClosed))
	stB = b.fold()

	stC := follow(t, stB, "C").fold()
	if len(stC.Items) != 1 || stC.Items[0].Carried.Session != "B" || stC.Items[0].Text != "A corridor for the herds" {
		t.Fatalf("C's items = %+v", stC.Items)
	}
	if stC.Items[0].Level != facilitation.Community {
		t.Errorf("C lost the level that raised the item in A: %q", stC.Items[0].Level)
	}
	if len(stC.Actions) != 1 || stC.Actions[0].What != "Buy fuel for the motorbike" ||
		stC.Actions[0].Status != facilitation.ActionUnderWay || stC.Actions[0].Carried.Session != "B" ||
		stC.Actions[0].Carried.Text != "Dawn patrols" {
		t.Fatalf("C's actions = %+v", stC.Actions)
	}
	// Taking the item up again in C.
	c := follow(t, stB, "C").add(11, Event{Type: ItemReopened, Item: 1})
	if st := c.fold(); st.ItemStatus(st.Items[0]) != facilitation.StatusOpen {
		t.Errorf("reopened carried item: %s", st.ItemStatus(st.Items[0]))
	}
}
