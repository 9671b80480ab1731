package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// pickPurpose is what the picked person is for.
type pickPurpose int

const (
	pickQueue pickPurpose = iota // add to the queue: queueIntent
	pickFloor                    // give the floor now: floorIntent
)

// requestCycle is the order tab walks the request kinds in.
var requestCycle = []facilitation.RequestKind{
	facilitation.RequestSpeak, facilitation.RequestReply, facilitation.RequestClarify, facilitation.RequestOrder,
}

type pickerKeys struct {
	Up, Down, Choose, Kind, KindBack, Cancel key.Binding
}

// picker finds a person by a few letters of their name. It keeps the
// ranked ids of the last query and state, so View does not re-rank.
type picker struct {
	c       *common
	purpose pickPurpose
	title   string // instead of the purpose's title, when set
	kind    facilitation.RequestKind
	input   textinput.Model
	keys    pickerKeys
	sel     int
	top     int

	// rank cache: fuzzyRank of query over cacheSt.People (len cacheN).
	query   string
	cacheSt *session.State
	cacheN  int
	ranked  []*session.Person
}

func newPicker(c *common, purpose pickPurpose, kind facilitation.RequestKind) *picker {
	cat := c.cat
	p := &picker{c: c, purpose: purpose, kind: kind, input: newDialogInput(c, "", 80)}
	p.input.Placeholder = cat.T("dlg.pick.placeholder")
	p.keys = pickerKeys{
		Up:       keyHelp(cat, "↑/↓", "dlg.key.move", "up", "ctrl+p"),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n")),
		Choose:   dlgKey(cat, "dlg.key.choose", "enter"),
		Kind:     dlgKey(cat, "dlg.key.kind", "tab"),
		KindBack: key.NewBinding(key.WithKeys("shift+tab")),
		Cancel:   dlgKey(cat, "dlg.key.cancel", "esc"),
	}
	if purpose != pickQueue {
		p.keys.Kind.SetEnabled(false)
		p.keys.KindBack.SetEnabled(false)
	}
	return p
}

// list is the people matching the typed letters, best first.
func (p *picker) list(st *session.State) []*session.Person {
	if st == nil {
		return nil
	}
	q := p.input.Value()
	if p.cacheSt != st || p.cacheN != len(st.People) || p.query != q || p.ranked == nil {
		p.cacheSt, p.cacheN, p.query = st, len(st.People), q
		p.ranked = fuzzyRank(q, st.People, inRoundAndPresent(st))
	}
	return p.ranked
}

func (p *picker) Update(msg tea.Msg, st *session.State) (any, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	list := p.list(st)
	k := p.keys
	switch {
	case key.Matches(km, k.Cancel):
		return nil, true
	case key.Matches(km, k.Up):
		p.sel = max(p.sel-1, 0)
	case key.Matches(km, k.Down):
		p.sel = max(min(p.sel+1, len(list)-1), 0)
	case key.Matches(km, k.Kind):
		p.cycleKind(1)
	case key.Matches(km, k.KindBack):
		p.cycleKind(-1)
	case key.Matches(km, k.Choose):
		if p.sel >= len(list) {
			return nil, false // nobody matches: keep typing
		}
		id := list[p.sel].ID
		if p.purpose == pickFloor {
			return floorIntent{ID: id}, true
		}
		return queueIntent{ID: id, Kind: p.kind}, true
	default:
		before := p.input.Value()
		sizeInput(&p.input, dialogInner(p.c, p.c.width))
		p.input, _ = p.input.Update(km)
		if p.input.Value() != before {
			p.sel, p.top = 0, 0
		}
	}
	return nil, false
}

func (p *picker) cycleKind(d int) {
	i := 0
	for j, k := range requestCycle {
		if k == p.kind {
			i = j
		}
	}
	n := len(requestCycle)
	p.kind = requestCycle[((i+d)%n+n)%n]
}

func (p *picker) View(st *session.State, width, height int) string {
	c, cat := p.c, p.c.cat
	iw, ih := dialogInner(c, width), dialogRows(c, height)
	title := cat.T("dlg.pick.floor_title")
	if p.purpose == pickQueue {
		title = cat.T("dlg.pick.queue_title")
	}
	if p.title != "" {
		title = p.title
	}
	lines := []string{c.st.Title.Render(title)}
	if p.purpose == pickQueue {
		lines = append(lines, spread(cat.T("dlg.pick.request", cat.Request(p.kind)), c.st.Faint.Render(cat.T("dlg.pick.tab")), iw))
	}
	sizeInput(&p.input, iw)
	lines = append(lines, p.input.View(), "")
	list := p.list(st)
	rows := ih - len(lines)
	switch {
	case st == nil || len(st.People) == 0:
		return dialogBox(c, append(lines, c.st.Subtle.Render(cat.T("dlg.pick.nobody"))), width, height)
	case len(list) == 0:
		return dialogBox(c, append(lines, c.st.Subtle.Render(cat.T("dlg.pick.none", p.input.Value()))), width, height)
	}
	p.sel = min(p.sel, len(list)-1)
	if rows < len(list) {
		rows-- // room for "… n more"
	}
	p.top = scrollTop(p.top, p.sel, len(list), rows)
	nameW := p.nameWidth(list, iw)
	for i := p.top; i < len(list) && i < p.top+rows; i++ {
		lines = append(lines, selectRow(c, p.row(st, list[i], nameW), i == p.sel, iw))
	}
	if rest := len(list) - p.top - rows; rows < len(list) && rest > 0 {
		lines = append(lines, c.st.Faint.Render(cat.T("dlg.more", rest)))
	}
	return dialogBox(c, lines, width, height)
}

// nameWidth: names get the room they need, up to half the box.
func (p *picker) nameWidth(list []*session.Person, iw int) int {
	w := 4
	for _, x := range list {
		w = max(w, lipgloss.Width(x.Name))
	}
	return min(w, max(iw/2, 8))
}

// row: name, level badge, whether they already speak or wait (so nobody is
// queued twice by mistake), who left or is absent (in words), then organisation.
func (p *picker) row(ses *session.State, x *session.Person, nameW int) string {
	cat, st := p.c.cat, p.c.st
	s := fit(x.Name, nameW) + "  " + st.Badge.Render(cat.LevelBadge(x.Level))
	if w := floorOrQueueWord(cat, ses, x.ID); w != "" {
		s += "  " + st.Bold.Render(w)
	}
	if !x.Present() {
		s += "  " + st.Warn.Render(statusWord(cat, x.Status))
	}
	if x.Organisation != "" {
		s += "  " + st.Subtle.Render(x.Organisation)
	}
	return s
}

func (p *picker) Help() []key.Binding {
	k := p.keys
	return []key.Binding{k.Up, k.Choose, k.Kind, k.Cancel}
}

// floorOrQueueWord says "speaking" for the person with the floor and
// "waiting: <request>" for someone already in the queue, else "".
func floorOrQueueWord(cat *i18n.Catalog, st *session.State, id string) string {
	if st.Current != nil && st.Current.Participant == id {
		return cat.T("dlg.pick.speaking")
	}
	for _, w := range st.Queue {
		if w.ID == id {
			return cat.T("dlg.pick.waiting", cat.Request(w.Kind))
		}
	}
	return ""
}

// inRoundAndPresent prefers, in the picker, the people present whose level
// may speak in the current round; nil (no preference) before the first round.
func inRoundAndPresent(st *session.State) func(*session.Person) bool {
	r, _, ok := st.CurrentRound()
	if !ok {
		return nil
	}
	return func(p *session.Person) bool { return p.Present() && r.HasLevel(p.Level) }
}
