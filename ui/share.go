package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Sharing is what the facilitator's screen shows of the SSH server (package
// ui/serve) and may ask of it.
type Sharing interface {
	Addresses() []string // host:port to give people
	Fingerprint() string // the host key's, as ssh shows it
	Codes() map[Role]string
	Renew()
	Disconnect(conn int) bool
}

// shareApp is the facilitator's screen while serving: the live screen
// under a one-line banner (where to connect, how many are), and the
// sharing panel on S or F2: addresses, fingerprint, join codes, who is
// connected, disconnect, new codes.
type shareApp struct {
	inner  *App
	sh     Sharing    // nil until sharing starts (S or F2 on the live screen)
	run    *sharedRun // starts sharing; nil in tests of the panel alone
	c      *common
	keys   shareKeys
	help   help.Model
	open   bool
	cursor int
	peers  []Peer
	status string

	starting *Live // S pressed on this live screen: the server is starting
}

type shareKeys struct{ Open, Close, Up, Down, Kick, Renew key.Binding }

// kickedMsg reports a disconnection asked from the panel.
type kickedMsg struct {
	conn int
	ok   bool
}

func newShareApp(c *common, inner *App, sh Sharing) *shareApp {
	cat := c.cat
	return &shareApp{inner: inner, sh: sh, c: c, help: newHelp(c), keys: shareKeys{
		Open:  key.NewBinding(key.WithKeys("S", "f2")),
		Close: dlgKey(cat, "serve.key.close", "esc", "S", "f2"),
		Up:    keyHelp(cat, "↑/↓", "key.up", "up", "k"),
		Down:  key.NewBinding(key.WithKeys("down", "j")),
		Kick:  dlgKey(cat, "serve.key.kick", "x", "delete"),
		Renew: dlgKey(cat, "serve.key.renew", "R"),
	}}
}

func (a *shareApp) Init() tea.Cmd { return a.inner.Init() }

// typing: the live screen has a dialog open, whose text input gets every key.
func (a *shareApp) typing() bool {
	live, ok := a.inner.screen.(*Live)
	return !ok || live.dialog != nil
}

func (a *shareApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.c.width, a.c.height = msg.Width, msg.Height
		return a, a.resizeInner()
	case sharingMsg:
		return a, a.shared(msg)
	case eventsWrittenMsg:
		if msg.shared != nil {
			a.peers = msg.shared.peers
			a.cursor = max(0, min(a.cursor, len(a.peers)-1))
		}
	case kickedMsg:
		if msg.ok {
			a.status = a.c.cat.T("serve.kicked", msg.conn)
		}
		return a, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			return a, a.eachKey(msg) // "]S" typed quickly: S is the frame's
		}
		if a.open {
			return a, a.panelKey(msg)
		}
		if msg.String() == "f2" || (key.Matches(msg, a.keys.Open) && !a.typing()) {
			if a.sh == nil {
				return a, a.startSharing()
			}
			a.open, a.status = true, ""
			return a, nil
		}
	}
	_, cmd := a.inner.Update(msg)
	return a, cmd
}

// eachKey plays keys that arrived as one message in turn, as App does.
func (a *shareApp) eachKey(msg tea.KeyMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, r := range msg.Runes {
		_, cmd := a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (a *shareApp) panelKey(msg tea.KeyMsg) tea.Cmd {
	k := a.keys
	switch {
	case msg.Type == tea.KeyCtrlC:
		a.open = false
		_, cmd := a.inner.Update(msg)
		return cmd
	case key.Matches(msg, k.Close):
		a.open = false
	case key.Matches(msg, k.Up):
		a.cursor = max(a.cursor-1, 0)
	case key.Matches(msg, k.Down):
		a.cursor = max(0, min(a.cursor+1, len(a.peers)-1))
	case key.Matches(msg, k.Renew):
		a.sh.Renew()
		a.status = a.c.cat.T("serve.renewed")
	case key.Matches(msg, k.Kick):
		if a.cursor < len(a.peers) {
			conn, sh := a.peers[a.cursor].Conn, a.sh
			return func() tea.Msg { return kickedMsg{conn: conn, ok: sh.Disconnect(conn)} }
		}
	}
	return nil
}

// Lang is the session's language (its plan's): what the sharing server
// says to someone not yet seated, whose own language it does not know.
func (h *Hub) Lang() string { return planInfo{rec: h.plan}.language() }

// commonFor is a common in the plan's language (or lang), for opts.
func (h *Hub) commonFor(opts Options, lang string) *common {
	info := planInfo{rec: h.plan}
	if lang == "" {
		lang = info.language()
	}
	return opts.common(lang, info)
}
