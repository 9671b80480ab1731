package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// slowLog is a disk whose fsync takes fsync: each AppendBatch costs one,
// or one per event when oneByOne (how the journal wrote before group
// commit: one event, one write, one fsync).
type slowLog struct {
	fakeLog
	fsync    time.Duration
	oneByOne bool
}

func (s *slowLog) AppendBatch(events []session.Event) ([]session.Event, error) {
	n := 1
	if s.oneByOne {
		n = len(events)
	}
	time.Sleep(time.Duration(n) * s.fsync)
	return s.fakeLog.AppendBatch(events)
}

// BenchmarkGroupCommitSlowFsync: a burst of 10 actions (key presses a few
// ms apart: the facilitator queues people quickly) on a disk whose fsync
// takes 20 ms, as an SD card or a macOS laptop's full fsync does. The
// journal runs as under Bubble Tea: writes in their own goroutine, results
// back as messages. ns/op is the time from the first key to the last
// action saved; fsyncs/op how many fsyncs that took.
func BenchmarkGroupCommitSlowFsync(b *testing.B) {
	for _, mode := range []struct {
		name     string
		oneByOne bool
	}{{"group-commit", false}, {"one-fsync-per-event", true}} {
		b.Run(mode.name, func(b *testing.B) {
			var fsyncs int
			for i := 0; i < b.N; i++ {
				log := &slowLog{fsync: 20 * time.Millisecond, oneByOne: mode.oneByOne}
				start := session.NewSessionStarted("j", harnessPlan())
				start.V, start.Seq, start.At = session.FormatVersion, 1, harnessStart
				log.fakeLog.AppendBatch([]session.Event{start})
				j, err := newJournal(log, []session.Event{start}, func(time.Duration, tea.Msg) tea.Cmd { return nil })
				if err != nil {
					b.Fatal(err)
				}
				results := make(chan tea.Msg, 16)
				run := func(cmd tea.Cmd) {
					if cmd != nil {
						go func() { results <- cmd() }()
					}
				}
				for _, e := range queueAll() {
					cmd, err := j.record(harnessStart, e)
					if err != nil {
						b.Fatal(err)
					}
					run(cmd)
					time.Sleep(time.Millisecond) // the next key press
				}
				for j.unsaved() > 0 {
					msg := (<-results).(eventsWrittenMsg)
					if msg.err != nil {
						b.Fatal(msg.err)
					}
					run(j.written(msg))
				}
				if mode.oneByOne {
					fsyncs += 10
				} else {
					fsyncs += len(log.batches)
				}
			}
			b.ReportMetric(float64(fsyncs)/float64(b.N), "fsyncs/op")
		})
	}
}
