package ui

import (
	"errors"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// EventLog is where the live screen appends events: a *session.Writer in the
// app, a fake that can fail in tests. AppendBatch writes the events in order
// and returns once they are all on disk (one fsync); on an error none of
// them counts as saved, and the same events may be given again.
type EventLog interface {
	AppendBatch(events []session.Event) ([]session.Event, error)
}

// retryEvery is how long the screen waits before trying a failed write again.
const retryEvery = 2 * time.Second

// journal links the screen to the log. saved is the fold of events already
// on disk; projected is saved plus the events still waiting in the outbox,
// so quick key presses see each other. New actions are checked against and
// built on projected.
//
// Group commit: while one write is under way, new actions wait in the
// outbox; when it returns, everything waiting goes in one AppendBatch, one
// fsync. A burst of ten actions on a slow disk (an SD card, 10-50 ms per
// fsync) is saved in about two fsyncs instead of ten. An event joins saved
// only once the fsync of its batch has returned, in order, and a failed
// batch stays at the head of the outbox, whole, until a retry succeeds.
type journal struct {
	log       EventLog
	after     func(time.Duration, tea.Msg) tea.Cmd // schedules retries
	saved     *session.State
	projected *session.State
	outbox    []session.Event
	writing   int   // events of the outbox being written now (its head); 0 if none
	failure   error // the last write error, until a write succeeds
}

// eventsWrittenMsg reports one AppendBatch of the outbox's first n events:
// err is nil when they all reached the disk, and events are as written.
type eventsWrittenMsg struct {
	events []session.Event
	err    error
}

// retryWriteMsg asks the journal to try the outbox again.
type retryWriteMsg struct{}

func newJournal(log EventLog, events []session.Event, after func(time.Duration, tea.Msg) tea.Cmd) (*journal, error) {
	saved, err := session.Fold(events)
	if err != nil {
		return nil, err
	}
	projected := saved.Clone() // shares the turns and the events, not a second fold
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

// flush writes everything waiting in the outbox in one batch, unless a
// write is under way (its return flushes what came meanwhile).
func (j *journal) flush() tea.Cmd {
	if j.writing > 0 || len(j.outbox) == 0 {
		return nil
	}
	batch := slices.Clone(j.outbox) // the outbox grows while the batch is written
	j.writing = len(batch)
	log := j.log
	return func() tea.Msg {
		saved, err := log.AppendBatch(batch)
		if err != nil {
			return eventsWrittenMsg{events: batch, err: err}
		}
		return eventsWrittenMsg{events: saved}
	}
}

// written takes a batch's result: on success its events join the saved
// state, in order, and what waits meanwhile is written next; on failure
// they all stay first in line and a retry is scheduled. Nothing is dropped.
func (j *journal) written(msg eventsWrittenMsg) tea.Cmd {
	j.writing = 0
	if msg.err != nil {
		j.failure = msg.err
		return j.after(retryEvery, retryWriteMsg{})
	}
	j.failure = nil
	j.outbox = j.outbox[len(msg.events):]
	for _, e := range msg.events {
		if err := j.saved.Apply(e); err != nil {
			// Cannot happen while projected and saved fold the same events;
			// keep going, and say so rather than hide it.
			j.failure = errors.Join(errors.New("saved, but the screen could not show it"), err)
		}
	}
	return j.flush()
}

// unsaved is how many actions are not on disk yet.
func (j *journal) unsaved() int { return len(j.outbox) }

// shown is the state the screen draws: what is saved while saving works
// (an action is shown once it is on disk, a few ms later), and the
// projected state while saving fails, so that a key pressed shows its
// effect (marked as not saved) instead of seeming to do nothing and being
// pressed again.
func (j *journal) shown() *session.State {
	if j.failure != nil {
		return j.projected
	}
	return j.saved
}
