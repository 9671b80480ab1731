package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

type confirmKeys struct{ Yes, No key.Binding }

// confirm asks a yes/no question; yes returns the intent it was given.
type confirm struct {
	c        *common
	question string
	intent   any
	keys     confirmKeys
}

func newConfirm(c *common, question string, intent any) *confirm {
	// The session's language says yes: o (oui) in French; y is still heard.
	yes := c.cat.T("hall.yes_key")
	return &confirm{
		c: c, question: question, intent: intent,
		keys: confirmKeys{
			Yes: keyHelp(c.cat, yes+"/enter", "dlg.key.yes", yes, strings.ToUpper(yes), "y", "Y", "enter"),
			No:  keyHelp(c.cat, "n/esc", "dlg.key.no", "n", "N", "esc"),
		},
	}
}

// Update: any other key leaves the question open, so a stray key decides nothing.
func (d *confirm) Update(msg tea.Msg, _ *session.State) (any, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	switch {
	case key.Matches(km, d.keys.Yes):
		return d.intent, true
	case key.Matches(km, d.keys.No):
		return nil, true
	}
	return nil, false
}

func (d *confirm) View(_ *session.State, width, height int) string {
	c := d.c
	iw, ih := dialogInner(c, width), dialogRows(c, height)
	choices := c.st.Bold.Render(c.cat.T("hall.confirm.choices"))
	q := wrapText(d.question, iw)
	q = q[:max(0, min(len(q), ih-2))]
	for i := range q {
		q[i] = c.st.Title.Render(q[i])
	}
	return dialogBox(c, append(q, "", choices), width, height)
}

func (d *confirm) Help() []key.Binding { return []key.Binding{d.keys.Yes, d.keys.No} }
