package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// Room is the room view: the floor, the clock in big digits, the queue and
// the balance, for a projector or a second screen. It only reads: its
// state comes from the hub (over SSH) or from following the log file
// (baraza room), and no key records anything.
type Room struct {
	c      *common
	state  *session.State
	follow func() tea.Cmd // the next change of the log (baraza room); nil on a hub
	err    error          // the last failure to read the log, shown until the next read

	tickID  int
	ticking bool
}

// roomTickMsg redraws the clocks once a second.
type roomTickMsg struct{ id int }

// roomStateMsg is the log read again after a change (baraza room).
type roomStateMsg struct {
	state *session.State
	err   error
}

func newRoom(c *common) *Room { return &Room{c: c} }

// SetSize takes the terminal's size from the root.
func (r *Room) SetSize(w, h int) { r.c.width, r.c.height = w, h }

// RequestQuit quits: the room view holds nothing unsaved.
func (r *Room) RequestQuit() tea.Cmd { return tea.Quit }

// Init starts following the log (locally) and the clock.
func (r *Room) Init() tea.Cmd {
	var cmd tea.Cmd
	if r.follow != nil {
		cmd = r.follow()
	}
	return tea.Batch(cmd, r.syncTicking())
}

func (r *Room) clockRuns() bool { return r.state != nil && !r.state.Closed && !r.state.Paused }

// syncTicking runs a tick chain only while the session clock runs.
func (r *Room) syncTicking() tea.Cmd {
	if r.clockRuns() == r.ticking {
		return nil
	}
	r.ticking = r.clockRuns()
	r.tickID++
	if !r.ticking {
		return nil
	}
	return r.c.secondTick(roomTickMsg{id: r.tickID})
}

// Update takes new states and ticks; q quits, other keys do nothing.
func (r *Room) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case roomTickMsg:
		if msg.id != r.tickID || !r.ticking {
			return nil
		}
		return r.c.secondTick(roomTickMsg{id: r.tickID})
	case eventsWrittenMsg:
		if msg.shared != nil {
			r.state = msg.shared.saved
		}
		return r.syncTicking()
	case roomStateMsg:
		r.err = msg.err
		if msg.state != nil {
			r.state = msg.state
		}
		var next tea.Cmd
		if r.follow != nil {
			next = r.follow()
		}
		return tea.Batch(next, r.syncTicking())
	case tea.KeyMsg:
		if msg.String() == "q" {
			return tea.Quit
		}
	}
	return nil
}
