package ui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// agreedHarness: a session with an agreed item (a reason from government),
// a blocked one, a deferred one and an action.
func agreedHarness(t *testing.T, lang string) *harness {
	plan := harnessPlan()
	plan.Language = lang
	return newHarness(t, plan,
		session.Event{Seq: 2, Type: session.RoundStarted, Round: 1},
		session.Event{Seq: 3, Type: session.ItemRaised, Item: 1, Text: "Repair the borehole", Participant: "p1"},
		session.Event{Seq: 4, Type: session.ItemRaised, Item: 2, Text: "Close the market at dusk", Level: "government"},
		session.Event{Seq: 5, Type: session.ItemRaised, Item: 3, Text: "A youth seat on the committee", Participant: "p3"},
		session.Event{Seq: 6, Type: session.PositionRecorded, Item: 1, Level: "community", Stance: "support"},
		session.Event{Seq: 7, Type: session.PositionRecorded, Item: 1, Level: "civil_society", Stance: "support"},
		session.Event{Seq: 8, Type: session.PositionRecorded, Item: 1, Level: "government", Stance: "support_with_reservations", Reason: "Budget from the province"},
		session.Event{Seq: 9, Type: session.PositionRecorded, Item: 2, Level: "community", Stance: "block", Reason: "Traders lose the evening sales"},
		session.Event{Seq: 10, Type: session.ItemDeferred, Item: 3},
		session.Event{Seq: 11, Type: session.ActionAgreed, Item: 1, Action: &session.ActionRecord{What: "Order the pump", Who: "Water committee", With: "Province", When: "short"}},
	)
}

func TestReadBackReadsWhatWasAgreedThenRecordsEachLevelAndCloses(t *testing.T) {
	h := agreedHarness(t, "en")
	h.m.SetSize(120, 50) // the whole read-out at once
	n := len(h.log.events)
	h.keys("C")
	if len(h.log.events) != n {
		t.Fatal("opening the read-back recorded something")
	}
	h.mustSee("Read-back before closing", "Agreed", "1. Repair the borehole", "Government: support with reservations, because: Budget",
		"No consensus", "2. Close the market at dusk", "Community: block, because: Traders", "Deferred", "3. A youth seat",
		"Order the pump — who: Water committee · with: Province · when: short term", "not asked yet")

	h.keys("a") // community approves
	if e := h.last(); e.Type != session.ReadBackRecorded || e.Level != "community" || e.Status != session.ReadBackApproved || e.Reason != "" {
		t.Fatalf("a = %+v", e)
	}
	h.keys("r", "enter") // remarks are required for "with remarks"
	if e := h.last(); e.Type != session.ReadBackRecorded || e.Level != "community" {
		t.Fatalf("an empty remark was recorded: %+v", e)
	}
	h.mustSee("Write the remarks")
	h.typeText("Check the pump's price first").keys("enter")
	if e := h.last(); e.Level != "civil_society" || e.Status != session.ReadBackApproved || e.Reason != "Check the pump's price first" {
		t.Fatalf("r = %+v", e)
	}
	h.keys("n").typeText("Item 2 was not ours to decide").keys("enter")
	if e := h.last(); e.Level != "government" || e.Status != session.ReadBackNotApproved || e.Reason != "Item 2 was not ours to decide" {
		t.Fatalf("n = %+v", e)
	}
	h.mustSee("√ approves", "approves with remarks: Check the pump's price first", "does not approve: Item 2 was not ours")

	h.keys("c")
	h.mustSee("Close the session now?")
	h.keys("y")
	if e := h.last(); e.Type != session.SessionClosed {
		t.Fatalf("close = %+v", e)
	}
	if h.m.dialog != nil {
		t.Error("the read-back stayed open after the close")
	}
	h.mustSee("CLOSED")

	// End to end: the minutes of the log written say who approved, with the remarks.
	st, err := session.Fold(h.log.events)
	if err != nil {
		t.Fatal(err)
	}
	m := session.BuildMinutes(st, session.MinutesOptions{Location: time.UTC})
	rb := m.ReadBack
	if rb == nil || !rb.Recorded || rb.Approved || strings.Join(rb.ApprovedBy, ",") != "Community,Civil society" ||
		strings.Join(rb.RefusedBy, ",") != "Government" {
		t.Fatalf("minutes read-back = %+v", rb)
	}
	if got := strings.Join(rb.Reasons, "\n"); !strings.Contains(got, "Civil society approved with remarks: Check the pump's price first") ||
		!strings.Contains(got, "Government did not approve: Item 2 was not ours to decide") {
		t.Errorf("reasons = %q", got)
	}
}

func TestReadBackEscGoesBackWithoutClosing(t *testing.T) {
	h := agreedHarness(t, "en")
	n := len(h.log.events)
	h.keys("C", "c")
	h.mustSee("Not asked yet: Community, Civil society, Government. Close the session anyway?")
	h.keys("n") // no: back to the read-back
	h.mustSee("Read-back before closing")
	h.keys("esc")
	if len(h.log.events) != n || h.m.dialog != nil || h.m.j.saved.Closed {
		t.Fatalf("esc left %d events, dialog %v, closed %v", len(h.log.events)-n, h.m.dialog, h.m.j.saved.Closed)
	}
	h.mustNotSee("Read-back")
}

func TestReadBackTabChoosesTheLevelAndTheLastAnswerCounts(t *testing.T) {
	h := agreedHarness(t, "fr")
	h.m.SetSize(120, 50)
	h.keys("C", "tab", "tab", "a") // government first
	if e := h.last(); e.Level != "government" || e.Status != session.ReadBackApproved {
		t.Fatalf("tab tab a = %+v", e)
	}
	h.mustSee("Relecture avant la clôture", "Convenu", "Sans consensus", "Reporté")
	h.keys("tab", "tab", "n", "enter") // back on government: changes its answer, no reason
	if e := h.last(); e.Level != "government" || e.Status != session.ReadBackNotApproved || e.Reason != "" {
		t.Fatalf("second answer = %+v", e)
	}
	h.mustSee("n’approuve pas")
}

// TestGoldenReadBack: the read-back on the board's demo morning, after one
// level approved, at 80×24 and 120×40, in English and French (teatest).
func TestGoldenReadBack(t *testing.T) {
	for _, tc := range []struct {
		name, lang string
		w, h       int
	}{{"en_80x24", "en", 80, 24}, {"en_120x40", "en", 120, 40}, {"fr_80x24", "fr", 80, 24}, {"fr_120x40", "fr", 120, 40}} {
		t.Run(tc.name, func(t *testing.T) {
			events, now := boardMorning(t, tc.lang)
			c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(tc.lang, events[0].Plan.LevelNamesMap()),
				now: func() time.Time { return now }, after: func(time.Duration, tea.Msg) tea.Cmd { return nil }}
			log := &fakeLog{events: events}
			live, err := newLive(c, log, events)
			if err != nil {
				t.Fatal(err)
			}
			tm := teatest.NewTestModel(t, &App{screen: live, owned: &closers{}}, teatest.WithInitialTermSize(tc.w, tc.h))
			tm.Type("Ca") // the read-back; the first level approves
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte("√ approuve")) || bytes.Contains(b, []byte("√ approves"))
			}, teatest.WithDuration(5*time.Second))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}

// At 80×24 the read-out scrolls under the answers, which stay; scrolling
// never leaves a stale "… n more" behind.
func TestReadBackScrollsAt80x24(t *testing.T) {
	h := agreedHarness(t, "en")
	h.m.SetSize(80, 24)
	h.keys("C")
	h.mustSee("more", "Approval", "Community")
	h.keys("down")
	if n := strings.Count(h.view(), "more"); n != 1 {
		t.Fatalf("%d “more” lines after scrolling:\n%s", n, h.view())
	}
	h.keys("pgdown", "pgdown", "pgdown")
	h.mustSee("Order the pump", "Approval", "Government")
	h.mustNotSee("more")
}

// TestGoldenTurnsCorrected: the turns list after a reassignment, a void and
// an adjusted time, at 80×24 in English and French (teatest).
func TestGoldenTurnsCorrected(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang+"_80x24", func(t *testing.T) {
			events, now := demoMorning(t, lang)
			ms := int64(150_000)
			for _, e := range []session.Event{
				{Type: session.Corrected, Corrects: 4, Correction: session.CorrReassign, Participant: "p5", Reason: "misheard"},
				{Type: session.Corrected, Corrects: 6, Correction: session.CorrAdjust, CountedMs: &ms},
				{Type: session.Corrected, Corrects: 12, Correction: session.CorrRequest, Request: "clarify"},
			} {
				e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), now.Add(-10*time.Second)
				events = append(events, e)
			}
			c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(lang, events[0].Plan.LevelNamesMap()),
				now: func() time.Time { return now }, after: func(time.Duration, tea.Msg) tea.Cmd { return nil }}
			live, err := newLive(c, &fakeLog{events: events}, events)
			if err != nil {
				t.Fatal(err)
			}
			tm := teatest.NewTestModel(t, &App{screen: live, owned: &closers{}}, teatest.WithInitialTermSize(80, 24))
			tm.Type("l")
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("#3")) },
				teatest.WithDuration(5*time.Second))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}
