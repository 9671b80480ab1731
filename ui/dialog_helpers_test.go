package ui

import (
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

var dlgT0 = time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)

// dlgPlan has names in three scripts, accents and one long organisation:
// p1 Déogratias (community), p2 Kahindo (community), p3 عائشة (civil
// society), p4 王小明 (government), p5 Grâce (civil society).
func dlgPlan() *facilitation.Plan {
	all := facilitation.Levels[:]
	return &facilitation.Plan{
		Title: "Dialogue", Language: "en",
		Participants: []facilitation.Participant{
			{Name: "Déogratias Kasereka", Level: facilitation.Community, Organisation: "Mamans pour la paix du Nord-Kivu et de l'Ituri"},
			{Name: "Kahindo Amani Sifa", Level: facilitation.Community, Gender: facilitation.Woman},
			{Name: "عائشة", Level: facilitation.CivilSociety, Organisation: "جمعية السلام"},
			{Name: "王小明", Level: facilitation.Government, Organisation: "市政府"},
			{Name: "Grâce Mapendo", Level: facilitation.CivilSociety, Youth: true},
		},
		Rounds: []facilitation.Round{
			{Title: "Listen", Levels: all, Order: facilitation.OrderQueue},
			{Title: "Exchange", Levels: all, Order: facilitation.OrderAlternate},
		},
	}
}

// dlgStep is an event at a number of seconds after dlgT0.
type dlgStep struct {
	sec int
	e   session.Event
}

// dlgState folds the plan's start and the steps into a state.
func dlgState(t *testing.T, plan *facilitation.Plan, steps ...dlgStep) *session.State {
	t.Helper()
	events := []session.Event{session.NewSessionStarted("test", plan)}
	for _, s := range steps {
		e := s.e
		e.At = dlgT0.Add(time.Duration(s.sec) * time.Second)
		events = append(events, e)
	}
	for i := range events {
		events[i].V, events[i].Seq = session.FormatVersion, int64(i+1)
		if i == 0 {
			events[i].At = dlgT0
		}
	}
	st, err := session.Fold(events)
	if err != nil {
		t.Fatalf("fold: %v", err)
	}
	return st
}

// dlgBusyState: round 1, p1 spoke 1:30 (turn 1, noted), p3 replied 0:45
// (turn 2, off the record), p4 speaks since 9:05; p2 left, p5 absent.
func dlgBusyState(t *testing.T) *session.State {
	return dlgState(t, dlgPlan(),
		dlgStep{0, session.Event{Type: session.RoundStarted, Round: 1}},
		dlgStep{10, session.Event{Type: session.TurnStarted, Turn: 1, Participant: "p1"}},
		dlgStep{100, session.Event{Type: session.TurnEnded, Turn: 1, Note: "Asks for a night patrol"}},
		dlgStep{100, session.Event{Type: session.TurnStarted, Turn: 2, Participant: "p3", Request: "reply"}},
		dlgStep{145, session.Event{Type: session.TurnEnded, Turn: 2}},
		dlgStep{146, session.Event{Type: session.TurnOffRecord, Turn: 2, OffRecord: true}},
		dlgStep{150, session.Event{Type: session.AttendanceMarked, Participant: "p2", Status: session.Left}},
		dlgStep{150, session.Event{Type: session.AttendanceMarked, Participant: "p5", Status: session.Absent}},
		dlgStep{300, session.Event{Type: session.TurnStarted, Turn: 3, Participant: "p4"}},
	)
}

// dlgCommon is a common for tests: no colours, a fixed clock (9:06, so
// p4 has spoken a minute), 80×24.
func dlgCommon(lang string) *common {
	return &common{
		st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(lang, nil),
		now:   func() time.Time { return dlgT0.Add(6 * time.Minute) },
		after: func(time.Duration, tea.Msg) tea.Cmd { return nil },
		width: 80, height: 24,
	}
}

// dlgKeyMsg turns "enter", "esc", "up", ... or plain text into a key message.
func dlgKeyMsg(k string) tea.KeyMsg {
	special := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "backspace": tea.KeyBackspace,
		"left": tea.KeyLeft, "right": tea.KeyRight, "ctrl+n": tea.KeyCtrlN, "ctrl+p": tea.KeyCtrlP,
	}
	if t, ok := special[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends keys to d; it returns the last intent and done flag and
// fails if a key other than the last closed the dialog.
func press(t *testing.T, d dialog, st *session.State, keys ...string) (any, bool) {
	t.Helper()
	var intent any
	var done bool
	for i, k := range keys {
		if done {
			t.Fatalf("dialog closed before key %d (%q)", i, k)
		}
		intent, done = d.Update(dlgKeyMsg(k), st)
	}
	return intent, done
}

// dialogFits fails when a view is wider or taller than its space.
func dialogFits(t *testing.T, view string, w, h int) {
	t.Helper()
	if view == "" {
		return // nothing drawn fits anywhere
	}
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("view has %d lines, room for %d:\n%s", len(lines), h, view)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line %d is %d wide, room for %d: %q", i, lw, w, l)
		}
	}
}

// dialogFitsSizes checks the view at 70 and 120 columns and a few heights.
func dialogFitsSizes(t *testing.T, d dialog, st *session.State) {
	t.Helper()
	for _, w := range []int{70, 120} {
		for _, h := range []int{8, 17, 40} {
			dialogFits(t, d.View(st, w, h), w, h)
		}
	}
}

func mustContain(t *testing.T, view string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(view, p) {
			t.Errorf("view lacks %q:\n%s", p, view)
		}
	}
}

// TestDialogsFitEverySize draws every dialog, in each of its modes, at
// sizes from nothing to wide: no panic, nothing wider or taller than given.
func TestDialogsFitEverySize(t *testing.T) {
	st := dlgBusyState(t)
	c := dlgCommon("fr")
	form := newPeopleDialog(c)
	press(t, form, st, "+", "   ", "enter") // the form with its error
	edit := newTurnsDialog(c)
	press(t, edit, st, "e")
	long := newPrompt(c, strings.Repeat("Titre assez long ", 8), strings.Repeat("عائشة 王小明 ", 30), nil)
	reassign := newTurnsDialog(c)
	press(t, reassign, st, "down", "r") // the picker of whose turn it was
	filtered := newTurnsDialog(c)
	press(t, filtered, st, "/", "wang", "enter")
	rb := newReadBack(c, st)
	rbClose := newReadBack(c, st)
	press(t, rbClose, st, "c")
	dialogs := []dialog{reassign, filtered, rb, rbClose,
		newPicker(c, pickQueue, facilitation.RequestSpeak), newPicker(c, pickFloor, facilitation.RequestSpeak),
		newPeopleDialog(c), form, newTurnsDialog(c), edit, long, newConfirm(c, c.cat.T("live.close_q"), closeIntent{}),
	}
	for _, d := range dialogs {
		for w := 0; w <= 130; w += 7 {
			for h := 0; h <= 30; h += 3 {
				dialogFits(t, d.View(st, w, h), w, h)
			}
		}
	}
}
