package ui

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// failingLog is a log on a disk that fails when it would write its k-th
// event (1-based, counting every event ever given to it) while failures
// last; like session.Writer, a failed batch leaves nothing of itself.
type failingLog struct {
	fakeLog
	k        int
	failures int // how many batches fail before the disk recovers
	given    int
}

func (f *failingLog) AppendBatch(events []session.Event) ([]session.Event, error) {
	if f.failures > 0 && f.given < f.k && f.given+len(events) >= f.k {
		f.failures--
		f.given += len(events)
		return nil, fmt.Errorf("saving to session log: %w", errors.New("no space left on device"))
	}
	f.given += len(events)
	return f.fakeLog.AppendBatch(events)
}

// journalFor opens a journal on a session just started, written in fake
// (which log writes to).
func journalFor(t *testing.T, log EventLog, fake *fakeLog) (*journal, *[]tea.Msg) {
	t.Helper()
	start := session.NewSessionStarted("j", harnessPlan())
	start.V, start.Seq, start.At = session.FormatVersion, 1, harnessStart
	if _, err := fake.AppendBatch([]session.Event{start}); err != nil {
		t.Fatal(err)
	}
	fake.batches = nil
	var scheduled []tea.Msg
	j, err := newJournal(log, []session.Event{start}, func(_ time.Duration, m tea.Msg) tea.Cmd {
		scheduled = append(scheduled, m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return j, &scheduled
}

// queueAll is ten actions: four people queued, removed and queued again.
func queueAll() []session.Event {
	var out []session.Event
	for _, id := range []string{"p1", "p2", "p3", "p4", "p1"} {
		out = append(out, session.Event{Type: session.SpeakerQueued, Participant: id},
			session.Event{Type: session.SpeakerRemoved, Participant: id})
	}
	return out
}

// Events recorded while a write is under way go together in the next
// batch; nothing joins the saved state before its batch's write returns;
// order is kept.
func TestGroupCommitBatchesWhatWaits(t *testing.T) {
	log := &fakeLog{}
	j, _ := journalFor(t, log, log)
	actions := queueAll()
	first, _ := j.record(harnessStart, actions[0])
	var pending []tea.Cmd
	for _, e := range actions[1:] {
		cmd, err := j.record(harnessStart, e)
		if err != nil || cmd != nil {
			t.Fatalf("a second write started while one was under way: %v", err)
		}
		pending = append(pending, cmd)
	}
	if j.saved.Seq != 1 || j.unsaved() != 10 {
		t.Fatalf("saved before any write returned: seq %d, %d unsaved", j.saved.Seq, j.unsaved())
	}
	next := j.written(first().(eventsWrittenMsg))
	if j.saved.Seq != 2 || j.unsaved() != 9 {
		t.Fatalf("after the first write: seq %d, %d unsaved", j.saved.Seq, j.unsaved())
	}
	if j.written(next().(eventsWrittenMsg)) != nil {
		t.Fatal("nothing was left to write")
	}
	if !reflect.DeepEqual(log.batches, []int{1, 9}) {
		t.Fatalf("batches %v, want [1 9]", log.batches)
	}
	if j.saved.Seq != 11 || j.unsaved() != 0 {
		t.Fatalf("end: seq %d, %d unsaved", j.saved.Seq, j.unsaved())
	}
	for i, e := range log.events[1:] {
		if e.Seq != int64(i+2) || e.Type != actions[i].Type || e.Participant != actions[i].Participant {
			t.Fatalf("event %d written as %+v, want %+v", i+1, e, actions[i])
		}
	}
}

// Whichever event of a batch the disk fails on, the whole batch stays
// unsaved, first in line, and is written once, in order, on retry: nothing
// lost, nothing twice.
func TestGroupCommitLosesNothingWhenAWriteFails(t *testing.T) {
	actions := queueAll()
	for k := 1; k <= len(actions); k++ {
		t.Run(fmt.Sprint("k=", k), func(t *testing.T) {
			log := &failingLog{k: k, failures: 2}
			j, scheduled := journalFor(t, log, &log.fakeLog)
			first, _ := j.record(harnessStart, actions[0])
			for _, e := range actions[1:] {
				j.record(harnessStart, e)
			}
			cmd := j.written(first().(eventsWrittenMsg))
			failed := j.failure != nil
			for round := 0; cmd != nil || len(*scheduled) > 0; round++ {
				if round > 10 {
					t.Fatal("never done")
				}
				if cmd == nil { // a retry was scheduled: it comes
					*scheduled = (*scheduled)[1:]
					cmd = j.flush()
					continue
				}
				msg := cmd().(eventsWrittenMsg)
				failed = failed || msg.err != nil
				savedBefore, unsavedBefore := j.saved.Seq, j.unsaved()
				cmd = j.written(msg)
				if msg.err != nil && (j.saved.Seq != savedBefore || j.unsaved() != unsavedBefore || j.failure == nil) {
					t.Fatalf("a failed write changed what is saved: seq %d→%d, unsaved %d→%d",
						savedBefore, j.saved.Seq, unsavedBefore, j.unsaved())
				}
				if msg.err == nil && int(j.saved.Seq) != len(log.events) {
					t.Fatalf("saved state at seq %d, log holds %d events", j.saved.Seq, len(log.events))
				}
			}
			if !failed {
				t.Fatal("the disk never failed")
			}
			if j.unsaved() != 0 || j.failure != nil || len(log.events) != 1+len(actions) {
				t.Fatalf("end: %d unsaved, failure %v, %d events in the log", j.unsaved(), j.failure, len(log.events))
			}
			for i, e := range log.events[1:] {
				if e.Type != actions[i].Type || e.Participant != actions[i].Participant {
					t.Fatalf("event %d is %s %s, want %s %s", i+1, e.Type, e.Participant, actions[i].Type, actions[i].Participant)
				}
			}
			if j.saved.Seq != j.projected.Seq || !reflect.DeepEqual(j.saved.Queue, j.projected.Queue) {
				t.Fatal("saved and projected states differ once everything is written")
			}
		})
	}
}

// slowJournal is a journal that has learnt its disk's fsync takes 20 ms,
// on a clock the test moves: it returns the journal, the clock, and the
// messages it scheduled.
func slowJournal(t *testing.T, log EventLog, fake *fakeLog) (*journal, *time.Time, *[]tea.Msg) {
	t.Helper()
	j, scheduled := journalFor(t, log, fake)
	clk := harnessStart
	j.clock = func() time.Time { return clk }
	j.fsyncTook = 20 * time.Millisecond
	return j, &clk, scheduled
}

// On a slow disk the first action of a burst is held until the burst has
// gone holdQuiet without a new action; then the whole burst is one write.
// Nothing is saved before that write returns.
func TestGroupCommitHoldsABurstOnASlowDisk(t *testing.T) {
	log := &fakeLog{}
	j, clk, scheduled := slowJournal(t, log, log)
	actions := queueAll()
	for i, e := range actions {
		cmd, err := j.record(harnessStart, e)
		if err != nil || cmd != nil {
			t.Fatalf("action %d: written at once (%v)", i+1, err)
		}
		*clk = clk.Add(time.Millisecond)
	}
	if len(*scheduled) != 1 || len(log.batches) != 0 || j.unsaved() != 10 || j.saved.Seq != 1 {
		t.Fatalf("during the burst: %d timers, batches %v, %d unsaved, saved seq %d",
			len(*scheduled), log.batches, j.unsaved(), j.saved.Seq)
	}
	// 1 ms after the last action: not quiet yet, look again later.
	if cmd := j.flush(); cmd != nil || len(*scheduled) != 2 {
		t.Fatalf("wrote before the burst quieted (%d timers)", len(*scheduled))
	}
	*clk = clk.Add(holdQuiet)
	cmd := j.flush()
	if cmd == nil {
		t.Fatal("the quiet burst was not written")
	}
	if j.saved.Seq != 1 {
		t.Fatal("saved before the write returned")
	}
	if next := j.written(cmd().(eventsWrittenMsg)); next != nil {
		t.Fatal("something was left to write")
	}
	if !reflect.DeepEqual(log.batches, []int{10}) || j.saved.Seq != 11 || j.unsaved() != 0 {
		t.Fatalf("batches %v, saved seq %d, %d unsaved", log.batches, j.saved.Seq, j.unsaved())
	}
	for i, e := range log.events[1:] {
		if e.Type != actions[i].Type || e.Participant != actions[i].Participant {
			t.Fatalf("event %d written as %s %s", i+1, e.Type, e.Participant)
		}
	}
}

// A burst that does not quiet is held no longer than one fsync of the
// disk; on a quick disk nothing is held at all.
func TestGroupCommitHoldIsBounded(t *testing.T) {
	log := &fakeLog{}
	j, clk, _ := slowJournal(t, log, log)
	note := session.Event{Type: session.NoteTaken, Text: "x"}
	var cmd tea.Cmd
	for ms := 0; cmd == nil; ms++ {
		if ms > 30 {
			t.Fatal("held more than 30 ms")
		}
		if c, _ := j.record(harnessStart, note); c != nil {
			t.Fatalf("action at %d ms written at once", ms)
		}
		cmd = j.flush() // the timer comes back with every action
		if cmd != nil && clk.Sub(harnessStart)+holdQuiet <= j.fsyncTook {
			t.Fatalf("written after %v, while the burst may still have quieted within one fsync", clk.Sub(harnessStart))
		}
		*clk = clk.Add(time.Millisecond)
	}
	j.written(cmd().(eventsWrittenMsg))
	if len(log.batches) != 1 || log.batches[0] < 15 {
		t.Fatalf("batches %v", log.batches)
	}

	quick := &fakeLog{}
	j, _, _ = slowJournal(t, quick, quick)
	j.fsyncTook = time.Millisecond
	if cmd, _ := j.record(harnessStart, note); cmd == nil {
		t.Fatal("held an action on a quick disk")
	}
}

// A held burst that fails to save, whichever event the disk fails on,
// stays whole and first in line; while saving fails nothing is held; the
// retry saves everything once, in order.
func TestGroupCommitHoldLosesNothingWhenAWriteFails(t *testing.T) {
	actions := queueAll()
	for k := 1; k <= len(actions); k++ {
		t.Run(fmt.Sprint("k=", k), func(t *testing.T) {
			log := &failingLog{k: k, failures: 1}
			j, clk, scheduled := slowJournal(t, log, &log.fakeLog)
			for _, e := range actions {
				j.record(harnessStart, e)
				*clk = clk.Add(time.Millisecond)
			}
			*clk = clk.Add(holdQuiet)
			msg := j.flush()().(eventsWrittenMsg)
			if msg.err == nil {
				t.Fatal("the disk did not fail")
			}
			j.written(msg)
			if j.saved.Seq != 1 || j.unsaved() != 10 || j.failure == nil || len(*scheduled) != 2 {
				t.Fatalf("after the failure: saved seq %d, %d unsaved, failure %v, %d timers",
					j.saved.Seq, j.unsaved(), j.failure, len(*scheduled))
			}
			// An action while saving fails is written at once, with the rest.
			extra := session.Event{Type: session.NoteTaken, Text: "during the failure"}
			cmd, _ := j.record(harnessStart, extra)
			if cmd == nil {
				t.Fatal("held while saving fails")
			}
			if next := j.written(cmd().(eventsWrittenMsg)); next != nil || j.failure != nil {
				t.Fatalf("retry: %v", j.failure)
			}
			want := append(append([]session.Event(nil), actions...), extra)
			if len(log.events) != 1+len(want) || j.unsaved() != 0 || j.saved.Seq != int64(len(log.events)) {
				t.Fatalf("end: %d events in the log, %d unsaved, saved seq %d", len(log.events), j.unsaved(), j.saved.Seq)
			}
			for i, e := range log.events[1:] {
				if e.Type != want[i].Type || e.Participant != want[i].Participant || e.Text != want[i].Text {
					t.Fatalf("event %d is %s %s, want %s %s", i+1, e.Type, e.Participant, want[i].Type, want[i].Participant)
				}
			}
		})
	}
}
