package ui

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/log"
)

// debugModel logs every message the app receives and how long Update and
// View took (baraza --debug FILE). It logs a message's type and, for keys,
// only which special key it was or how many characters were typed: the
// characters themselves may be a name or a note, which never go to the log.
type debugModel struct {
	inner tea.Model
	log   *log.Logger
}

// WithDebug wraps m so that l receives its messages and timings.
func WithDebug(m tea.Model, l *log.Logger) tea.Model { return debugModel{inner: m, log: l} }

func (d debugModel) Init() tea.Cmd {
	start := time.Now()
	cmd := d.inner.Init()
	d.log.Debug("init", "took", time.Since(start))
	return cmd
}

func (d debugModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	start := time.Now()
	m, cmd := d.inner.Update(msg)
	kv := []any{"msg", describeMsg(msg), "took", time.Since(start)}
	if s, ok := msg.(tea.WindowSizeMsg); ok {
		kv = append(kv, "width", s.Width, "height", s.Height)
	}
	d.log.Debug("update", kv...)
	return debugModel{inner: m, log: d.log}, cmd
}

func (d debugModel) View() string {
	start := time.Now()
	v := d.inner.View()
	d.log.Debug("view", "took", time.Since(start), "bytes", len(v))
	return v
}

// describeMsg names a message without its content.
func describeMsg(msg tea.Msg) string {
	switch m := msg.(type) {
	case tea.KeyMsg:
		if m.Type == tea.KeyRunes || m.Type == tea.KeySpace || m.Paste {
			return fmt.Sprintf("key runes(%d)", len(m.Runes))
		}
		return "key " + m.String() // enter, esc, ctrl+c, up...: no text
	case tea.MouseMsg:
		return "mouse " + m.String() // button and action, no position
	}
	return fmt.Sprintf("%T", msg)
}
