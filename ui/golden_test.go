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

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/demo"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// demoMorning is the demo session twenty minutes in: two turns heard with
// notes, a third speaker nearing the limit, two people waiting (one to reply).
func demoMorning(t *testing.T, lang string) ([]session.Event, time.Time) {
	t.Helper()
	name, src := demo.Plan(lang)
	plan, err := facilitation.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	type step struct {
		at string
		e  session.Event
	}
	steps := []step{
		{"0s", session.NewSessionStarted("2026-03-14-0930-nyakabanda", plan)},
		{"1m", session.Event{Type: session.RoundStarted, Round: 1}},
		{"1m5s", session.Event{Type: session.SpeakerQueued, Participant: "p3"}},
		{"1m10s", session.Event{Type: session.TurnStarted, Turn: 1, Participant: "p3"}},
		{"3m40s", session.Event{Type: session.TurnEnded, Turn: 1, Note: "Market road unsafe after dark; traders robbed twice this month"}},
		{"4m", session.Event{Type: session.TurnStarted, Turn: 2, Participant: "p4"}},
		{"5m", session.Event{Type: session.InterpretationStart, Turn: 2}},
		{"5m40s", session.Event{Type: session.InterpretationEnd, Turn: 2}},
		{"7m10s", session.Event{Type: session.TurnEnded, Turn: 2, Note: "Herders and farmers clash over the river crossing"}},
		{"7m20s", session.Event{Type: session.SpeakerQueued, Participant: "p1"}},
		{"7m30s", session.Event{Type: session.SpeakerQueued, Participant: "p5", Request: "reply"}},
		{"8m", session.Event{Type: session.TurnStarted, Turn: 3, Participant: "p2"}},
	}
	var events []session.Event
	for i, s := range steps {
		d, _ := time.ParseDuration(s.at)
		s.e.V, s.e.Seq, s.e.At = session.FormatVersion, int64(i+1), start.Add(d)
		events = append(events, s.e)
	}
	return events, start.Add(10*time.Minute + 35*time.Second)
}

// goldenApp is the whole app on the demo session with a stopped clock and
// no colour, so that screens are the same on every machine.
func goldenApp(t *testing.T, lang string) *App {
	events, now := demoMorning(t, lang)
	c := &common{
		st:    NewStyles(lipgloss.NewRenderer(io.Discard)),
		cat:   i18n.New(lang, events[0].Plan.LevelNamesMap()),
		now:   func() time.Time { return now },
		after: func(time.Duration, tea.Msg) tea.Cmd { return nil },
	}
	live, err := newLive(c, &fakeLog{events: events}, events)
	if err != nil {
		t.Fatal(err)
	}
	return &App{screen: live, owned: &closers{}}
}

// TestGoldenDemoScreens runs the real program loop (teatest) at 80×24 and
// 120×40, in English and French, and compares the final screen with
// testdata/TestGoldenDemoScreens/*.golden (go test ./ui -update rewrites them).
func TestGoldenDemoScreens(t *testing.T) {
	for _, tc := range []struct {
		name, lang string
		w, h       int
		keys       string
	}{
		{"en_80x24", "en", 80, 24, ""},
		{"en_120x40", "en", 120, 40, ""},
		{"fr_80x24", "fr", 80, 24, ""},
		{"fr_120x40", "fr", 120, 40, ""},
		{"en_80x24_people", "en", 80, 24, "w"},
		{"fr_80x24_help", "fr", 80, 24, "?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tm := teatest.NewTestModel(t, goldenApp(t, tc.lang), teatest.WithInitialTermSize(tc.w, tc.h))
			if tc.keys != "" {
				tm.Type(tc.keys)
			}
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Nyakabanda")) },
				teatest.WithDuration(5*time.Second))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}
