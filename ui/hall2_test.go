package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/session"
)

// Issue 16, problem 1: the merge confirmation says which positions come over
// and, where both items have one for a level, asks which stands; the folded
// item's block and its reason are kept.
func TestMergeSaysWhatComesOverAndAsksWhichStands(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("b").raise("Reopen the road", "government").position(2, 0, "")
	h.raise("The road to the market", "amani").position(0, 3, "Soldiers").position(2, 1, "Budget")
	h.keys("up", "m", "down", "m")
	h.mustSee("Fold item 2 into item 1", "block — Soldiers", "for 1 level")
	h.keys("y")
	h.mustSee("Government: both items have a position", "Item 1's — Government: ✔ support", "Budget")
	h.keys("down", "enter")
	e := h.last()
	if e.Type != session.ItemsMerged || e.Item != 1 || e.Merged != 2 || !slices.Equal(e.KeepMerged, []string{"government"}) {
		t.Fatalf("last = %+v", e)
	}
	it := h.m.State().Items[0]
	if p := it.Positions["community"]; p.Stance != "block" || p.Reason != "Soldiers" {
		t.Errorf("the block was dropped: %+v", it.Positions)
	}
	if p := it.Positions["government"]; p.Stance != "support_with_reservations" || len(it.SetAside) != 1 {
		t.Errorf("government %+v, set aside %+v", p, it.SetAside)
	}
}

// Issue 16, problem 5: giving the floor to, or queuing, someone marked as
// left asks first; no leaves nothing recorded, yes marks them back.
func TestGivingTheFloorToSomeoneWhoLeftAsks(t *testing.T) {
	h := newHarness(t, harnessPlan(), session.Event{Type: session.AttendanceMarked, Participant: "p1", Status: session.Left})
	h.keys("]")
	n := len(h.types())
	h.keys("g").typeText("amani").keys("enter")
	h.mustSee("Amani Kahindo was marked as left at")
	h.keys("n")
	if len(h.types()) != n || h.m.State().Current != nil {
		t.Fatalf("no recorded %v", h.types()[n:])
	}
	h.keys("a").typeText("amani").keys("enter")
	h.mustSee("was marked as left")
	h.keys("y")
	if got := h.types()[n:]; !slices.Equal(got, []session.Type{session.AttendanceMarked, session.SpeakerQueued}) {
		t.Fatalf("yes recorded %v ", got)
	}
	if !h.m.State().Person("p1").Present() {
		t.Error("Amani is not back")
	}
	h.keys("n") // the next in the queue: present now, no question
	if c := h.m.State().Current; c == nil || c.Participant != "p1" {
		t.Fatalf("floor: %+v", c)
	}
}

// Issue 16, problem 10: "no position" clears a level's position recorded by
// mistake; the item's status follows, the old position stays in the log.
func TestNoPositionClearsALevel(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("b").raise("Dawn patrols", "government").position(0, 0, "").position(1, 0, "").position(2, 0, "")
	if got := h.m.State().ItemStatus(h.m.State().Items[0]); got != "agreed" {
		t.Fatalf("status %s", got)
	}
	h.keys("p", "down", "enter") // civil society: recorded by mistake
	h.mustSee("no position")
	h.keys("down", "down", "down", "down", "enter")
	e := h.last()
	if e.Type != session.PositionCleared || e.Level != "civil_society" || e.Item != 1 {
		t.Fatalf("last = %+v", e)
	}
	it := h.m.State().Items[0]
	if _, ok := it.Positions["civil_society"]; ok || h.m.State().ItemStatus(it) != "open" || len(it.History) != 3 {
		t.Fatalf("positions %+v, status %s", it.Positions, h.m.State().ItemStatus(it))
	}
}

// Issue 16, problem 8: replay never shows the live screen's hints, whose
// keys do nothing there; it says the same moments in its own words.
func TestReplayHidesLiveHints(t *testing.T) {
	rh := newReplayHarness(t, smallRecording())
	view := rh.r.View()
	for _, live := range []string{"press ]", "a: add someone"} {
		if strings.Contains(view, live) {
			t.Errorf("replay shows the live hint %q", live)
		}
	}
	rh.mustSee("Not started yet at this moment", "Nobody waiting")
}
