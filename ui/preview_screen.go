package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// previewScreen is the minutes preview opened from the home screen, on a
// session read without locking; esc goes back home.
type previewScreen struct {
	c    *common
	st   *session.State
	pv   *preview
	home screen
	help helpView
	// review opens the anonymity review (from home: the log opened for it).
	review func() tea.Cmd
}

// helpView draws a short help line.
type helpView interface{ ShortHelpView([]keyBinding) string }

func newPreviewScreen(c *common, st *session.State, dir string, home screen) *previewScreen {
	return &previewScreen{c: c, st: st, pv: newPreview(c, dir), home: home, help: newHelp(c)}
}

func (p *previewScreen) Init() tea.Cmd { return p.pv.refresh(p.st, p.c.width, p.bodyHeight()) }

func (p *previewScreen) SetSize(w, h int) { p.c.width, p.c.height = w, h }

func (p *previewScreen) RequestQuit() tea.Cmd { return tea.Quit }

func (p *previewScreen) bodyHeight() int { return max(p.c.height-4, 1) }

func (p *previewScreen) Update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		return p.pv.refresh(p.st, p.c.width, p.bodyHeight())
	}
	switch msg.(type) {
	case reviewRequestedMsg:
		if p.review != nil {
			return p.review()
		}
		return nil
	case reviewOpenedMsg:
		return p.home.Update(msg) // home builds the review; esc there goes home
	}
	cmd, back := p.pv.update(msg, p.st)
	if back {
		home := p.home
		return func() tea.Msg { return switchScreenMsg{to: home} }
	}
	return cmd
}

func (p *previewScreen) View() string {
	if p.c.tooSmall() {
		return viewTooSmall(p.c)
	}
	w, h := p.c.width, p.c.height
	p.pv.vp.Width, p.pv.vp.Height = w, p.bodyHeight()-1
	lines := []string{p.c.st.Title.Render(fit(p.st.Plan.Title, w)), p.c.st.Rule.Render(strings.Repeat("─", w))}
	lines = append(lines, p.pv.view(w, h-3)...)
	lines = append(lines, p.help.ShortHelpView(p.pv.help()))
	return strings.Join(block(lines, w, h), "\n")
}
