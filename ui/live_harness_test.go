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

var harnessStart = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

// fakeLog keeps appended events in memory and fails while fail is set. Like
// session.Writer, a failed batch leaves nothing behind.
type fakeLog struct {
	events  []session.Event
	fail    error
	batches []int // size of each batch written
}

func (f *fakeLog) Append(e session.Event) (session.Event, error) {
	out, err := f.AppendBatch([]session.Event{e})
	if err != nil {
		return session.Event{}, err
	}
	return out[0], nil
}

func (f *fakeLog) AppendBatch(events []session.Event) ([]session.Event, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	out := make([]session.Event, len(events))
	for i, e := range events {
		e.Seq = int64(len(f.events) + 1)
		f.events = append(f.events, e)
		out[i] = e
	}
	f.batches = append(f.batches, len(events))
	return out, nil
}

// harness drives a Live screen as a user would: keys in, commands run at
// once (writes to the fake log), timers recorded instead of slept.
type harness struct {
	t         *testing.T
	m         *Live
	log       *fakeLog
	clock     time.Time
	scheduled []tea.Msg
	quit      bool
}

func harnessPlan() *facilitation.Plan {
	return &facilitation.Plan{
		Title: "Ikassa dialogue", Language: "en", TurnLimit: 3 * time.Minute,
		Participants: []facilitation.Participant{
			{Name: "Amani Kahindo", Level: facilitation.Community, Gender: facilitation.Woman, Organisation: "Mamans pour la paix"},
			{Name: "Bienvenu Mukeba", Level: facilitation.Community, Gender: facilitation.Man},
			{Name: "Grâce Mapendo", Level: facilitation.CivilSociety, Gender: facilitation.Woman, Youth: true},
			{Name: "Kavira Sifa", Level: facilitation.Government, Role: "Administratrice"},
		},
		Rounds: []facilitation.Round{
			{Title: "Listening", Levels: facilitation.Levels[:], Question: "What threatens peace?", Duration: 40 * time.Minute, TurnLimit: 3 * time.Minute, Order: facilitation.OrderQueue},
			{Title: "Exchange", Levels: facilitation.Levels[:], Order: facilitation.OrderAlternate, LevelBudget: facilitation.UniformBudget(10 * time.Minute)},
		},
	}
}

func newHarness(t *testing.T, plan *facilitation.Plan, extra ...session.Event) *harness {
	t.Helper()
	h := &harness{t: t, log: &fakeLog{}, clock: harnessStart}
	for _, e := range append([]session.Event{session.NewSessionStarted("test", plan)}, extra...) {
		e.V, e.At = session.FormatVersion, h.clock
		if _, err := h.log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	c := &common{
		st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(plan.Language, plan.LevelNames),
		now:   func() time.Time { return h.clock },
		after: func(_ time.Duration, msg tea.Msg) tea.Cmd { h.scheduled = append(h.scheduled, msg); return nil },
		width: 100, height: 30,
	}
	m, err := newLive(c, h.log, append([]session.Event(nil), h.log.events...))
	if err != nil {
		t.Fatal(err)
	}
	h.m = m
	h.run(m.Init())
	return h
}

// keyMsg turns "a", "enter", "esc", "up", "K", "ctrl+c" into key messages.
func keyMsg(k string) tea.KeyMsg {
	special := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"tab": tea.KeyTab, "backspace": tea.KeyBackspace, "ctrl+c": tea.KeyCtrlC,
		"delete": tea.KeyDelete, "shift+up": tea.KeyShiftUp, "shift+down": tea.KeyShiftDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "space": tea.KeySpace,
	}
	if t, ok := special[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// keys presses each key in turn.
func (h *harness) keys(ks ...string) *harness {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
	return h
}

// typeText types text into whatever has focus.
func (h *harness) typeText(s string) *harness {
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	return h
}

func (h *harness) send(msg tea.Msg) { h.run(h.m.Update(msg)) }

// run executes a command and feeds its messages back, as the runtime would.
func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	case tea.QuitMsg:
		h.quit = true
	default:
		h.send(msg)
	}
}

func (h *harness) advance(d time.Duration) *harness {
	h.clock = h.clock.Add(d)
	return h
}

// types lists the event types appended after the session started.
func (h *harness) types() []session.Type {
	var out []session.Type
	for _, e := range h.log.events[1:] {
		out = append(out, e.Type)
	}
	return out
}

func (h *harness) last() session.Event { return h.log.events[len(h.log.events)-1] }

func (h *harness) view() string { return h.m.View() }

func (h *harness) mustSee(parts ...string) {
	h.t.Helper()
	mustContain(h.t, h.view(), parts...)
}

func (h *harness) mustNotSee(parts ...string) {
	h.t.Helper()
	v := h.view()
	for _, p := range parts {
		if strings.Contains(v, p) {
			h.t.Errorf("screen shows %q but should not:\n%s", p, v)
		}
	}
}

func harnessCatalog() *i18n.Catalog { return i18n.New("en", nil) }
