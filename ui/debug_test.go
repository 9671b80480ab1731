package ui

import (
	"bytes"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/log"
)

type echoModel struct{ typed string }

func (m echoModel) Init() tea.Cmd { return nil }
func (m echoModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		m.typed += string(k.Runes)
	}
	return m, nil
}
func (m echoModel) View() string { return "typed: " + m.typed }

// TestDebugLogsKindsNotText: keys typed into a note or a name reach the
// log as a count, special keys by name, every message with its timing.
func TestDebugLogsKindsNotText(t *testing.T) {
	var buf bytes.Buffer
	l := log.NewWithOptions(&buf, log.Options{Level: log.DebugLevel, Formatter: log.LogfmtFormatter})
	var m tea.Model = WithDebug(echoModel{}, l)
	m.Init()
	for _, msg := range []tea.Msg{
		tea.WindowSizeMsg{Width: 80, Height: 24},
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Kahindo")},
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("borehole secret"), Paste: true},
		tea.KeyMsg{Type: tea.KeySpace, Runes: []rune(" ")},
		tea.KeyMsg{Type: tea.KeyEnter},
		tea.KeyMsg{Type: tea.KeyCtrlC},
	} {
		m, _ = m.Update(msg)
	}
	if v := m.View(); v != "typed: Kahindoborehole secret " {
		t.Fatalf("the wrapped model did not get the keys: %q", v)
	}
	text := buf.String()
	for _, want := range []string{`msg="key runes(7)"`, `msg="key runes(15)"`, `msg="key enter"`, `msg="key ctrl+c"`,
		"msg=tea.WindowSizeMsg", "width=80", "msg=view", "took="} {
		if !strings.Contains(text, want) {
			t.Errorf("log lacks %q:\n%s", want, text)
		}
	}
	for _, secret := range []string{"Kahindo", "borehole", "secret"} {
		if strings.Contains(text, secret) {
			t.Errorf("log contains %q:\n%s", secret, text)
		}
	}
}
