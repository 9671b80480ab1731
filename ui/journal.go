package ui

import (
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
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
// fsync. An event joins saved only once the fsync of its batch has
// returned, in order, and a failed batch stays at the head of the outbox,
// whole, until a retry succeeds.
//
// On a slow disk (an SD card, a macOS laptop's full fsync: 10-50 ms) the
// first action of a burst is held back until the burst quiets (holdQuiet
// without a new action), so that the burst goes in one fsync instead of
// the first action alone and the rest in a second. The hold never lasts
// longer than one fsync of that disk (what it may save), and on a disk
// whose fsync is quick (under slowFsync, measured on the journal's own
// writes) there is none: there, a single action is saved as soon as
// before. On a slow disk a single action waits holdQuiet more (3 ms on top
// of a 20 ms fsync).
type journal struct {
	log       EventLog
	after     func(time.Duration, tea.Msg) tea.Cmd // schedules retries and the end of a hold
	saved     *session.State
	projected *session.State
	outbox    []session.Event
	writing   int      // events of the outbox being written now (its head); 0 if none
	failure   error    // the last write error, until a write succeeds
	hub       *hubLink // set on a shared session's screen: the hub's journal writes (hub_journal.go)

	clock     func() time.Time // time.Now; tests set their own
	holdQuiet time.Duration    // 0: never hold (tests and the benchmark's "before")
	fsyncTook time.Duration    // how long the last successful write took
	holding   bool             // the outbox is held for a burst to quiet
	holdStart time.Time        // when the hold began (its first action)
	lastNew   time.Time        // when the last action joined the outbox
}

// holdQuiet is how long a burst of actions must go without a new one
// before its held actions are written: longer than the gap between the
// actions of a burst (key repeat, a quick hand, one key that records
// several actions), much shorter than a slow fsync.
const holdQuiet = 3 * time.Millisecond

// slowFsync is the write time from which the journal holds bursts: below
// it, writing the first action alone costs less than a hold would.
const slowFsync = 5 * time.Millisecond

// eventsWrittenMsg reports one AppendBatch of the outbox's first n events:
// err is nil when they all reached the disk, and events are as written.
type eventsWrittenMsg struct {
	events []session.Event
	err    error
	took   time.Duration // how long the write took (with its fsync)
	shared *hubSnapshot  // instead, on a shared session: the hub's state after a save
}

// retryWriteMsg asks the journal to try the outbox again, or to see
// whether a held burst has quieted (flush).
type retryWriteMsg struct{}

func newJournal(log EventLog, events []session.Event, after func(time.Duration, tea.Msg) tea.Cmd) (*journal, error) {
	saved, err := session.Fold(events)
	if err != nil {
		return nil, err
	}
	projected := saved.Clone() // shares the turns and the events, not a second fold
	return &journal{log: log, after: after, saved: saved, projected: projected,
		clock: time.Now, holdQuiet: holdQuiet}, nil
}

// record checks events against the projected state and queues them for
// writing. It returns the command that writes, and the first refusal, if
// any: a refused event is never written.
func (j *journal) record(now time.Time, events ...session.Event) (tea.Cmd, error) {
	if j.hub != nil {
		return nil, j.hub.record(j, now, events)
	}
	for _, e := range events {
		e.V, e.Seq, e.At = session.FormatVersion, j.projected.Seq+1, now.UTC()
		if err := j.projected.Apply(e); err != nil {
			return j.arrived(), err
		}
		j.outbox = append(j.outbox, e)
	}
	return j.arrived(), nil
}

// arrived is what record does once actions joined the outbox: write them,
// or hold them for the burst to quiet, or leave them for the write under
// way or the hold to take.
func (j *journal) arrived() tea.Cmd {
	if j.writing > 0 || len(j.outbox) == 0 || j.hub != nil {
		return nil
	}
	now := j.now()
	j.lastNew = now
	switch {
	case j.holding && now.Sub(j.holdStart) < 4*j.fsyncTook+100*time.Millisecond:
		return nil // the hold's timer writes them
	case !j.holding && j.failure == nil && j.holdQuiet > 0 && j.fsyncTook >= slowFsync:
		j.holding, j.holdStart = true, now
		return j.after(j.holdQuiet, retryWriteMsg{})
	}
	// (A hold whose timer never came back, say to a screen that no longer
	// takes it, ends with the next action.)
	return j.write()
}

// flush writes everything waiting in the outbox in one batch, unless a
// write is under way (its return flushes what came meanwhile), or a held
// burst is still going on: then it looks again once it may have quieted.
// A retry and the end of a hold come here.
func (j *journal) flush() tea.Cmd {
	if j.writing > 0 || len(j.outbox) == 0 || j.hub != nil {
		return nil
	}
	if j.holding {
		now := j.now()
		quiet := now.Sub(j.lastNew)
		if quiet < j.holdQuiet && now.Sub(j.holdStart)+j.holdQuiet-quiet <= j.fsyncTook {
			return j.after(j.holdQuiet-quiet, retryWriteMsg{})
		}
	}
	return j.write()
}

func (j *journal) now() time.Time {
	if j.clock == nil {
		return time.Now()
	}
	return j.clock()
}

// write writes the whole outbox in one batch, now.
func (j *journal) write() tea.Cmd {
	j.holding = false
	batch := slices.Clone(j.outbox) // the outbox grows while the batch is written
	j.writing = len(batch)
	log := j.log
	return func() tea.Msg {
		start := time.Now()
		saved, err := log.AppendBatch(batch)
		if err != nil {
			return eventsWrittenMsg{events: batch, err: err}
		}
		return eventsWrittenMsg{events: saved, took: time.Since(start)}
	}
}

// written takes a batch's result: on success its events join the saved
// state, in order, and what waits meanwhile is written next; on failure
// they all stay first in line and a retry is scheduled. Nothing is dropped.
func (j *journal) written(msg eventsWrittenMsg) tea.Cmd {
	if msg.shared != nil {
		j.adopt(msg.shared)
		return nil
	}
	j.writing = 0
	if msg.err != nil {
		j.failure = msg.err
		return j.after(retryEvery, retryWriteMsg{})
	}
	j.failure = nil
	j.fsyncTook = msg.took
	j.outbox = j.outbox[len(msg.events):]
	for _, e := range msg.events {
		if err := j.saved.Apply(e); err != nil {
			// Cannot happen while projected and saved fold the same events;
			// keep going, and say so rather than hide it.
			j.failure = facilitation.Msg(notShown, err)
		}
	}
	if len(j.outbox) == 0 {
		return nil
	}
	return j.write() // what waited during the fsync has waited enough
}

// unsaved is how many actions are not on disk yet.
func (j *journal) unsaved() int { return len(j.outbox) }

// notShown is the catalog key of a failure that is not one: an event
// saved that the screen's state could not fold.
const notShown = "journal.not_shown"

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
