package ui

import (
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// homeFilter narrows the home screen's list as the user types (after /),
// as Charm apps' lists do: enter keeps the filter and goes back to the
// list, esc clears it.
type homeFilter struct {
	input  textinput.Model
	typing bool
}

// filterLimit is far more than any title, site and date typed together.
const filterLimit = 100

func newHomeFilter(c *common) homeFilter {
	in := newDialogInput(c, "", filterLimit)
	in.Prompt = "/ "
	in.Blur()
	return homeFilter{input: in}
}

func (f *homeFilter) value() string { return f.input.Value() }

func (f *homeFilter) start() {
	f.typing = true
	f.input.Focus()
	f.input.CursorEnd()
}

func (f *homeFilter) clear() {
	f.typing = false
	f.input.SetValue("")
	f.input.Blur()
}

// filterKey handles a key while the filter has the focus: every key but
// the arrows, enter and esc is text.
func (h *Home) filterKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case msg.Type == tea.KeyEsc:
		h.filter.clear()
	case msg.Type == tea.KeyEnter:
		h.filter.typing = false
		h.filter.input.Blur()
		return nil
	case msg.Type == tea.KeyUp || msg.Type == tea.KeyDown:
		h.move(msg)
		return nil
	default:
		before := h.filter.value()
		var cmd tea.Cmd
		h.filter.input, cmd = h.filter.input.Update(msg)
		if h.filter.value() == before {
			return cmd
		}
	}
	h.relayout()
	return nil
}

// filterShown tells whether the filter line is on screen.
func (h *Home) filterShown() bool { return h.filter.typing || h.filter.value() != "" }
