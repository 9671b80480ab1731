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

// hallMorning is the demo morning as a follow-up session (issue 16): it
// follows an earlier session named by title and date, takes up a carried
// item with the positions that deferred it, and has two items merged that
// both carried positions.
func hallMorning(t *testing.T, lang string) ([]session.Event, time.Time) {
	events, now := demoMorning(t, lang)
	start := events[0]
	start.Follows = "2026-02-14-0930-nyakabanda"
	start.From = &session.Origin{Session: start.Follows, Text: "Nyakabanda peace dialogue", Date: "2026-02-14"}
	carried := []session.Event{
		{Type: session.ItemCarried, Item: 1, Text: "A marked corridor to the river for the herds, with fixed hours in the dry season", Level: "community",
			From: &session.Origin{Session: start.Follows, Item: 5, Text: "A marked corridor", Positions: []session.OriginPosition{
				{Level: "civil_society", Stance: "stand_aside"},
				{Level: "government", Stance: "block", Reason: "Needs the chiefs' court ruling on compensation for the fields crossed"}}}},
		{Type: session.ActionCarried, Action: &session.ActionRecord{What: "Buy fuel for the patrols", Who: "Territory administrator", When: "short", Status: "under_way"},
			From: &session.Origin{Session: start.Follows, Action: 2, Text: "Dawn patrols"}},
	}
	events = append(append([]session.Event{start}, carried...), events[1:]...)
	more := []session.Event{
		{Type: session.ItemRaised, Text: "Repair the borehole at the lower market before the dry season, and set protected water hours for women at dawn", Participant: "p11"},
		{Type: session.ItemRaised, Text: "Water hours for women at the river", Participant: "p4"},
		{Type: session.PositionRecorded, Item: 2, Level: "government", Stance: "support"},
		{Type: session.PositionRecorded, Item: 3, Level: "community", Stance: "block", Reason: "Soldiers at the barrier take a toll from the women"},
		{Type: session.PositionRecorded, Item: 3, Level: "government", Stance: "support_with_reservations", Reason: "The repair budget must come from the province"},
		{Type: session.ItemsMerged, Item: 2, Merged: 3, KeepMerged: []string{"government"}},
	}
	events = append(events, more...)
	at := now.Add(-30 * time.Second)
	for i := range events {
		events[i].V, events[i].Seq = session.FormatVersion, int64(i+1)
		if i >= len(events)-len(more) {
			events[i].At = at
		}
		if i > 0 && i <= len(carried) {
			events[i].At = events[0].At
		}
	}
	return events, now
}

// TestGoldenHall: the follow-up banner on the live screen, the board's
// detail pane on a carried item and on a merged one, at 80×24 and 120×40 in
// English and French (go test ./ui -run TestGoldenHall -update).
func TestGoldenHall(t *testing.T) {
	for _, tc := range []struct {
		name, lang, keys, wait string
		w, h                   int
	}{
		{"live_en_80x24", "en", "", "Follows up", 80, 24},
		{"live_fr_80x24", "fr", "", "Fait suite", 80, 24},
		{"carried_en_80x24", "en", "b", "last time", 80, 24},
		{"carried_fr_80x24", "fr", "b", "dernière fois", 80, 24},
		{"merged_en_80x24", "en", "bj", "Set aside", 80, 24},
		{"merged_fr_80x24", "fr", "bj", "cartée", 80, 24},
		{"merged_en_120x40", "en", "bj", "Set aside", 120, 40},
		{"merged_fr_120x40", "fr", "bj", "cartée", 120, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events, now := hallMorning(t, tc.lang)
			c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(tc.lang, events[0].Plan.LevelNamesMap()),
				now: func() time.Time { return now }, after: func(time.Duration, tea.Msg) tea.Cmd { return nil }}
			live, err := newLive(c, &fakeLog{events: events}, events)
			if err != nil {
				t.Fatal(err)
			}
			tm := teatest.NewTestModel(t, &App{screen: live, owned: &closers{}}, teatest.WithInitialTermSize(tc.w, tc.h))
			if tc.keys != "" {
				tm.Type(tc.keys)
			}
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(tc.wait)) },
				teatest.WithDuration(5*time.Second))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}
