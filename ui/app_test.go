package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// Keys that arrive together in one message ("iow") must each do their job.
func TestAppSplitsKeysThatArriveTogether(t *testing.T) {
	h := newHarness(t, harnessPlan())
	app := &App{screen: h.m, owned: &closers{}}
	step := func(msg tea.Msg) {
		_, cmd := app.Update(msg)
		h.run(cmd)
	}
	step(tea.WindowSizeMsg{Width: 90, Height: 30})
	step(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("]gamani")})
	step(tea.KeyMsg{Type: tea.KeyEnter})
	step(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("iow")})
	want := []session.Type{session.RoundStarted, session.TurnStarted, session.InterpretationStart, session.TurnOffRecord}
	got := h.types()
	if len(got) != len(want) {
		t.Fatalf("events = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("events = %v, want %v", got, want)
		}
	}
	if h.m.dialog == nil {
		t.Errorf("w did not open the people dialog")
	}
	if h.m.c.width != 90 {
		t.Errorf("the size did not reach the screen")
	}
}
