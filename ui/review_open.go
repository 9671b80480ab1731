package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// How the review opens: from the live minutes preview, on the live
// session's own journal; from the home screen (or its minutes preview) and
// from 'baraza review', on the session's log opened for writing, which
// takes its lock, closed or not: a closed session still takes review
// events (see docs/anonymity.md).
type (
	// reviewRequestedMsg: the minutes preview's review key was pressed.
	reviewRequestedMsg struct{}
	// reviewNotesMsg carries the live session's annotations, read for the review.
	reviewNotesMsg struct {
		notes []session.Annotated
		err   error
	}
	// reviewOpenedMsg carries a session opened for the review from home.
	reviewOpenedMsg struct {
		w     *sessions.Writable
		notes []session.Annotated
		err   error
	}
)

// readAnnotated reads a session directory's annotations for the review;
// it runs inside a Cmd.
func readAnnotated(dir string) ([]session.Annotated, error) {
	if dir == "" {
		return nil, nil
	}
	list, err := sessions.ReadAnnotations(dir)
	var out []session.Annotated
	for _, a := range list {
		out = append(out, session.Annotated{Moment: a.Moment, Text: a.Text})
	}
	return out, err
}

// openReviewFor opens a saved session for the review, in a Cmd.
func openReviewFor(a *sessions.Archive, id string) tea.Cmd {
	return func() tea.Msg {
		w, err := a.OpenForWriting(id)
		if err != nil {
			return reviewOpenedMsg{err: err}
		}
		notes, err := readAnnotated(w.Dir)
		if err != nil {
			_ = w.Log.Close()
			return reviewOpenedMsg{err: err}
		}
		return reviewOpenedMsg{w: w, notes: notes}
	}
}

// reviewOf builds the review screen on a session opened for it; back nil
// means esc quits (baraza review).
func reviewOf(opts Options, msg reviewOpenedMsg, back screen, width, height int) (*reviewScreen, error) {
	var info planInfo
	if len(msg.w.Events) > 0 {
		info = planInfo{rec: msg.w.Events[0].Plan}
	}
	c := opts.common(info.language(), info)
	c.width, c.height = width, height
	j, err := newJournal(msg.w.Log, msg.w.Events, c.after)
	if err != nil {
		return nil, err
	}
	log := msg.w.Log
	return newReviewScreen(c, j, msg.notes, back, func() { _ = log.Close() }), nil
}

// NewReviewApp is the app on one session's anonymity review (baraza review).
func NewReviewApp(opts Options, w *sessions.Writable) (*App, error) {
	notes, err := readAnnotated(w.Dir)
	if err != nil {
		return nil, err
	}
	r, err := reviewOf(opts, reviewOpenedMsg{w: w, notes: notes}, nil, 0, 0)
	if err != nil {
		return nil, err
	}
	a := &App{screen: r, owned: &closers{}}
	a.owned.add(w.Log)
	return a, nil
}
