package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/redact"
)

// reviewScreen is the anonymity review: each word that may name someone,
// in its sentence, to redact or keep here or everywhere; and terms to
// redact everywhere. Decisions are events, written through the journal.
type reviewScreen struct {
	c     *common
	j     *journal
	notes []session.Annotated // trainers' annotations: they leave in handouts
	back  screen              // where esc goes
	// leave runs when going back (the home screen closes the log it opened).
	leave func()
	keys  reviewKeys
	help  help.Model

	list    session.ReviewList
	listSeq int64 // the saved state's seq the list was built from; -1 none yet
	busy    bool  // a list is being built
	cursor  int
	prompt  dialog
	full    bool
	status  string
	bad     bool
}

// reviewListedMsg carries a list built in the background.
type reviewListedMsg struct {
	seq  int64
	list session.ReviewList
}

// addTermIntent is the term prompt's answer.
type addTermIntent struct{ term string }

func newReviewScreen(c *common, j *journal, notes []session.Annotated, back screen, leave func()) *reviewScreen {
	return &reviewScreen{c: c, j: j, notes: notes, back: back, leave: leave, keys: newReviewKeys(c.cat),
		help: newHelp(c), listSeq: -1}
}

func (r *reviewScreen) Init() tea.Cmd { return r.relist() }

func (r *reviewScreen) SetSize(w, h int) { r.c.width, r.c.height = w, h }

// RequestQuit: decisions still being written are waited for by the root's
// other screens; here, quit only when nothing is unsaved.
func (r *reviewScreen) RequestQuit() tea.Cmd {
	if r.j.unsaved() > 0 {
		return nil
	}
	return tea.Quit
}

// relist rebuilds the list from the saved state, in the background, when
// it changed; one build at a time.
func (r *reviewScreen) relist() tea.Cmd {
	st := r.j.saved
	if r.busy || st.Seq == r.listSeq {
		return nil
	}
	r.busy = true
	snapshot, notes, seq := st.Clone(), r.notes, st.Seq
	return func() tea.Msg {
		return reviewListedMsg{seq: seq, list: session.ReviewCandidates(snapshot, notes)}
	}
}

func (r *reviewScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reviewListedMsg:
		r.busy = false
		r.list, r.listSeq = msg.list, msg.seq
		r.cursor = max(0, min(r.cursor, len(r.list.Items)-1))
		return r.relist()
	case eventsWrittenMsg:
		cmd := r.j.written(msg)
		if r.j.failure != nil {
			r.status, r.bad = r.c.cat.T("review.failed", r.c.sayErr(r.j.failure)), true
		}
		return tea.Batch(cmd, r.relist())
	case retryWriteMsg:
		return r.j.flush()
	case tea.KeyMsg:
		if r.prompt != nil {
			intent, done := r.prompt.Update(msg, nil)
			if done {
				r.prompt = nil
			}
			if in, ok := intent.(addTermIntent); ok {
				return r.addTerm(in.term)
			}
			return nil
		}
		return r.key(msg)
	}
	return nil
}

func (r *reviewScreen) key(msg tea.KeyMsg) tea.Cmd {
	k := r.keys
	switch {
	case key.Matches(msg, k.Back):
		if r.j.unsaved() > 0 { // leaving would close the log under a write
			r.status, r.bad = r.c.cat.T("review.saving"), false
			return nil
		}
		back, leave := r.back, r.leave
		if back == nil {
			return tea.Quit
		}
		return func() tea.Msg {
			if leave != nil {
				leave()
			}
			return switchScreenMsg{to: back}
		}
	case key.Matches(msg, k.Help):
		r.full = !r.full
	case key.Matches(msg, k.Up):
		r.cursor = max(0, r.cursor-1)
	case key.Matches(msg, k.Down):
		r.cursor = max(0, min(r.cursor+1, len(r.list.Items)-1))
	case key.Matches(msg, k.Redact):
		return r.decide(redact.ScopeOccurrence, redact.Redact)
	case key.Matches(msg, k.Keep):
		return r.decide(redact.ScopeOccurrence, redact.Keep)
	case key.Matches(msg, k.RedactAll):
		return r.decide(redact.ScopeEverywhere, redact.Redact)
	case key.Matches(msg, k.KeepAll):
		return r.decide(redact.ScopeEverywhere, redact.Keep)
	case key.Matches(msg, k.Term):
		r.prompt = newPrompt(r.c, r.c.cat.T("review.term_prompt"), "", func(s string) any {
			if redact.Fold(s) == "" {
				return nil
			}
			return addTermIntent{term: s}
		})
	}
	return nil
}

// decide records a decision on the selected candidate and moves on.
func (r *reviewScreen) decide(scope string, d redact.Decision) tea.Cmd {
	if r.cursor >= len(r.list.Items) {
		return nil
	}
	f := r.list.Items[r.cursor]
	e := session.NewRedactionDecided(f.Term(), scope, d, f.Where, f.Candidate.N)
	cmd, err := r.j.record(r.c.now(), e)
	if err != nil {
		r.status, r.bad = r.c.cat.T("review.failed", r.c.sayErr(err)), true
		return cmd
	}
	r.status, r.bad = r.c.cat.T("review.decided", f.Term(), r.c.cat.T("review.state."+scope+"."+string(d))), false
	r.cursor = min(r.cursor+1, max(len(r.list.Items)-1, 0))
	return cmd
}

func (r *reviewScreen) addTerm(term string) tea.Cmd {
	cmd, err := r.j.record(r.c.now(), session.NewRedactionTermAdded(term))
	if err != nil {
		r.status, r.bad = r.c.cat.T("review.failed", r.c.sayErr(err)), true
		return cmd
	}
	r.status, r.bad = r.c.cat.T("review.term_added", term), false
	return cmd
}
