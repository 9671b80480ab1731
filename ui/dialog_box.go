package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// Widest a dialog box gets: wider lines are hard to read on a big screen.
const dialogMaxWidth = 100

// dialogInner is the text width inside a box drawn in width cells.
func dialogInner(c *common, width int) int {
	return min(width, dialogMaxWidth) - c.st.Dialog.GetHorizontalFrameSize()
}

// dialogRows is how many text lines fit inside a box drawn in height lines.
func dialogRows(c *common, height int) int {
	return height - c.st.Dialog.GetVerticalFrameSize()
}

// dialogBox draws lines in the dialog frame, cut to fit width×height: every
// line is padded or truncated to the same display width.
func dialogBox(c *common, lines []string, width, height int) string {
	iw, ih := dialogInner(c, width), dialogRows(c, height)
	if iw < 1 || ih < 1 {
		return ""
	}
	return c.st.Dialog.Render(strings.Join(block(lines, iw, min(len(lines), ih)), "\n"))
}

// wrapText wraps s to w cells and returns its lines.
func wrapText(s string, w int) []string {
	if w < 1 {
		return nil
	}
	return splitLines(ansi.Wrap(s, w, ""))
}

// newDialogInput is a focused one-line input with a static cursor: the UI
// stays calm and no blink ticks run. limit is in runes (0 = none).
func newDialogInput(c *common, initial string, limit int) textinput.Model {
	ti := textinput.New()
	ti.Prompt = "> "
	ti.PromptStyle = c.st.Subtle
	ti.PlaceholderStyle = c.st.Faint
	ti.CharLimit = limit
	ti.Cursor.SetMode(cursor.CursorStatic)
	ti.Cursor.Style = c.st.Cursor // our renderer: visible under NO_COLOR too
	ti.Focus()
	ti.SetValue(initial)
	ti.CursorEnd()
	return ti
}

// sizeInput gives the input the width left after its prompt and cursor, so
// long text scrolls sideways. On a change the scroll window is recomputed
// (bubbles only does it when the cursor moves).
func sizeInput(ti *textinput.Model, w int) {
	tw := max(w-lipgloss.Width(ti.Prompt)-1, 1)
	if ti.Width == tw {
		return
	}
	ti.Width = tw
	pos := ti.Position()
	ti.SetCursor(0)
	ti.SetCursor(pos)
}

// scrollTop is the first row to show so that sel is visible among rows,
// moving the window as little as possible from top.
func scrollTop(top, sel, n, rows int) int {
	if rows <= 0 {
		return 0
	}
	if sel < top {
		top = sel
	}
	if sel >= top+rows {
		top = sel - rows + 1
	}
	return max(0, min(top, n-rows))
}

// dlgKey is a binding whose help text comes from the catalog.
func dlgKey(cat *i18n.Catalog, help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], cat.T(help)))
}

// keyHelp is a binding with custom help label (e.g. "↑/↓").
func keyHelp(cat *i18n.Catalog, label, help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, cat.T(help)))
}

// statusWord names an attendance status in words, never by colour alone.
func statusWord(cat *i18n.Catalog, status string) string {
	switch status {
	case session.Present, session.Late, session.Left, session.Absent:
		return cat.T("dlg.status." + status)
	}
	return cat.T("dlg.status.unmarked")
}

// selectRow marks the selected row with a pointer (readable without colour)
// and reverse video; other rows get the same indent.
func selectRow(c *common, row string, selected bool, w int) string {
	if !selected {
		return fit("  "+row, w)
	}
	return c.st.Selected.Render(fit("› "+row, w))
}

// padLeftTo right-aligns s in w cells (numbers and clocks).
func padLeftTo(s string, w int) string {
	if pad := w - lipgloss.Width(s); pad > 0 {
		return strings.Repeat(" ", pad) + s
	}
	return fit(s, w)
}

// oneLine keeps text recorded elsewhere (a log edited by hand) on one row.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
