package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// readBackIntent records one level's answer to the read-back.
type readBackIntent struct {
	Level  facilitation.Level
	Status string // session.ReadBackApproved or ReadBackNotApproved
	Reason string // remarks of an approval, or why a level does not approve
}

type readBackKeys struct {
	Up, Down, PgUp, PgDown, Level, Approve, Remarks, Refuse, Close, Back key.Binding
}

// readBack is the screen C opens: what was agreed, read aloud level by
// level, then each level's answer, then the close. It is a dialog over the
// live screen's body, so its answers are recorded like any other intent and
// esc goes back with the session still open.
type readBack struct {
	c     *common
	keys  readBackKeys
	top   int                // first line of the read-out shown
	level int                // index into facilitation.Levels: whose answer the keys record
	sub   dialog             // the remarks, reason or close question, when open
	cache readBackLinesCache // the read-out, wrapped, for one state and width
}

func newReadBack(c *common, st *session.State) *readBack {
	cat := c.cat
	r := &readBack{c: c, keys: readBackKeys{
		Up:      keyHelp(cat, "↑/↓", "readback.key.scroll", "up", "k"),
		Down:    key.NewBinding(key.WithKeys("down", "j")),
		PgUp:    key.NewBinding(key.WithKeys("pgup")),
		PgDown:  key.NewBinding(key.WithKeys("pgdown", "space")),
		Level:   keyHelp(cat, "tab", "readback.key.level", "tab", "right", "left", "shift+tab"),
		Approve: dlgKey(cat, "readback.key.approve", "a"),
		Remarks: dlgKey(cat, "readback.key.remarks", "r"),
		Refuse:  dlgKey(cat, "readback.key.refuse", "n"),
		Close:   dlgKey(cat, "readback.key.close", "c"),
		Back:    dlgKey(cat, "readback.key.back", "esc"),
	}}
	r.level = 0
	if _, ok := st.ReadBack[facilitation.Levels[0]]; ok {
		r.level = r.nextUnanswered(st, 0)
	}
	return r
}

// nextUnanswered is the first level after i (wrapping) with no answer yet,
// not counting level i itself, whose answer may not be folded yet; i when
// every other level has answered.
func (r *readBack) nextUnanswered(st *session.State, i int) int {
	n := len(facilitation.Levels)
	for k := 1; k < n; k++ {
		j := (i + k) % n
		if _, ok := st.ReadBack[facilitation.Levels[j]]; !ok {
			return j
		}
	}
	return i
}

func (r *readBack) Update(msg tea.Msg, st *session.State) (any, bool) {
	if r.sub != nil {
		intent, done := r.sub.Update(msg, st)
		if done {
			r.sub = nil
		}
		if _, closing := intent.(closeIntent); closing {
			return intent, true
		}
		if in, ok := intent.(readBackIntent); ok {
			r.level = r.nextUnanswered(st, r.level)
			return in, false
		}
		return intent, false
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	k, cat := r.keys, r.c.cat
	level := facilitation.Levels[r.level]
	switch {
	case key.Matches(km, k.Back):
		return nil, true
	case key.Matches(km, k.Up):
		r.top = max(r.top-1, 0)
	case key.Matches(km, k.Down):
		r.top++ // View clamps
	case key.Matches(km, k.PgUp):
		r.top = max(r.top-max(r.c.height/2, 1), 0)
	case key.Matches(km, k.PgDown):
		r.top += max(r.c.height/2, 1)
	case key.Matches(km, k.Level):
		d := 1
		if km.Type == tea.KeyShiftTab || km.Type == tea.KeyLeft {
			d = len(facilitation.Levels) - 1
		}
		r.level = (r.level + d) % len(facilitation.Levels)
	case key.Matches(km, k.Approve):
		r.level = r.nextUnanswered(st, r.level)
		return readBackIntent{Level: level, Status: session.ReadBackApproved}, false
	case key.Matches(km, k.Remarks):
		r.sub = newPrompt(r.c, cat.T("readback.remarks_prompt", cat.Level(level)), "", func(s string) any {
			return readBackIntent{Level: level, Status: session.ReadBackApproved, Reason: s}
		}).withCheck(func(s string) string {
			if s == "" {
				return cat.T("readback.need_remarks")
			}
			return ""
		})
	case key.Matches(km, k.Refuse):
		r.sub = newPrompt(r.c, cat.T("readback.reason_prompt", cat.Level(level)), "", func(s string) any {
			return readBackIntent{Level: level, Status: session.ReadBackNotApproved, Reason: s}
		})
	case key.Matches(km, k.Close):
		if st.Closed {
			return nil, true
		}
		r.sub = newConfirm(r.c, r.closeQuestion(st), closeIntent{})
	}
	return nil, false
}

// closeQuestion names the levels not asked yet, so nobody is forgotten.
func (r *readBack) closeQuestion(st *session.State) string {
	cat := r.c.cat
	var pending []string
	for _, l := range facilitation.Levels {
		if _, ok := st.ReadBack[l]; !ok {
			pending = append(pending, cat.Level(l))
		}
	}
	if len(pending) == 0 {
		return cat.T("readback.close_confirm")
	}
	return cat.T("readback.close_pending", strings.Join(pending, ", "))
}

func (r *readBack) Help() []key.Binding {
	if r.sub != nil {
		return r.sub.Help()
	}
	k := r.keys
	return []key.Binding{k.Approve, k.Remarks, k.Refuse, k.Close, k.Back, k.Level, k.Up}
}
