package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// Intents of corrections, for the live screen.
type (
	// correctIntent records corrections (and a turn_ended when voiding the
	// running turn); what says in words what was corrected.
	correctIntent struct {
		Events []session.Event
		What   string
	}
	// noticeIntent puts a message on the status line: a correction refused
	// before anything was asked or written.
	noticeIntent struct {
		Text string
		Bad  bool
	}
)

// turnsStep is a step of a correction's questions: the next question opens
// in the turns list, or the result is an intent.
type turnsStep func(d *turnsDialog, st *session.State) any

// correctKey starts a correction of turn t. A correction that makes no
// sense here (the turn is voided, the clock still runs) is refused at once
// in plain words; the fold refuses the rest when it is recorded.
func (d *turnsDialog) correctKey(km tea.KeyMsg, st *session.State, t *session.Turn) any {
	k, cat := d.keys, d.c.cat
	acts := key.Matches(km, k.Void) || key.Matches(km, k.Reassign) || key.Matches(km, k.Adjust) || key.Matches(km, k.Kind)
	if !acts {
		return nil
	}
	if t.Voided {
		return noticeIntent{Text: cat.T("corr.no.voided", t.Number), Bad: true}
	}
	num, who := t.Number, speakerName(st, t)
	switch {
	case key.Matches(km, k.Void):
		d.askReason(cat.T("corr.void_q", num, who)+" "+cat.T("corr.reason_prompt"), func(reason string, st *session.State) any {
			t := st.Turns[num-1]
			return correctIntent{Events: st.VoidTurn(t, reason), What: cat.T("corr.desc.void", num)}
		})
	case key.Matches(km, k.Reassign):
		p := newPicker(d.c, pickFloor, facilitation.RequestSpeak)
		p.title = cat.T("corr.reassign_prompt", num)
		d.sub = &stepDialog{dialog: p, step: func(intent any) any {
			in, ok := intent.(floorIntent)
			if !ok {
				return nil
			}
			return turnsStep(func(d *turnsDialog, st *session.State) any { return d.reassign(st, num, in.ID) })
		}}
	case key.Matches(km, k.Adjust):
		if t.Running() {
			return noticeIntent{Text: cat.T("corr.no.running", num), Bad: true}
		}
		d.sub = newPrompt(d.c, cat.T("corr.adjust_prompt", num), i18n.Clock(t.Speaking.Elapsed(t.End)), func(s string) any {
			counted, _ := parseCounted(s)
			return turnsStep(func(d *turnsDialog, st *session.State) any { return d.adjust(st, num, counted) })
		}).withCheck(func(s string) string {
			if _, ok := parseCounted(s); !ok {
				return cat.T("corr.bad_time", s)
			}
			return ""
		})
	case key.Matches(km, k.Kind):
		var words []string
		for _, r := range requestCycle {
			words = append(words, cat.Request(r))
		}
		d.sub = newChooser(d.c, cat.T("corr.request_prompt", num), words, func(i int) any {
			kind := requestCycle[i]
			return turnsStep(func(d *turnsDialog, st *session.State) any { return d.request(st, num, kind) })
		})
	}
	return nil
}

func (d *turnsDialog) reassign(st *session.State, num int, id string) any {
	cat, t := d.c.cat, st.Turns[num-1]
	if t.Participant == id {
		return noticeIntent{Text: cat.T("corr.no.same", num, speakerName(st, t)), Bad: true}
	}
	name := id
	if p := st.Person(id); p != nil {
		name = p.Name
	}
	d.askReason(cat.T("corr.desc.reassign", num, name)+" · "+cat.T("corr.reason_prompt"), func(reason string, st *session.State) any {
		t := st.Turns[num-1]
		return correctIntent{What: cat.T("corr.desc.reassign", num, name), Events: []session.Event{{Type: session.Corrected,
			Corrects: t.StartSeq, Correction: session.CorrReassign, Participant: id, Reason: reason, AfterClose: st.Closed}}}
	})
	return nil
}

func (d *turnsDialog) adjust(st *session.State, num int, counted time.Duration) any {
	cat, t := d.c.cat, st.Turns[num-1]
	if t.Speaking.Elapsed(t.End) == counted {
		return noticeIntent{Text: cat.T("corr.no.same_time", num, i18n.Clock(counted)), Bad: true}
	}
	what := cat.T("corr.desc.adjust", num, i18n.Clock(counted))
	d.askReason(what+" · "+cat.T("corr.reason_prompt"), func(reason string, st *session.State) any {
		ms := counted.Milliseconds()
		return correctIntent{What: what, Events: []session.Event{{Type: session.Corrected, Corrects: st.Turns[num-1].StartSeq,
			Correction: session.CorrAdjust, CountedMs: &ms, Reason: reason, AfterClose: st.Closed}}}
	})
	return nil
}

func (d *turnsDialog) request(st *session.State, num int, kind facilitation.RequestKind) any {
	cat, t := d.c.cat, st.Turns[num-1]
	if t.Request == kind || (t.Request == "" && kind == facilitation.RequestSpeak) {
		return noticeIntent{Text: cat.T("corr.no.same_kind", num, cat.Request(kind)), Bad: true}
	}
	what := cat.T("corr.desc.request", num, cat.Request(kind))
	d.askReason(what+" · "+cat.T("corr.reason_prompt"), func(reason string, st *session.State) any {
		return correctIntent{What: what, Events: []session.Event{{Type: session.Corrected, Corrects: st.Turns[num-1].StartSeq,
			Correction: session.CorrRequest, Request: string(kind), Reason: reason, AfterClose: st.Closed}}}
	})
	return nil
}

// askReason asks the optional reason, then builds the correction from the
// state as it is then (a key pressed meanwhile may have changed it).
func (d *turnsDialog) askReason(title string, then func(reason string, st *session.State) any) {
	d.sub = newPrompt(d.c, upperFirst(title), "", func(reason string) any {
		return turnsStep(func(_ *turnsDialog, st *session.State) any { return then(reason, st) })
	})
}

// askFilter asks whose turns to show: a few letters of a name, or a level.
func (d *turnsDialog) askFilter() {
	d.sub = newPrompt(d.c, d.c.cat.T("turns.filter_prompt"), d.filter.query, func(q string) any {
		return turnsStep(func(d *turnsDialog, _ *session.State) any {
			d.filter = newTurnFilter(d.c.cat, q)
			d.sel, d.top = 0, 0
			return nil
		})
	})
}

// upperFirst starts a sentence made of a phrase ("turn 3 given to…").
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// parseCounted reads a counted time: m:ss, h:mm:ss, or whole minutes.
func parseCounted(s string) (time.Duration, bool) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) > 3 || parts[0] == "" {
		return 0, false
	}
	var d time.Duration
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (i > 0 && (n > 59 || len(p) != 2)) {
			return 0, false
		}
		d = d*60 + time.Duration(n)
	}
	if len(parts) == 1 {
		return d * time.Minute, true
	}
	return d * time.Second, true
}

// stepDialog wraps a dialog whose intent becomes a turnsStep (the picker
// answers floorIntent; here it means "the turn was theirs").
type stepDialog struct {
	dialog
	step func(intent any) any
}

func (s *stepDialog) Update(msg tea.Msg, st *session.State) (any, bool) {
	intent, done := s.dialog.Update(msg, st)
	if intent == nil {
		return nil, done
	}
	return s.step(intent), done
}

// turnFilter keeps the turns of the people or the level a query names
// (accents and case ignored). It keeps the matching rows of the last state
// it saw, so that View does not filter thousands of turns on every tick.
type turnFilter struct {
	query, label string
	levels       map[facilitation.Level]bool // the levels the query names
	st           *session.State
	seq          int64
	n            int
	rows         []*session.Turn // most recent first
}

// newTurnFilter: q names a level when it begins its name (as the session
// calls it, or its code), and people when it is in their name.
func newTurnFilter(cat *i18n.Catalog, q string) turnFilter {
	f := turnFilter{query: q, label: q, levels: map[facilitation.Level]bool{}}
	fq := string(foldQuery(q))
	for _, l := range facilitation.Levels {
		for _, name := range []string{string(l), cat.Level(l), cat.LevelBadge(l)} {
			if fq != "" && strings.HasPrefix(string(foldQuery(name)), fq) {
				f.levels[l] = true
				f.label = cat.Level(l)
			}
		}
	}
	return f
}

func (f *turnFilter) active() bool { return f.query != "" }

// count is how many turns the list shows.
func (f *turnFilter) count(st *session.State) int {
	if st == nil {
		return 0
	}
	if !f.active() {
		return len(st.Turns)
	}
	return len(f.match(st))
}

// at is the turn on row i, most recent first, or nil.
func (f *turnFilter) at(st *session.State, i int) *session.Turn {
	if !f.active() {
		return turnAt(st, i)
	}
	rows := f.match(st)
	if i < 0 || i >= len(rows) {
		return nil
	}
	return rows[i]
}

func (f *turnFilter) match(st *session.State) []*session.Turn {
	if f.st == st && f.seq == st.Seq && f.n == len(st.Turns) && f.rows != nil {
		return f.rows
	}
	q := string(foldQuery(f.query))
	people := map[string]bool{}
	for _, p := range st.People {
		if strings.Contains(string(foldQuery(p.Name)), q) {
			people[p.ID] = true
		}
	}
	rows := []*session.Turn{}
	for i := len(st.Turns) - 1; i >= 0; i-- {
		if t := st.Turns[i]; people[t.Participant] || f.levels[t.Level] {
			rows = append(rows, t)
		}
	}
	f.st, f.seq, f.n, f.rows = st, st.Seq, len(st.Turns), slices.Clip(rows)
	return rows
}
