package ui

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// goldenRoom is the room view on the demo session, its clock stopped at
// now plus extra.
func goldenRoom(t *testing.T, lang string, extra time.Duration) *App {
	events, now := demoMorning(t, lang)
	now = now.Add(extra)
	st, err := session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	c := &common{
		st:    NewStyles(lipgloss.NewRenderer(io.Discard)),
		cat:   i18n.New(lang, events[0].Plan.LevelNamesMap()),
		now:   func() time.Time { return now },
		after: func(time.Duration, tea.Msg) tea.Cmd { return nil },
	}
	r := newRoom(c)
	r.state = st
	return &App{screen: r, owned: &closers{}}
}

// TestGoldenRoom: the room view at 80×24 and 160×48, English and French,
// with the speaker nearing the limit; and past it (go test ./ui -update
// rewrites testdata/TestGoldenRoom).
func TestGoldenRoom(t *testing.T) {
	for _, tc := range []struct {
		name, lang string
		w, h       int
		extra      time.Duration
	}{
		{"en_80x24", "en", 80, 24, 0},
		{"en_160x48", "en", 160, 48, 0},
		{"fr_80x24", "fr", 80, 24, 0},
		{"fr_160x48", "fr", 160, 48, 0},
		{"en_80x24_over", "en", 80, 24, time.Minute},
		{"en_200x60_over", "en", 200, 60, time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tm := teatest.NewTestModel(t, goldenRoom(t, tc.lang, tc.extra), teatest.WithInitialTermSize(tc.w, tc.h))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Nyakabanda")) },
				teatest.WithDuration(5*time.Second))
			tm.Type("a]n") // keys do nothing here
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			view := final.View()
			for i, line := range strings.Split(view, "\n") {
				if w := lipgloss.Width(line); w != tc.w {
					t.Fatalf("line %d is %d wide, not %d", i+1, w, tc.w)
				}
			}
			if n := strings.Count(view, "\n") + 1; n != tc.h {
				t.Fatalf("%d lines, not %d", n, tc.h)
			}
			golden.RequireEqual(t, []byte(view))
		})
	}
}

// The clock's form, not only its colour, tells calm, near and over apart.
func TestRoomClockForms(t *testing.T) {
	seen := map[string]clockForm{}
	for _, f := range []clockForm{formCalm, formNear, formOver} {
		ink := f.ink()
		if prev, ok := seen[ink]; ok {
			t.Fatalf("forms %d and %d draw alike", prev, f)
		}
		seen[ink] = f
		if !strings.Contains(strings.Join(bigText("1:23", 2, f), ""), ink) {
			t.Fatalf("form %d does not draw with %q", f, ink)
		}
	}
	if got := bigText("0", 2, formCalm); len(got) != 10 || lipgloss.Width(got[0]) != 6 {
		t.Fatalf("scale 2: %d lines of %d", len(got), lipgloss.Width(got[0]))
	}
}

// baraza room follows a log another process appends to: each save shows
// within 200 ms.
func TestRoomFollowsAppendedLog(t *testing.T) {
	h, w := hubSession(t) // the hub writes, as the serving process would
	path := filepath.Join(w.Dir, sessions.LogFile)
	f := NewLogFollower(path, func() (*session.State, error) { st, _, err := session.FoldLog(path); return st, err })
	defer f.Close()
	r := newRoom(h.commonFor(Options{Theme: Theme{NoColor: true}}, ""))
	r.follow = func() tea.Cmd { return f.next }
	r.Update(f.next()) // the first read
	if r.state == nil || r.state.Round != 0 {
		t.Fatal("first read")
	}
	_, m, err := h.Join(Guest{Role: RoleNote, Auth: "join code"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	live := liveOf(t, m)
	for round := 1; round <= 3; round++ {
		if _, err := live.j.record(time.Now(), session.Event{Type: session.RoundStarted, Round: round}); err != nil {
			t.Fatal(err)
		}
		got := make(chan tea.Msg, 1)
		begin := time.Now()
		go func() { got <- f.next() }()
		for {
			select {
			case msg := <-got:
				r.Update(msg)
			case <-time.After(time.Second):
				t.Fatalf("round %d never showed", round)
			}
			if r.state.Round == round {
				break
			}
			go func() { got <- f.next() }()
		}
		if d := time.Since(begin); d > 200*time.Millisecond {
			t.Errorf("round %d showed after %v", round, d)
		}
	}
}

// In an anonymous session the room view names no one: levels only.
func TestRoomAnonymousNamesNoOne(t *testing.T) {
	app := goldenRoom(t, "en", 0)
	r := app.screen.(*Room)
	plan := *r.state.Plan
	plan.Anonymous = true
	r.state.Plan = &plan
	app.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	v := app.View()
	for _, p := range r.state.People {
		if strings.Contains(v, p.Name) {
			t.Fatalf("the anonymous room view shows %q:\n%s", p.Name, v)
		}
	}
	if !strings.Contains(v, "Floor  Community") || !strings.Contains(v, "1 COM [direct reply]") {
		t.Fatalf("levels missing:\n%s", v)
	}
}
