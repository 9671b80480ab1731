package ui

import (
	"maps"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	glamourstyles "github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// MinutesFile is the name the preview writes the minutes under, in the
// session's directory.
const MinutesFile = "minutes.md"

// preview shows the session's minutes rendered with glamour in a scrolling
// viewport. Rendering runs in a tea.Cmd on a copy of the state and is cached
// by (session seq, width): the live clock never waits for it.
type preview struct {
	c   *common
	dir string // the session's directory, where minutes.md is written
	// readOnly: a sealed session decrypted in memory; nothing is written
	// and there is no review beside it.
	readOnly bool
	vp       viewport.Model
	keys     struct{ Up, Down, Write, Review, Back key.Binding }
	shown    previewKey // what the viewport holds
	wanted   previewKey // what the screen needs
	busy     bool       // a render is under way (one at a time: renderers are not shared)
	status   string
	// savedPath is where the minutes were last written: the status line
	// shortens it from the left to fit, never cutting the file's name.
	savedPath string
	bad       bool
	content   string // the rendered minutes in the viewport
	// renderers keeps one glamour renderer per width, reused.
	renderers map[int]*glamour.TermRenderer
	// sections caches each section of the minutes rendered at cacheWidth,
	// by its Markdown: when the session moves on, only the sections that
	// changed are rendered again. Only the render command (one at a time)
	// touches it.
	sections   map[string]string
	cacheWidth int
}

type previewKey struct {
	seq   int64
	width int
}

// Messages of the preview's commands.
type (
	previewRenderedMsg struct {
		key     previewKey
		text    string
		err     error
		partial bool // the first sections only: the rest comes next
	}
	minutesWrittenMsg struct {
		path string
		err  error
	}
)

func newPreview(c *common, dir string) *preview {
	p := &preview{c: c, dir: dir, vp: viewport.New(0, 0), renderers: map[int]*glamour.TermRenderer{}}
	p.keys.Up = keyHelp(c.cat, "↑/↓", "preview.key.scroll", "up", "k")
	p.keys.Down = key.NewBinding(key.WithKeys("down", "j"))
	p.keys.Write = dlgKey(c.cat, "preview.key.write", "s")
	p.keys.Review = dlgKey(c.cat, "preview.key.review", "a")
	p.keys.Back = dlgKey(c.cat, "preview.key.back", "esc", "v")
	return p
}

// glamourStyle is decided from the theme, never by asking the terminal.
func (p *preview) glamourStyle() string {
	switch {
	case p.c.theme.NoColor:
		return glamourstyles.NoTTYStyle
	case p.c.theme.Dark:
		return glamourstyles.DarkStyle
	}
	return glamourstyles.LightStyle
}

// refresh asks for the minutes of st at width w; it starts a render only
// when nothing is under way and the cached one is not already right.
func (p *preview) refresh(st *session.State, w, h int) tea.Cmd {
	p.vp.Width, p.vp.Height = w, max(h, 1)
	p.wanted = previewKey{seq: st.Seq, width: w}
	if p.busy || p.shown == p.wanted || w <= 0 {
		return nil
	}
	p.busy = true
	k, snapshot, now := p.wanted, st.Clone(), p.c.now()
	r, err := p.renderer(w)
	// The first time, show the top of the minutes as soon as it is ready.
	firstLines := 0
	if p.content == "" {
		firstLines = 2 * p.vp.Height
	}
	return func() tea.Msg {
		if err != nil {
			return previewRenderedMsg{key: k, err: err}
		}
		md, err := session.RenderMinutes(session.BuildMinutes(snapshot, session.MinutesOptions{Now: now}), nil)
		if err != nil {
			return previewRenderedMsg{key: k, err: err}
		}
		out, partial, err := p.render(r, k.width, string(md), firstLines)
		return previewRenderedMsg{key: k, text: out, err: err, partial: partial}
	}
}

// render renders the minutes section by section (a section starts at a
// "## " heading), reusing the sections rendered before at this width. With
// firstLines > 0 it stops once that many lines are ready and reports the
// text as partial.
func (p *preview) render(r *glamour.TermRenderer, width int, md string, firstLines int) (string, bool, error) {
	if p.sections == nil || p.cacheWidth != width {
		p.sections, p.cacheWidth = map[string]string{}, width
	}
	parts := splitSections(md)
	used := make(map[string]string, len(parts))
	var b strings.Builder
	lines := 0
	for i, part := range parts {
		out, ok := p.sections[part]
		if !ok {
			var err error
			if out, err = r.Render(part); err != nil {
				return "", false, err
			}
		}
		used[part] = out
		b.WriteString(out)
		lines += strings.Count(out, "\n")
		if firstLines > 0 && lines >= firstLines && i < len(parts)-1 {
			maps.Copy(p.sections, used)
			return b.String(), true, nil
		}
	}
	p.sections = used // forget sections the minutes no longer have
	return b.String(), false, nil
}

// splitSections cuts Markdown before each "## " heading.
func splitSections(md string) []string {
	var parts []string
	for {
		i := strings.Index(md, "\n## ")
		if i < 0 {
			return append(parts, md)
		}
		parts = append(parts, md[:i+1])
		md = md[i+1:]
	}
}

func (p *preview) renderer(w int) (*glamour.TermRenderer, error) {
	if r, ok := p.renderers[w]; ok {
		return r, nil
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(p.glamourStyle()), glamour.WithWordWrap(w-2))
	if err == nil {
		p.renderers[w] = r
	}
	return r, err
}

// update handles the preview's messages and keys; st is the session now.
func (p *preview) update(msg tea.Msg, st *session.State) (cmd tea.Cmd, back bool) {
	switch msg := msg.(type) {
	case previewRenderedMsg:
		p.busy = false
		if msg.err != nil {
			p.status, p.bad = p.c.sayErr(msg.err), true
		} else {
			p.content = msg.text
			if !msg.partial { // a partial render is followed by the whole
				p.shown = msg.key
			}
			top := p.vp.YOffset
			p.vp.SetContent(msg.text)
			p.vp.SetYOffset(top)
		}
		return p.refresh(st, p.vp.Width, p.vp.Height), false // the session may have moved on
	case minutesWrittenMsg:
		if msg.err != nil {
			p.status, p.bad, p.savedPath = p.c.cat.T("preview.write_failed", p.c.sayErr(msg.err)), true, ""
		} else {
			p.status, p.bad, p.savedPath = p.c.cat.T("preview.written", msg.path), false, msg.path
		}
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, p.keys.Back):
			return nil, true
		case p.readOnly && (key.Matches(msg, p.keys.Write) || key.Matches(msg, p.keys.Review)):
			return nil, false
		case key.Matches(msg, p.keys.Write):
			return p.write(st), false
		case key.Matches(msg, p.keys.Review):
			return func() tea.Msg { return reviewRequestedMsg{} }, false
		}
		var c tea.Cmd
		p.vp, c = p.vp.Update(msg)
		return c, false
	}
	return nil, false
}

// write saves the Markdown minutes in the session's directory (atomically).
func (p *preview) write(st *session.State) tea.Cmd {
	if p.dir == "" {
		return nil
	}
	snapshot, dir, now := st.Clone(), p.dir, p.c.now()
	return func() tea.Msg {
		md, err := session.RenderMinutes(session.BuildMinutes(snapshot, session.MinutesOptions{Now: now}), nil)
		if err == nil {
			err = sessions.WriteFileAtomic(dir, MinutesFile, md)
		}
		return minutesWrittenMsg{path: dir + "/" + MinutesFile, err: err}
	}
}

// view draws the viewport (or "rendering…" before the first render) and
// the status line.
func (p *preview) view(w, h int) []string {
	lines := []string{}
	if p.shown.width == 0 {
		lines = append(lines, p.c.st.Subtle.Render(p.c.cat.T("preview.rendering")))
	} else {
		lines = splitLines(p.vp.View())
	}
	hint := "preview.hint"
	if p.readOnly {
		hint = "preview.hint_sealed"
	}
	status := p.c.st.Faint.Render(p.c.cat.T(hint))
	if p.status != "" {
		status = p.c.st.Subtle.Render(p.status)
		if p.savedPath != "" && !p.bad { // the file's name and folder stay in view at 80 columns
			status = p.c.st.Subtle.Render(savedLine(p.c.cat.T("preview.written", ""), p.savedPath, w))
		}
		if p.bad {
			status = p.c.st.StatusErr.Render(p.status)
		}
	}
	return append(block(lines, w, h-1), fit(status, w))
}

func (p *preview) help() []key.Binding {
	if p.readOnly {
		return []key.Binding{p.keys.Up, p.keys.Back}
	}
	return []key.Binding{p.keys.Up, p.keys.Write, p.keys.Review, p.keys.Back}
}

// savedLine is prefix and path within w columns: the start of the path gives
// way ("…/sessions/ID/minutes.md") so that the end, which tells the file, stays.
func savedLine(prefix, path string, w int) string {
	if lipgloss.Width(prefix+path) <= w {
		return prefix + path
	}
	runes := []rune(path)
	for len(runes) > 1 && lipgloss.Width(prefix+"…"+string(runes)) > w {
		runes = runes[1:]
	}
	return prefix + "…" + string(runes)
}
