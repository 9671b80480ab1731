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
