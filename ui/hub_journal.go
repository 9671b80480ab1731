package ui

import (
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// hubLink makes a screen's journal a window on the hub's: its record goes
// to the hub, its states are the hub's snapshots (see journal.go).
type hubLink struct {
	h        *Hub
	readOnly bool // an observer: reads everything, records nothing
}

// errReadOnly refuses an observer's action (their keys are filtered first:
// this is the second line).
var errReadOnly error = facilitation.Key("hub.read_only")

func (l *hubLink) record(j *journal, now time.Time, events []session.Event) error {
	if l.readOnly {
		return errReadOnly
	}
	return l.h.record(j, now, events)
}

// adopt takes the hub's snapshot as this screen's saved and projected state.
func (j *journal) adopt(s *hubSnapshot) {
	j.saved, j.projected, j.failure = s.saved, s.projected, s.failure
	j.outbox = slices.Clone(s.outbox)
}

// readOnlyApp is an observer's app: only the keys that look (help, board,
// preview, scrolling, quitting) reach the live screen.
type readOnlyApp struct{ *App }

var observerKeys = key.NewBinding(key.WithKeys("?", "b", "v", "up", "down", "k", "j", "pgup", "pgdown", "esc", "q", "ctrl+c", "left", "right", "tab", "shift+tab", "home", "end"))

func (r *readOnlyApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && !key.Matches(k, observerKeys) {
		return r, nil
	}
	_, cmd := r.App.Update(msg)
	return r, cmd
}
