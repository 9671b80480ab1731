package ui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// Live is the live facilitation screen: the floor, the queue, the agenda and
// the balance of a running session, driven from the keyboard.
type Live struct {
	c    *common
	j    *journal
	keys liveKeys
	help help.Model

	dialog    dialog // open dialog, or nil
	fullHelp  bool
	showBoard bool  // the consensus board replaces the panels
	replay    bool  // drawn for the replay: live-only hints ("press ]") are left out
	brd       board // the board's view state, kept while it is hidden

	dir         string   // the session's directory (minutes.md goes there); "" in tests
	pv          *preview // the minutes preview, made when first opened
	showPreview bool
	cursor      int // selected row of the queue as shown

	status    string // the last message for the user
	statusBad bool
	quitAsked bool // q pressed with unsaved actions

	tickID  int  // ignores ticks of a stopped chain
	ticking bool // a tick chain is running
}

// tickMsg is the once-a-second clock tick of chain id.
type tickMsg struct{ id int }

// NewLive opens the live screen on a session's events, appending new ones to log.
func newLive(c *common, log EventLog, events []session.Event) (*Live, error) {
	j, err := newJournal(log, events, c.after)
	if err != nil {
		return nil, err
	}
	return &Live{c: c, j: j, keys: newLiveKeys(c.cat), help: newHelp(c), brd: board{keys: newBoardKeys(c.cat)}}, nil
}

// SetSize takes the terminal's size from the root.
func (m *Live) SetSize(w, h int) { m.c.width, m.c.height = w, h }

// State is the session as saved: what the screen shows.
func (m *Live) State() *session.State { return m.j.saved }

// Init starts the clock if something runs.
func (m *Live) Init() tea.Cmd { return m.syncTicking() }

// clockRuns: a tick is needed only while the session clock runs.
func (m *Live) clockRuns() bool {
	s := m.j.saved
	return !s.Closed && !s.Paused
}

// syncTicking starts a tick chain when the clock runs and none is going, and
// lets the chain die when nothing runs, so an idle screen costs nothing.
func (m *Live) syncTicking() tea.Cmd {
	if m.clockRuns() == m.ticking {
		return nil
	}
	m.ticking = m.clockRuns()
	m.tickID++
	if !m.ticking {
		return nil
	}
	return m.tick()
}

func (m *Live) tick() tea.Cmd {
	return m.c.secondTick(tickMsg{id: m.tickID})
}

// Update handles a message; the root gives it everything but window sizes.
func (m *Live) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tickMsg:
		if msg.id != m.tickID || !m.ticking {
			return nil
		}
		return m.tick()
	case eventsWrittenMsg:
		cmd := tea.Batch(m.j.written(msg), m.syncTicking())
		if m.showPreview { // the minutes follow the session
			cmd = tea.Batch(cmd, m.pv.refresh(m.j.saved, m.pv.vp.Width, m.pv.vp.Height))
		}
		return cmd
	case tea.WindowSizeMsg:
		if m.showPreview {
			return m.pv.refresh(m.j.saved, msg.Width, max(msg.Height-8, 1))
		}
		return nil
	case previewRenderedMsg, minutesWrittenMsg:
		if m.pv != nil {
			cmd, _ := m.pv.update(msg, m.j.saved)
			return cmd
		}
		return nil
	case retryWriteMsg:
		return m.j.flush()
	case reviewRequestedMsg:
		dir := m.dir
		return func() tea.Msg { notes, err := readAnnotated(dir); return reviewNotesMsg{notes: notes, err: err} }
	case reviewNotesMsg:
		if msg.err != nil {
			m.say(true, "review.failed", m.c.sayErr(msg.err))
			return nil
		}
		m.ticking = false // the review gets the ticks: Init starts them again on the way back
		r := newReviewScreen(m.c, m.j, msg.notes, m, nil)
		return func() tea.Msg { return switchScreenMsg{to: r} }
	case tea.KeyMsg:
		if m.dialog != nil {
			return m.updateDialog(msg)
		}
		if m.showPreview {
			cmd, back := m.pv.update(msg, m.j.saved)
			m.showPreview = m.showPreview && !back
			return cmd
		}
		return m.handleKey(msg)
	}
	if m.dialog != nil {
		return m.updateDialog(msg)
	}
	return nil
}

func (m *Live) updateDialog(msg tea.Msg) tea.Cmd {
	intent, done := m.dialog.Update(msg, m.j.projected)
	if done {
		m.dialog = nil
	}
	if intent == nil {
		return nil
	}
	return m.apply(intent)
}

// say sets the status line.
func (m *Live) say(bad bool, key string, args ...any) {
	m.status, m.statusBad = m.c.cat.T(key, args...), bad
}

// record appends events through the journal and reports a refusal.
func (m *Live) record(events ...session.Event) tea.Cmd {
	cmd, err := m.j.record(m.c.now(), events...)
	if err != nil {
		m.say(true, "live.refused", m.c.sayErr(err))
	} else {
		m.status = ""
	}
	return cmd
}
