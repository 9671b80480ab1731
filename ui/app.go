package ui

import (
	tea "github.com/charmbracelet/bubbletea"
)

// screen is what the root shows: the home screen or a live session. Each
// screen keeps its own common (its language can differ: a session's plan
// chooses its own).
type screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(width, height int)
	// RequestQuit is ctrl+c or q: a screen may ask to confirm first.
	RequestQuit() tea.Cmd
}

// App is the root model. It owns the window size (handled here only),
// routes every other message to the current screen, and swaps screens.
type App struct {
	width, height int
	screen        screen
	owned         *closers   // session logs to close when the app ends
	shared        *sharedRun // on a hub, able to share the session (share_run.go); nil otherwise
	root          *homeRoot  // the home app's program model (share_home.go); nil otherwise
}

// switchScreenMsg asks the root to show another screen.
type switchScreenMsg struct{ to screen }

// Init starts the current screen.
func (a *App) Init() tea.Cmd { return a.screen.Init() }

// Update handles sizes and ctrl+c here and passes the rest on.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.screen.SetSize(msg.Width, msg.Height)
		return a, a.screen.Update(msg) // e.g. the minutes preview re-renders for the width
	case tea.KeyMsg:
		if msg.Type == tea.KeyCtrlC {
			return a, a.screen.RequestQuit()
		}
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys pressed quickly (or on a slow machine) can arrive as one
			// message: "iow". Each is a command of its own, so play them in turn.
			var cmds []tea.Cmd
			for _, r := range msg.Runes {
				_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
				cmds = append(cmds, cmd)
			}
			return a, tea.Batch(cmds...)
		}
	case switchScreenMsg:
		a.screen = msg.to
		a.screen.SetSize(a.width, a.height)
		return a, a.screen.Init()
	}
	return a, a.screen.Update(msg)
}

// View draws the current screen; before the first size there is nothing to draw.
func (a *App) View() string {
	if a.width == 0 || a.height == 0 {
		return ""
	}
	return a.screen.View()
}
