package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/sessions"
)

// A session opened from the home screen (enter, o, d) runs on a hub, as
// baraza resume runs it, so that S or F2 shares it. The home app's program
// then runs that session's frame (banner, sharing panel, S) instead of the
// app: from then on everything goes to the frame, and through it to the
// session's live screen. Sharing lasts as long as the session's screen:
// quitting it ends baraza, and App.Close stops the server (everyone
// connected is disconnected, which the log records), then the hub once
// every action is saved, then the log.

// homeRoot is the home app's program model: the app, until the home screen
// opens a session on a hub; then that session's frame.
type homeRoot struct {
	app           *App
	send          func(tea.Msg) // the program's Send (App.Started): the hub's states reach the session through it
	run           *sharedRun    // the session opened on a hub; nil before
	width, height int
}

// sharedOpenedMsg: the home screen opened a session on a hub; its frame
// takes over the program.
type sharedOpenedMsg struct{ run *sharedRun }

func (r *homeRoot) Init() tea.Cmd { return r.app.Init() }

func (r *homeRoot) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if r.run != nil {
		_, cmd := r.run.frame.Update(msg)
		return r, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.width, r.height = msg.Width, msg.Height
	case sharedOpenedMsg:
		return r, r.take(msg.run)
	}
	_, cmd := r.app.Update(msg)
	return r, cmd
}

// take gives the program to the session's frame; the app's Close ends the
// run (server, hub) before it closes the log.
func (r *homeRoot) take(run *sharedRun) tea.Cmd {
	r.run, r.app.shared = run, run
	if r.send != nil {
		run.seat.Start(r.send)
	}
	var size tea.Cmd
	if r.width > 0 && r.height > 0 {
		_, size = run.frame.Update(tea.WindowSizeMsg{Width: r.width, Height: r.height})
	}
	return tea.Batch(size, run.frame.Init())
}

func (r *homeRoot) View() string {
	if r.run != nil {
		return r.run.frame.View()
	}
	return r.app.View()
}

// openShared puts a session the home screen opened on a hub; the root
// gives it the program.
func (h *Home) openShared(w *sessions.Writable) tea.Cmd {
	run, _, err := newSharedRun(h.opts, w, h.share)
	if err != nil {
		_ = w.Log.Close()
		h.status, h.problem = h.say(err), true
		return nil
	}
	h.owned.add(w.Log)
	h.status = ""
	return func() tea.Msg { return sharedOpenedMsg{run: run} }
}
