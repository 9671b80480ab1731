package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// promptLimit caps a one-line note: long enough for a summary, short
// enough to stay one line in the minutes' tables.
const promptLimit = 500

// promptWarnAt is when the rune count appears, so it never distracts before.
const promptWarnAt = promptLimit * 4 / 5

type promptKeys struct{ Save, Cancel key.Binding }

// prompt asks for one line of text. On enter it returns onDone(text), the
// text trimmed of surrounding spaces; onDone may return nil for "nothing to do".
type prompt struct {
	c      *common
	title  string
	input  textinput.Model
	onDone func(text string) any
	keys   promptKeys
	// check, when set, refuses a text on enter with a reason shown under
	// the input; the prompt stays open and keeps the text to correct.
	check   func(text string) string
	refusal string
}

// withCheck makes enter refuse texts for which check returns a reason.
func (p *prompt) withCheck(check func(text string) string) *prompt {
	p.check = check
	return p
}

func newPrompt(c *common, title string, initial string, onDone func(text string) any) *prompt {
	return &prompt{
		c: c, title: title, onDone: onDone,
		input: newDialogInput(c, initial, promptLimit),
		keys: promptKeys{
			Save:   dlgKey(c.cat, "dlg.key.save", "enter"),
			Cancel: dlgKey(c.cat, "dlg.key.cancel", "esc"),
		},
	}
}

// Update works without a state: the home screen's prompt has none.
func (p *prompt) Update(msg tea.Msg, _ *session.State) (any, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	switch {
	case key.Matches(km, p.keys.Cancel):
		return nil, true
	case key.Matches(km, p.keys.Save):
		text := strings.TrimSpace(p.input.Value())
		if p.check != nil {
			if p.refusal = p.check(text); p.refusal != "" {
				return nil, false
			}
		}
		if p.onDone == nil {
			return nil, true
		}
		return p.onDone(text), true
	}
	p.refusal = "" // typing answers the refusal
	sizeInput(&p.input, dialogInner(p.c, p.c.width))
	p.input, _ = p.input.Update(km)
	return nil, false
}

func (p *prompt) View(_ *session.State, width, height int) string {
	return dialogBox(p.c, p.lines(dialogInner(p.c, width), dialogRows(p.c, height)), width, height)
}

// lines is the prompt's content for iw×ih cells, also used when a prompt
// is embedded in another dialog. The input line is never cut off: the title
// gives up lines first.
func (p *prompt) lines(iw, ih int) []string {
	st := p.c.st
	var foot []string
	if n := utf8.RuneCountInString(p.input.Value()); n >= promptWarnAt {
		foot = []string{st.Warn.Render(p.c.cat.T("dlg.prompt.count", n, promptLimit))}
	}
	if p.refusal != "" { // the reason comes before the title: it is what to act on
		foot = nil
		for _, l := range wrapText(p.refusal, iw) {
			foot = append(foot, st.Bad.Render(l))
		}
		foot = foot[:max(0, min(len(foot), ih-1))]
	}
	title := wrapText(p.title, iw)
	room := ih - 1 - len(foot)
	title = title[:max(0, min(len(title), room))]
	for i := range title {
		title[i] = st.Title.Render(title[i])
	}
	sizeInput(&p.input, iw)
	lines := append(title, p.input.View())
	return append(lines, foot...)
}

func (p *prompt) Help() []key.Binding { return []key.Binding{p.keys.Save, p.keys.Cancel} }
