package ui

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// raise adds an item from the board: its text, then who raised it.
func (h *harness) raise(text, by string) *harness {
	return h.keys("+").typeText(text).keys("enter").typeText(by).keys("enter")
}

// position records level li's stance si (indexes in the choosers) with a reason.
func (h *harness) position(li, si int, reason string) *harness {
	h.keys("p")
	for i := 0; i < li; i++ {
		h.keys("down")
	}
	h.keys("enter")
	for i := 0; i < si; i++ {
		h.keys("down")
	}
	h.keys("enter")
	if reason != "" {
		h.typeText(reason)
	}
	return h.keys("enter")
}

func TestBoardRaiseFromAPersonAndFromALevel(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "b").raise("Repair the borehole", "grace")
	if e := h.last(); e.Type != session.ItemRaised || e.Participant != "p3" || e.Text != "Repair the borehole" || e.Item != 1 {
		t.Fatalf("last = %+v", e)
	}
	h.raise("Dawn patrols", "govern")
	if e := h.last(); e.Level != "government" || e.Participant != "" || e.Item != 2 {
		t.Fatalf("raised by a level: %+v", e)
	}
	h.mustSee("Consensus board", "Repair the borehole", "Dawn patrols", "open", "Raised by Government (as a level), round 1")
	h.keys("up").mustSee("Raised by Grâce Mapendo (Civil society), round 1")
}

func TestBoardPositionsAskWhyForReservationsAndBlocks(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "b").raise("Repair the borehole", "amani")
	h.mustNotSee("Why?")
	h.keys("p", "enter", "down", "down", "down", "enter") // community, block
	h.mustSee("Why? A reservation or a block should say why")
	h.typeText("No budget this year").keys("enter")
	if e := h.last(); e.Type != session.PositionRecorded || e.Level != "community" || e.Stance != "block" || e.Reason != "No budget this year" {
		t.Fatalf("last = %+v", e)
	}
	h.position(0, 0, "").position(1, 0, "").position(2, 1, "Province must pay")
	h.mustSee("✔ support", "≈ reserv.", "agreed w/ res.", "Government: Province must pay")
	if st := h.m.State(); st.ItemStatus(st.Items[0]) != facilitation.StatusAgreedWithReservations {
		t.Errorf("status = %s", st.ItemStatus(st.Items[0]))
	}
}

func TestBoardEditMergeDeferReopen(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("b").raise("Borehole", "amani").raise("Water hours for women", "grace")
	h.keys("up", "e", "ctrl+u") // clear the input
	h.typeText("Repair the borehole").keys("enter")
	if e := h.last(); e.Type != session.ItemEdited || e.Item != 1 || e.Text != "Repair the borehole" {
		t.Fatalf("edit = %+v", e)
	}
	h.keys("m", "down", "m")
	h.mustSee("Fold item 2 into item 1?")
	h.keys("y")
	if e := h.last(); e.Type != session.ItemsMerged || e.Item != 1 || e.Merged != 2 {
		t.Fatalf("merge = %+v", e)
	}
	h.mustSee("Merged with item 2, raised by Grâce Mapendo", "1 item")
	h.keys("d")
	if e := h.last(); e.Type != session.ItemDeferred || e.Item != 1 {
		t.Fatalf("defer = %+v", e)
	}
	h.mustSee("deferred")
	h.keys("d")
	if e := h.last(); e.Type != session.ItemReopened {
		t.Fatalf("reopen = %+v", e)
	}
}

func TestBoardActionsOnAgreedItems(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("b").raise("Dawn patrols", "government")
	h.keys("A")
	h.mustSee("not agreed yet")
	h.position(0, 0, "").position(1, 0, "").position(2, 0, "")
	h.keys("A").typeText("Patrol the river path").keys("enter").typeText("Police commander").keys("enter").
		typeText("Village chiefs").keys("enter").typeText("soon").keys("enter")
	h.mustSee("neither a date")
	if h.last().Type == session.ActionAgreed {
		t.Fatal("an action with a bad date was recorded")
	}
	// The prompt stays open with what was typed; the other fields are kept.
	h.keys("ctrl+u").typeText("2026-04-30").keys("enter")
	e := h.last()
	want := session.ActionRecord{What: "Patrol the river path", Who: "Police commander", With: "Village chiefs", When: "2026-04-30", Status: "planned"}
	if e.Type != session.ActionAgreed || e.Action == nil || !reflect.DeepEqual(*e.Action, want) {
		t.Fatalf("action = %+v", e)
	}
	h.mustSee("• Patrol the river path · who: Police commander")
	h.keys("u", "enter", "down", "down", "enter", "enter") // → done, no comment
	if e := h.last(); e.Type != session.ActionUpdated || e.Action.ID != 1 || e.Action.Status != "done" {
		t.Fatalf("update = %+v", e)
	}
	h.mustSee("done")
}

func TestBoardKeepsTheClockAndGoesBack(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("amani").keys("enter", "b").advance(65 * time.Second)
	h.mustSee("Session 1:05", "Consensus board")
	h.keys("b")
	h.mustSee("▶ Amani Kahindo", "1:05 / 3:00")
}

func TestClosedSessionBoardIsReadOnlyButFollowsActions(t *testing.T) {
	h := newHarness(t, harnessPlan(),
		session.Event{Type: session.ItemRaised, Text: "x", Level: "community"},
		session.Event{Type: session.ActionAgreed, Item: 1, Action: &session.ActionRecord{What: "Carry on"}},
		session.Event{Type: session.SessionClosed})
	h.keys("b", "+")
	if h.m.dialog != nil {
		t.Fatal("a closed session let an item be raised")
	}
	h.keys("u", "enter", "down", "enter", "enter") // no comment
	if e := h.last(); e.Type != session.ActionUpdated || e.Action.Status != "under_way" {
		t.Fatalf("action follow-up after the close: %+v", e)
	}
}

// BenchmarkBoardKeyPress: Update + View of the board with 500 items, their
// positions and actions.
func BenchmarkBoardKeyPress(b *testing.B) {
	events := bigSession(200, 100)
	events = events[:len(events)-1] // no running turn
	stances := []string{"support", "support_with_reservations", "stand_aside", "block"}
	for i := 1; i <= 500; i++ {
		events = append(events, session.Event{Type: session.ItemRaised, Text: fmt.Sprintf("Priority %d: a sentence long enough to be cut", i), Level: "community"})
		for j, l := range facilitation.Levels {
			events = append(events, session.Event{Type: session.PositionRecorded, Item: i, Level: string(l), Stance: stances[(i+j)%4]})
		}
		if i%5 == 0 {
			events = append(events, session.Event{Type: session.ActionAgreed, Item: i, Action: &session.ActionRecord{What: "Act", When: "short"}})
		}
	}
	for i := range events {
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), harnessStart.Add(time.Duration(i)*time.Second)
	}
	m := benchLiveEvents(b, events)
	m.Update(keyMsg("b"))
	keys := []tea.KeyMsg{keyMsg("down"), keyMsg("down"), keyMsg("up")}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(keys[i%len(keys)])
		_ = m.View()
	}
}

func TestBoardShowsWhereACarriedItemComesFrom(t *testing.T) {
	h := newHarness(t, harnessPlan(),
		session.Event{Type: session.ItemCarried, Item: 1, Text: "A corridor for the herds",
			From: &session.Origin{Session: "2026-02-14-0930-ikassa", Item: 3, Text: "A corridor for the herds"}},
		session.Event{Type: session.ActionCarried, Action: &session.ActionRecord{What: "Buy fuel"},
			From: &session.Origin{Session: "2026-02-14-0930-ikassa", Action: 2}})
	h.keys("b")
	h.mustSee("Carried over from 2026-02-14-0930-ikassa (item 3)", "deferred", "Actions carried over: 1")
	h.mustNotSee("Raised by", "raised there")
	h.keys("d")
	if e := h.last(); e.Type != session.ItemReopened {
		t.Fatalf("taking a carried item up again: %+v", e)
	}
	h.keys("u", "enter", "down", "down", "enter")
	h.mustSee("A comment if you like") // issue 16, problem 4: a review takes a comment and confirms
	h.typeText("Fuel came late").keys("enter")
	if e := h.last(); e.Type != session.ActionUpdated || e.Action.Status != "done" || e.Text != "Fuel came late" {
		t.Fatalf("reviewing a carried action: %+v", e)
	}
	h.mustSee("Recorded: “Buy fuel” is done")
}

// A carried item says which level raised it in the earlier session, and
// never claims it was raised here before the first round.
func TestBoardSaysWhichLevelRaisedACarriedItem(t *testing.T) {
	h := newHarness(t, harnessPlan(),
		session.Event{Type: session.ItemCarried, Item: 1, Text: "A corridor for the herds", Level: "civil_society",
			From: &session.Origin{Session: "2026-02-14-0930-ikassa", Item: 3, Text: "A corridor for the herds"}})
	h.keys("b")
	h.mustSee("Carried over from 2026-02-14-0930-ikassa (item 3), raised there by Civil society")
	h.mustNotSee("Raised by", "before the first round")
}
