package session

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/baraza-app/baraza/facilitation"
)

// TestMergeKeepsPositions: the folded item's positions come over; where both
// items had one for a level, the kept item's stands unless keep_merged names
// the level, and the other is set aside, never dropped (issue 16, problem 1).
func TestMergeKeepsPositions(t *testing.T) {
	base := func() *script {
		return newScript(t, testPlan()).
			add(1, item("Reopen the market road", "p5")).
			add(2, item("The road to the market", "p1")).
			add(3, position(1, "government", "support", "")).
			add(4, position(2, "community", "block", "Soldiers at the barrier")).
			add(5, position(2, "government", "support_with_reservations", "Budget from the province"))
	}
	for _, tc := range []struct {
		name      string
		keep      []string
		govStance string
		setAside  string // the stance set aside for government
	}{
		{"kept item's stands", nil, "support", "support_with_reservations"},
		{"merged item's chosen", []string{"government"}, "support_with_reservations", "support"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := base().add(6, Event{Type: ItemsMerged, Item: 1, Merged: 2, KeepMerged: tc.keep}).fold()
			kept := st.Items[0]
			if p := kept.Positions["community"]; p.Stance != "block" || p.Reason != "Soldiers at the barrier" || p.Item != 2 {
				t.Errorf("the block came over as %+v", p)
			}
			if p := kept.Positions["government"]; p.Stance != tc.govStance {
				t.Errorf("government stands at %q, want %q", p.Stance, tc.govStance)
			}
			if len(kept.SetAside) != 1 || kept.SetAside[0].Stance != tc.setAside {
				t.Errorf("set aside %+v, want %s", kept.SetAside, tc.setAside)
			}
			if got := st.ItemStatus(kept); got != facilitation.StatusOpen { // a block and nothing from civil society
				t.Errorf("status %s", got)
			}
			if len(kept.History) != 3 {
				t.Errorf("history %d, want every position of both items", len(kept.History))
			}
		})
	}
	if _, err := Fold(base().add(6, Event{Type: ItemsMerged, Item: 1, Merged: 2, KeepMerged: []string{"army"}}).events); err == nil {
		t.Error("keep_merged with an unknown level was folded")
	}
}

// TestAttendanceOverTime: arrivals and departures keep their times; who left
// still counts as having attended (issue 16, problem 5).
func TestAttendanceOverTime(t *testing.T) {
	st := newScript(t, testPlan()).
		add(60, Event{Type: AttendanceMarked, Participant: "p2", Status: Late}).
		add(600, Event{Type: AttendanceMarked, Participant: "p5", Status: Left}).
		add(700, Event{Type: ParticipantAdded, Person: &PersonRecord{ID: "p7", Name: "Zawadi", Level: "community"}}).
		fold()
	if at, ok := st.Person("p5").LeftAt(); !ok || !at.Equal(t0.Add(600*time.Second)) {
		t.Errorf("p5 left at %v %v", at, ok)
	}
	if _, ok := st.Person("p7").ArrivedLate(); !ok {
		t.Error("someone added during the session did not arrive late")
	}
	if !st.Person("p5").Attended() || st.Person("p5").Present() {
		t.Error("p5 who left: attended, not present now")
	}
	if b, a := st.Balance(st.LastAt), st.BalanceAttended(st.LastAt); b.Present != 6 || a.Present != 7 {
		t.Errorf("present now %d (want 6), attended %d (want 7)", b.Present, a.Present)
	}
}

// hallSession has what a hall under pressure produces: two items merged that
// both carry positions, someone arriving late, someone leaving, an item
// deferred with a block.
func hallSession(t *testing.T, lang string) *State {
	plan := testPlan()
	plan.Language, plan.Date = lang, "2026-03-12"
	return newScript(t, plan).
		add(30, round(2)).
		add(60, Event{Type: AttendanceMarked, Participant: "p4", Status: Late}).
		add(90, item("Reopen the market road", "p5")).
		add(120, item("The road to the market, before the rains", "p1")).
		add(150, position(1, "government", "support", "")).
		add(180, position(2, "community", "support", "")).
		add(210, position(2, "government", "support_with_reservations", "Budget from the province")).
		add(240, Event{Type: ItemsMerged, Item: 1, Merged: 2, KeepMerged: []string{"government"}}).
		add(250, position(1, "civil_society", "support", "")).
		add(300, item("A corridor for the herds", "civil_society")).
		add(330, position(3, "government", "block", "The land is disputed")).
		add(360, Event{Type: ItemDeferred, Item: 3}).
		add(500, turn("p6")).
		add(620, Event{Type: TurnEnded, Note: "The province will pay for the road"}).
		add(640, Event{Type: ActionAgreed, Item: 1, Action: &ActionRecord{What: "Clear the road", Who: "Territory administration", When: "short"}}).
		add(1800, Event{Type: AttendanceMarked, Participant: "p6", Status: Left}).
		add(2400, ev(SessionClosed)).
		fold()
}

// TestMinutesGoldenHall: a merge with both origins and every position,
// arrivals and departures, a follow-up with carried positions and a
// reviewed action (go test ./session -run GoldenHall -update).
func TestMinutesGoldenHall(t *testing.T) {
	o := MinutesOptions{Location: time.UTC}
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang, func(t *testing.T) {
			out, err := RenderMinutes(BuildMinutes(hallSession(t, lang), o), nil)
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, out)
		})
	}
	t.Run("follow_up", func(t *testing.T) {
		earlier := hallSession(t, "en")
		start := FollowUpStart(NewSessionStarted("2026-04-11-0900-test", testPlan()), earlier)
		events := append([]Event{start}, CarryOver(earlier)...)
		events = append(events,
			Event{Type: ActionUpdated, Action: &ActionRecord{ID: 1, Status: facilitation.ActionDone}, Text: "Done by the youth committee"},
			Event{Type: ItemReopened, Item: 1},
			Event{Type: SessionClosed})
		at := time.Date(2026, 4, 11, 9, 0, 0, 0, time.UTC)
		for i := range events {
			events[i].V, events[i].Seq, events[i].At = FormatVersion, int64(i+1), at.Add(time.Duration(i)*time.Minute)
		}
		st, err := Fold(events)
		if err != nil {
			t.Fatal(err)
		}
		if st.FollowsTitle != "Test dialogue" || st.FollowsDate != "2026-03-12" {
			t.Errorf("follows %q %q", st.FollowsTitle, st.FollowsDate)
		}
		if c := st.Items[0].Carried; len(c.Positions) != 1 || c.Positions[0].Reason != "The land is disputed" {
			t.Errorf("carried positions %+v", c.Positions)
		}
		if st.Actions[0].Comment != "Done by the youth committee" {
			t.Errorf("comment %q", st.Actions[0].Comment)
		}
		out, err := RenderMinutes(BuildMinutes(st, o), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Test dialogue, 12 March 2026", "The land is disputed", "Done by the youth committee"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("follow-up minutes lack %q", want)
			}
		}
		golden.RequireEqual(t, out)
	})
}

// TestAnnotationsInMomentOrder: notes written out of order (a trainer going
// back to an earlier moment) are exported in the order of their moments
// (issue 16, problem 8).
func TestAnnotationsInMomentOrder(t *testing.T) {
	st := hallSession(t, "en")
	m := BuildMinutes(st, MinutesOptions{Location: time.UTC})
	turn := st.Turns[0].Start
	AddAnnotations(m, st, []Annotated{
		{Moment: turn.Add(90 * time.Second), Text: "later"},
		{Moment: turn.Add(10 * time.Second), Text: "earlier"},
	}, MinutesOptions{Location: time.UTC})
	var got []string
	for _, r := range m.Rounds {
		for _, a := range r.Annotations {
			got = append(got, a.Text)
		}
	}
	if strings.Join(got, ",") != "earlier,later" {
		t.Fatalf("annotations in order %v", got)
	}
}
