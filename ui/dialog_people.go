package ui

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

type peopleKeys struct {
	Up, Down, Present, Late, Left, Absent, Sort, Add, Close key.Binding
}

// peopleDialog is attendance and per-person totals. The selection follows a
// person (by id), not a row, so it stays put when sorting by time reorders.
// Turns counts ended turns plus the one running now, as SpokenBy counts its time.
type peopleDialog struct {
	c      *common
	keys   peopleKeys
	selID  string
	top    int
	byTime bool
	form   *personForm // the add-participant form, when open
}

func newPeopleDialog(c *common) *peopleDialog {
	cat := c.cat
	return &peopleDialog{c: c, keys: peopleKeys{
		Up:      keyHelp(cat, "↑/↓", "dlg.key.move", "up", "k"),
		Down:    key.NewBinding(key.WithKeys("down", "j")),
		Present: dlgKey(cat, "dlg.key.present", "p"),
		Late:    dlgKey(cat, "dlg.key.late", "t"),
		Left:    dlgKey(cat, "dlg.key.left", "l"),
		Absent:  dlgKey(cat, "dlg.key.absent", "a"),
		Sort:    dlgKey(cat, "dlg.key.sort", "s"),
		Add:     dlgKey(cat, "dlg.key.add", "+"),
		Close:   dlgKey(cat, "dlg.key.close", "esc"),
	}}
}

// order is the people as listed: plan order, or most speaking time first.
func (d *peopleDialog) order(st *session.State, now time.Time) []*session.Person {
	if st == nil {
		return nil
	}
	if !d.byTime {
		return st.People
	}
	out := slices.Clone(st.People)
	slices.SortStableFunc(out, func(a, b *session.Person) int {
		return cmp.Compare(st.SpokenBy(b.ID, now), st.SpokenBy(a.ID, now))
	})
	return out
}

// selected is the index of the selected person in list (0 if gone).
func (d *peopleDialog) selected(list []*session.Person) int {
	for i, p := range list {
		if p.ID == d.selID {
			return i
		}
	}
	return 0
}

func (d *peopleDialog) Update(msg tea.Msg, st *session.State) (any, bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	if d.form != nil {
		intent, done := d.form.Update(km, st)
		if done {
			d.form = nil
		}
		return intent, false
	}
	list := d.order(st, d.c.sessionNow(st))
	i := d.selected(list)
	k := d.keys
	status := ""
	switch {
	case key.Matches(km, k.Close):
		return nil, true
	case key.Matches(km, k.Up):
		i--
	case key.Matches(km, k.Down):
		i++
	case key.Matches(km, k.Sort):
		d.byTime = !d.byTime
	case key.Matches(km, k.Add):
		d.form = newPersonForm(d.c)
	case key.Matches(km, k.Present):
		status = session.Present
	case key.Matches(km, k.Late):
		status = session.Late
	case key.Matches(km, k.Left):
		status = session.Left
	case key.Matches(km, k.Absent):
		status = session.Absent
	}
	if len(list) == 0 {
		return nil, false
	}
	i = max(0, min(i, len(list)-1))
	d.selID = list[i].ID
	if status != "" {
		return attendanceIntent{ID: d.selID, Status: status}, false
	}
	return nil, false
}

func (d *peopleDialog) View(st *session.State, width, height int) string {
	c, cat := d.c, d.c.cat
	iw, ih := dialogInner(c, width), dialogRows(c, height)
	if d.form != nil {
		return dialogBox(c, d.form.lines(st, iw), width, height)
	}
	now := c.sessionNow(st)
	sortName := cat.T("dlg.people.by_plan")
	if d.byTime {
		sortName = cat.T("dlg.people.by_time")
	}
	lines := []string{spread(c.st.Title.Render(cat.T("dlg.people.title")), c.st.Faint.Render(sortName), iw)}
	list := d.order(st, now)
	if len(list) == 0 {
		return dialogBox(c, append(lines, c.st.Subtle.Render(cat.T("dlg.people.empty"))), width, height)
	}
	cols := d.columns(list, iw-2)
	lines = append(lines, c.st.Faint.Render("  "+cols.row(cat.T("dlg.people.col_name"), cat.T("dlg.people.col_level"),
		cat.T("dlg.people.col_status"), cat.T("dlg.people.col_time"), cat.T("dlg.people.col_turns"))))
	rows := ih - len(lines)
	if rows < len(list) {
		rows-- // room for "… n more"
	}
	sel := d.selected(list)
	d.top = scrollTop(d.top, sel, len(list), rows)
	for i := d.top; i < len(list) && i < d.top+rows; i++ {
		p := list[i]
		turns := p.TurnsN
		if st.Current != nil && st.Current.Participant == p.ID {
			turns++
		}
		row := cols.row(p.Name, cat.LevelBadge(p.Level), statusWord(cat, p.Status),
			i18n.Clock(st.SpokenBy(p.ID, now)), fmt.Sprint(turns))
		lines = append(lines, selectRow(c, row, i == sel, iw))
	}
	if rest := len(list) - d.top - rows; rows < len(list) && rest > 0 {
		lines = append(lines, c.st.Faint.Render(cat.T("dlg.more", rest)))
	}
	return dialogBox(c, lines, width, height)
}

// peopleCols are the column widths of the people table.
type peopleCols struct{ name, level, status, time, turns int }

// columns sizes the table to w: fixed columns take what their words need,
// the name takes the rest (up to what the longest name needs).
func (d *peopleDialog) columns(list []*session.Person, w int) peopleCols {
	cat := d.c.cat
	c := peopleCols{level: 3, time: 7, turns: 5}
	c.level = max(c.level, lipgloss.Width(cat.T("dlg.people.col_level")))
	c.turns = max(c.turns, lipgloss.Width(cat.T("dlg.people.col_turns")))
	c.time = max(c.time, lipgloss.Width(cat.T("dlg.people.col_time")))
	for _, s := range []string{"", session.Present, session.Late, session.Left, session.Absent} {
		c.status = max(c.status, lipgloss.Width(statusWord(cat, s)))
	}
	c.status = max(c.status, lipgloss.Width(cat.T("dlg.people.col_status")))
	longest := 8
	for _, p := range list {
		longest = max(longest, lipgloss.Width(p.Name))
	}
	c.name = min(longest, max(w-c.level-c.status-c.time-c.turns-8, 8))
	return c
}

// row lays one line out; numbers are right-aligned.
func (c peopleCols) row(name, level, status, clock, turns string) string {
	return fit(name, c.name) + "  " + fit(level, c.level) + "  " + fit(status, c.status) +
		"  " + padLeftTo(clock, c.time) + "  " + padLeftTo(turns, c.turns)
}

func (d *peopleDialog) Help() []key.Binding {
	if d.form != nil {
		return d.form.Help()
	}
	k := d.keys
	// This screen's own keys first, so a narrow footer never hides them.
	return []key.Binding{k.Add, k.Present, k.Late, k.Left, k.Absent, k.Sort, k.Close, k.Up}
}
