package ui

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// boardMorning is the demo morning with four items on the board: one agreed
// with an action, one agreed with reservations, one blocked, one deferred.
func boardMorning(t *testing.T, lang string) ([]session.Event, time.Time) {
	events, now := demoMorning(t, lang)
	more := []session.Event{
		{Type: session.ItemRaised, Text: "Repair the borehole and set women's water hours", Participant: "p11"},
		{Type: session.ItemRaised, Text: "Dawn patrols on the river path and the market road", Level: "government"},
		{Type: session.ItemRaised, Text: "A marked corridor to the river for the herds", Participant: "p4"},
		{Type: session.ItemRaised, Text: "A youth seat on the local peace committee", Participant: "p8"},
		{Type: session.PositionRecorded, Item: 1, Level: "community", Stance: "support"},
		{Type: session.PositionRecorded, Item: 1, Level: "civil_society", Stance: "support"},
		{Type: session.PositionRecorded, Item: 1, Level: "government", Stance: "support_with_reservations", Reason: "The repair budget must come from the province"},
		{Type: session.PositionRecorded, Item: 2, Level: "community", Stance: "support"},
		{Type: session.PositionRecorded, Item: 2, Level: "civil_society", Stance: "support"},
		{Type: session.PositionRecorded, Item: 2, Level: "government", Stance: "support"},
		{Type: session.ActionAgreed, Item: 2, Action: &session.ActionRecord{What: "Dawn patrols", Who: "Police commander", With: "Village chiefs", When: "short"}},
		{Type: session.PositionRecorded, Item: 3, Level: "government", Stance: "block", Reason: "Needs the chiefs' court ruling"},
		{Type: session.ItemDeferred, Item: 4},
	}
	at := now.Add(-30 * time.Second)
	for _, e := range more {
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), at
		events = append(events, e)
	}
	return events, now
}

// TestGoldenBoard: the board on the demo session at 80×24 and 120×40, in
// the real program loop (teatest); go test ./ui -run TestGoldenBoard -update.
func TestGoldenBoard(t *testing.T) {
	for _, tc := range []struct {
		name, lang string
		w, h       int
	}{{"en_80x24", "en", 80, 24}, {"en_120x40", "en", 120, 40}, {"fr_80x24", "fr", 80, 24}} {
		t.Run(tc.name, func(t *testing.T) {
			events, now := boardMorning(t, tc.lang)
			c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(tc.lang, events[0].Plan.LevelNamesMap()),
				now: func() time.Time { return now }, after: func(time.Duration, tea.Msg) tea.Cmd { return nil }}
			live, err := newLive(c, &fakeLog{events: events}, events)
			if err != nil {
				t.Fatal(err)
			}
			tm := teatest.NewTestModel(t, &App{screen: live, owned: &closers{}}, teatest.WithInitialTermSize(tc.w, tc.h))
			tm.Type("bj") // the board, second item
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte("Police commander")) || bytes.Contains(b, []byte("Actions"))
			},
				teatest.WithDuration(5*time.Second))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}
