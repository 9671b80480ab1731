package ui

import (
	"errors"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// EventLog is where the live screen appends events: a *session.Writer in the
// app, a fake that can fail in tests.
type EventLog interface {
	Append(e session.Event) (session.Event, error)
}

// retryEvery is how long the screen waits before trying a failed write again.
const retryEvery = 2 * time.Second

// journal links the screen to the log. The screen shows saved: the fold of
// events already on disk, so nothing appears that is not recorded. New
// actions are checked against and built on projected: saved plus the events
// still waiting in the outbox, so quick key presses see each other.
type journal struct {
	log       EventLog
	after     func(time.Duration, tea.Msg) tea.Cmd // schedules retries
	saved     *session.State
	projected *session.State
	outbox    []session.Event
	writing   bool
	failure   error // the last write error, until a write succeeds
}

// eventWrittenMsg reports one append: err is nil when it reached the disk.
type eventWrittenMsg struct {
	event session.Event
	err   error
}

// retryWriteMsg asks the journal to try the head of the outbox again.
type retryWriteMsg struct{}

func newJournal(log EventLog, events []session.Event, after func(time.Duration, tea.Msg) tea.Cmd) (*journal, error) {
	saved, err := session.Fold(events)
	if err != nil {
		return nil, err
	}
	projected, _ := session.Fold(events)
	return &journal{log: log, after: after, saved: saved, projected: projected}, nil
}

// record checks events against the projected state and queues them for
// writing. It returns the command that writes, and the first refusal, if
// any: a refused event is never written.
func (j *journal) record(now time.Time, events ...session.Event) (tea.Cmd, error) {
	for _, e := range events {
		e.V, e.Seq, e.At = session.FormatVersion, j.projected.Seq+1, now.UTC()
		if err := j.projected.Apply(e); err != nil {
			return j.flush(), err
		}
		j.outbox = append(j.outbox, e)
	}
	return j.flush(), nil
}

// flush starts writing the head of the outbox unless a write is under way.
// Events are written one at a time, in order.
func (j *journal) flush() tea.Cmd {
	if j.writing || len(j.outbox) == 0 {
		return nil
	}
	j.writing = true
	log, e := j.log, j.outbox[0]
	return func() tea.Msg {
		saved, err := log.Append(e)
		if err == nil {
			e = saved
		}
		return eventWrittenMsg{event: e, err: err}
	}
}

// written takes a write's result: on success the event joins the saved
// state and the next one is written; on failure it stays first in line and a
// retry is scheduled. Nothing is dropped.
func (j *journal) written(msg eventWrittenMsg) tea.Cmd {
	j.writing = false
	if msg.err != nil {
		j.failure = msg.err
		return j.after(retryEvery, retryWriteMsg{})
	}
	j.failure = nil
	j.outbox = j.outbox[1:]
	if err := j.saved.Apply(msg.event); err != nil {
		// Cannot happen while projected and saved fold the same events;
		// keep going, and say so rather than hide it.
		j.failure = errors.Join(errors.New("saved, but the screen could not show it"), err)
	}
	return j.flush()
}

// unsaved is how many actions are not on disk yet.
func (j *journal) unsaved() int { return len(j.outbox) }
