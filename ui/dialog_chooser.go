package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// chooser picks one of a list of options; typing filters them (accents and
// case ignored). On enter it returns onChoose(index into options).
type chooser struct {
	c        *common
	title    string
	options  []string
	input    textinput.Model
	sel, top int
	onChoose func(i int) any
	keys     struct{ Up, Down, Choose, Cancel key.Binding }
}

func newChooser(c *common, title string, options []string, onChoose func(i int) any) *chooser {
	d := &chooser{c: c, title: title, options: options, onChoose: onChoose, input: newDialogInput(c, "", 60)}
	d.keys.Up = keyHelp(c.cat, "↑/↓", "dlg.key.move", "up", "ctrl+p")
	d.keys.Down = key.NewBinding(key.WithKeys("down", "ctrl+n"))
	d.keys.Choose = dlgKey(c.cat, "board.key.choose", "enter")
	d.keys.Cancel = dlgKey(c.cat, "dlg.key.cancel", "esc")
	return d
}

// shown is the indexes of the options matching the typed filter.
func (d *chooser) shown() []int {
	q := string(foldQuery(d.input.Value()))
	var out []int
	for i, o := range d.options {
		name, _ := foldName(o)
		if q == "" || strings.Contains(strings.ReplaceAll(string(name), " ", ""), q) {
			out = append(out, i)
		}
	}
	return out
}

func (d *chooser) Update(msg tea.Msg, _ *session.State) (any, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	shown := d.shown()
	switch {
	case key.Matches(km, d.keys.Cancel):
		return nil, true
	case key.Matches(km, d.keys.Choose):
		if d.sel < len(shown) {
			return d.onChoose(shown[d.sel]), true
		}
		return nil, false
	case key.Matches(km, d.keys.Up):
		d.sel = max(d.sel-1, 0)
	case key.Matches(km, d.keys.Down):
		d.sel = max(0, min(d.sel+1, len(shown)-1))
	default:
		before := d.input.Value()
		d.input, _ = d.input.Update(km)
		if d.input.Value() != before {
			d.sel, d.top = 0, 0
		}
	}
	return nil, false
}

func (d *chooser) View(_ *session.State, width, height int) string {
	iw, ih := dialogInner(d.c, width), dialogRows(d.c, height)
	sizeInput(&d.input, iw)
	lines := append(wrapText(d.c.st.Bold.Render(d.title), iw), d.input.View())
	rows := max(ih-len(lines), 1)
	shown := d.shown()
	d.top = scrollTop(d.top, d.sel, len(shown), rows)
	for i := d.top; i < len(shown) && i < d.top+rows; i++ {
		lines = append(lines, selectRow(d.c, d.options[shown[i]], i == d.sel, iw))
	}
	return dialogBox(d.c, lines, width, height)
}

func (d *chooser) Help() []key.Binding {
	return []key.Binding{d.keys.Up, d.keys.Choose, d.keys.Cancel}
}
