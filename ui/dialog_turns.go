package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

type turnsKeys struct {
	Up, Down, Edit, OffRecord, Void, Reassign, Adjust, Kind, Filter, Close key.Binding
}

// turnsDialog lists the session's turns, most recent first, to find an
// earlier turn and correct it: its note, the off-the-record mark, and the
// corrections (void, reassign, adjust the time, change the request kind).
// A filter keeps one speaker's or one level's turns. sel counts rows from
// the most recent turn shown. View draws only the visible rows: a long
// session has thousands of turns.
type turnsDialog struct {
	c      *common
	keys   turnsKeys
	sel    int
	top    int
	sub    dialog // the note, a correction's questions or the filter, when open
	filter turnFilter
}

func newTurnsDialog(c *common) *turnsDialog {
	cat := c.cat
	return &turnsDialog{c: c, keys: turnsKeys{
		Up:        keyHelp(cat, "↑/↓", "dlg.key.move", "up", "k"),
		Down:      key.NewBinding(key.WithKeys("down", "j")),
		Edit:      keyHelp(cat, "e/enter", "dlg.key.edit_note", "e", "enter"),
		OffRecord: dlgKey(cat, "dlg.key.off_record", "o"),
		Void:      dlgKey(cat, "turns.key.void", "x"),
		Reassign:  dlgKey(cat, "turns.key.reassign", "r"),
		Adjust:    dlgKey(cat, "turns.key.adjust", "a"),
		Kind:      dlgKey(cat, "turns.key.kind_short", "c"),
		Filter:    dlgKey(cat, "turns.key.filter", "/", "f"),
		Close:     dlgKey(cat, "dlg.key.close", "esc"),
	}}
}

// turnAt is the turn on row i (0 = most recent), or nil.
func turnAt(st *session.State, i int) *session.Turn {
	if st == nil || i < 0 || i >= len(st.Turns) {
		return nil
	}
	return st.Turns[len(st.Turns)-1-i]
}

func (d *turnsDialog) Update(msg tea.Msg, st *session.State) (any, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	if d.sub != nil {
		return d.updateSub(km, st), false
	}
	n := d.filter.count(st)
	k := d.keys
	switch {
	case key.Matches(km, k.Close):
		return nil, true
	case key.Matches(km, k.Up):
		d.sel--
	case key.Matches(km, k.Down):
		d.sel++
	case key.Matches(km, k.Filter):
		d.askFilter()
		return nil, false
	}
	d.sel = max(0, min(d.sel, n-1))
	t := d.filter.at(st, d.sel)
	if t == nil {
		return nil, false
	}
	switch {
	case key.Matches(km, k.Edit):
		num := t.Number
		d.sub = newPrompt(d.c, d.c.cat.T("dlg.turns.edit_note", num, speakerName(st, t)), t.Note,
			func(s string) any { return turnNoteIntent{Turn: num, Note: s} })
	case key.Matches(km, k.OffRecord):
		return offRecordIntent{Turn: t.Number, Off: !t.OffRecord}, false
	default:
		return d.correctKey(km, st, t), false
	}
	return nil, false
}

// updateSub gives the key to the open question; a step it returns opens
// the next question, anything else is the intent for the live screen.
func (d *turnsDialog) updateSub(km tea.KeyMsg, st *session.State) any {
	sub := d.sub
	intent, done := sub.Update(km, st)
	if done && d.sub == sub {
		d.sub = nil
	}
	if step, ok := intent.(turnsStep); ok {
		return step(d, st)
	}
	return intent
}

// speakerName is the turn's speaker, or their id if unknown.
func speakerName(st *session.State, t *session.Turn) string {
	if p := st.Person(t.Participant); p != nil {
		return p.Name
	}
	return t.Participant
}

func (d *turnsDialog) View(st *session.State, width, height int) string {
	c, cat := d.c, d.c.cat
	iw, ih := dialogInner(c, width), dialogRows(c, height)
	if p, ok := d.sub.(*prompt); ok {
		return dialogBox(c, p.lines(iw, ih), width, height)
	} else if d.sub != nil {
		return d.sub.View(st, width, height)
	}
	n := d.filter.count(st)
	lines := []string{c.st.Title.Render(cat.T("dlg.turns.title", n))}
	if d.filter.active() {
		lines[0] = c.st.Title.Render(cat.T("turns.title_filtered", d.filter.label, n, len(st.Turns)))
	}
	switch {
	case n == 0 && d.filter.active():
		return dialogBox(c, append(lines, c.st.Subtle.Render(cat.T("turns.no_match", d.filter.label))), width, height)
	case n == 0:
		return dialogBox(c, append(lines, c.st.Subtle.Render(cat.T("dlg.turns.empty"))), width, height)
	}
	rows := ih - len(lines)
	if rows < n {
		rows-- // room for "… n more"
	}
	d.sel = max(0, min(d.sel, n-1))
	d.top = scrollTop(d.top, d.sel, n, rows)
	cols := d.columns(st, iw-2)
	for i := d.top; i < n && i < d.top+rows; i++ {
		lines = append(lines, selectRow(c, d.row(st, d.filter.at(st, i), cols), i == d.sel, iw))
	}
	if rest := n - d.top - rows; rows < n && rest > 0 {
		lines = append(lines, c.st.Faint.Render(cat.T("dlg.more", rest)))
	}
	return dialogBox(c, lines, width, height)
}

// turnCols are the widths of the fixed columns; the note takes the rest.
type turnCols struct{ num, round, name, clock, rest int }

// columns costs O(people), never O(turns).
func (d *turnsDialog) columns(st *session.State, w int) turnCols {
	c := turnCols{
		num:   len(fmt.Sprint(len(st.Turns))) + 1,
		round: lipgloss.Width(d.c.cat.T("dlg.turns.round", len(st.Rounds))),
		clock: 7,
	}
	longest := 4
	for _, p := range st.People {
		longest = max(longest, lipgloss.Width(p.Name))
	}
	c.name = min(longest, max(w/4, 8))
	c.rest = max(w-c.num-c.round-c.name-c.clock-8, 0)
	return c
}

// row: number, round, speaker, duration, then the kind, marks and the note.
func (d *turnsDialog) row(st *session.State, t *session.Turn, cols turnCols) string {
	c, cat := d.c, d.c.cat
	end := t.End
	if t.Running() {
		end = c.sessionNow(st)
	}
	round := "—"
	if t.Round > 0 {
		round = cat.T("dlg.turns.round", t.Round)
	}
	var flags []string
	if t.Request != "" && t.Request != facilitation.RequestSpeak {
		flags = append(flags, cat.Request(t.Request))
	}
	if t.OffRecord {
		flags = append(flags, cat.T("dlg.turns.off_record"))
	}
	if t.Voided {
		flags = append(flags, cat.T("turns.voided"))
	}
	if t.Adjusted {
		flags = append(flags, cat.T("turns.adjusted"))
	}
	if t.Running() {
		flags = append(flags, cat.T("dlg.turns.now"))
	}
	rest := oneLine(t.Note)
	if len(flags) > 0 {
		rest = c.st.Warn.Render("["+strings.Join(flags, " · ")+"]") + " " + rest
	}
	return padLeftTo(fmt.Sprintf("#%d", t.Number), cols.num) + "  " + fit(round, cols.round) + "  " +
		fit(speakerName(st, t), cols.name) + "  " + padLeftTo(i18n.Clock(t.Speaking.Elapsed(end)), cols.clock) +
		"  " + fit(rest, cols.rest)
}

func (d *turnsDialog) Help() []key.Binding {
	if d.sub != nil {
		return d.sub.Help()
	}
	k := d.keys
	return []key.Binding{k.Up, k.Edit, k.Void, k.Reassign, k.Adjust, k.Kind, k.Filter, k.OffRecord, k.Close}
}
