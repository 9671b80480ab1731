package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// board is the consensus board's view state: which item is selected, where
// the list is scrolled, which item is marked for a merge. The items
// themselves live in the session state.
type board struct {
	keys   boardKeys
	cursor int // index into State.LiveItems()
	top    int
	mark   int // item number marked for a merge; 0 when none
}

type boardKeys struct {
	Up, Down, Raise, Edit, Merge, Position, Defer, Action, Update, Correct, Back, Help, Quit key.Binding
	// footer names the board's own keys in a word each, so that all of them
	// fit 80 columns in both languages (the help, ?, has the long names).
	footer []key.Binding
}

func newBoardKeys(cat *i18n.Catalog) boardKeys {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], cat.T(help)))
	}
	short := func(k key.Binding, name string) key.Binding {
		return key.NewBinding(key.WithKeys(k.Keys()...), key.WithHelp(k.Help().Key, cat.T("board.short."+name)))
	}
	k := boardKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", cat.T("key.up"))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", cat.T("key.down"))),
		Raise:    b("board.key.raise", "+", "r"),
		Edit:     b("board.key.edit", "e"),
		Merge:    b("board.key.merge", "m"),
		Position: b("board.key.position", "p"),
		Defer:    b("board.key.defer", "d"),
		Action:   b("board.key.action", "A"),
		Update:   b("board.key.update", "u"),
		Correct:  b("board.key.correct", "x"),
		Back:     b("board.key.back", "b", "esc"),
		Help:     b("key.help", "?"),
		Quit:     b("key.quit", "q"),
	}
	k.footer = []key.Binding{short(k.Raise, "raise"), short(k.Position, "position"), short(k.Defer, "defer"),
		short(k.Action, "action"), short(k.Update, "update"), short(k.Merge, "merge"), short(k.Correct, "correct")}
	return k
}

// ShortHelp is the board's footer.
func (k boardKeys) ShortHelp() []key.Binding {
	return k.footer
}

// FullHelp is every board key.
func (k boardKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Raise, k.Edit, k.Merge}, {k.Position, k.Defer, k.Action, k.Update, k.Correct}, {k.Back, k.Help, k.Quit}}
}

// boardStep is a step of a board flow (raise, position, action…): a dialog
// returns it, and the live screen runs it to open the next dialog or record.
type boardStep func(m *Live) tea.Cmd

// selectedItem is the item under the board's cursor, or nil.
func (m *Live) selectedItem() *session.Item {
	items := m.j.projected.LiveItems()
	if len(items) == 0 {
		return nil
	}
	m.brd.cursor = max(0, min(m.brd.cursor, len(items)-1))
	return items[m.brd.cursor]
}

// boardKey handles a key while the board shows (no dialog open).
func (m *Live) boardKey(msg tea.KeyMsg) tea.Cmd {
	k := m.brd.keys
	if m.fullHelp && (msg.Type == tea.KeyEsc || key.Matches(msg, k.Quit)) {
		m.fullHelp = false // esc or q closes the help; q behind it never quits
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		if m.brd.mark != 0 && msg.Type == tea.KeyEsc {
			m.brd.mark, m.status = 0, ""
			return nil
		}
		m.showBoard = false
		return nil
	case key.Matches(msg, k.Up):
		m.brd.cursor = max(0, m.brd.cursor-1)
		return nil
	case key.Matches(msg, k.Down):
		m.brd.cursor++
		m.selectedItem() // clamps
		return nil
	case key.Matches(msg, k.Help):
		m.fullHelp = !m.fullHelp
		return nil
	case key.Matches(msg, k.Quit):
		return m.RequestQuit()
	}
	if m.j.projected.Closed && !key.Matches(msg, k.Update) {
		m.say(true, "live.is_closed")
		return nil
	}
	switch {
	case key.Matches(msg, k.Raise):
		m.raiseFlow()
	case key.Matches(msg, k.Update):
		m.updateActionFlow()
	default:
		it := m.selectedItem()
		if it == nil {
			m.say(false, "board.empty")
			return nil
		}
		return m.itemKey(msg, it)
	}
	return nil
}

// itemKey runs the keys that act on the selected item.
func (m *Live) itemKey(msg tea.KeyMsg, it *session.Item) tea.Cmd {
	k := m.brd.keys
	switch {
	case key.Matches(msg, k.Edit):
		n := it.Number
		m.dialog = newPrompt(m.c, m.c.cat.T("board.edit_text", n), it.Text, func(s string) any {
			return boardStep(func(m *Live) tea.Cmd {
				if s == "" || s == it.Text {
					return nil
				}
				return m.record(session.Event{Type: session.ItemEdited, Item: n, Text: s})
			})
		})
	case key.Matches(msg, k.Merge):
		return m.mergeKey(it)
	case key.Matches(msg, k.Position):
		m.positionFlow(it.Number)
	case key.Matches(msg, k.Defer):
		typ := session.ItemDeferred
		if it.Deferred {
			typ = session.ItemReopened
		}
		return m.record(session.Event{Type: typ, Item: it.Number})
	case key.Matches(msg, k.Action):
		m.actionFlow(it)
	case key.Matches(msg, k.Correct):
		m.correctItemFlow(it)
	}
	return nil
}

// mergeKey: the first m marks the kept item, the second (on another item)
// asks to fold that one into it.
func (m *Live) mergeKey(it *session.Item) tea.Cmd {
	switch mark := m.brd.mark; {
	case mark == 0:
		m.brd.mark = it.Number
		m.say(false, "board.merge_mark", it.Number)
	case mark == it.Number:
		m.say(false, "board.merge_self", mark)
	default:
		other := it.Number
		m.brd.mark = 0
		m.mergeFlow(mark, other)
	}
	return nil
}
