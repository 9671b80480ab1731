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

// BenchmarkGroupCommitSlowFsync: a burst of 10 actions (key presses 1 ms
// apart: the facilitator queues people quickly) on a disk whose fsync
// takes 20 ms, as an SD card or a macOS laptop's full fsync does. The
// journal runs as under Bubble Tea: writes and timers in their own
// goroutines, results back as messages. The session has saved one action
// before (so the journal knows its disk), outside the timing and the
// count. ns/op is the time from the burst's first key to its last action
// saved; fsyncs/op how many fsyncs the burst took.
//
// Modes: "hold" is the journal as it is; "no-hold" writes the first
// action of a burst at once (group commit only while a write is under
// way); "one-fsync-per-event" is the journal before group commit. Each
// also times a single action ("single": one key, then nothing), the cost
// of the hold for an ordinary key press.
func BenchmarkGroupCommitSlowFsync(b *testing.B) {
	type benchMode struct {
		name     string
		hold     bool
		oneByOne bool
		burst    int
	}
	var modes []benchMode
	for _, burst := range []int{10, 1} {
		for _, m := range []benchMode{{"hold", true, false, 0}, {"no-hold", false, false, 0}, {"one-fsync-per-event", false, true, 0}} {
			if m.burst = burst; burst == 1 {
				m.name += "/single"
			}
			modes = append(modes, m)
		}
	}
	for _, mode := range modes {
		b.Run(mode.name, func(b *testing.B) {
			var fsyncs int
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				log := &slowLog{fsync: 20 * time.Millisecond, oneByOne: mode.oneByOne}
				start := session.NewSessionStarted("j", harnessPlan())
				start.V, start.Seq, start.At = session.FormatVersion, 1, harnessStart
				log.fakeLog.AppendBatch([]session.Event{start})
				results := make(chan tea.Msg, 16)
				after := func(d time.Duration, msg tea.Msg) tea.Cmd {
					return func() tea.Msg { time.Sleep(d); return msg }
				}
				j, err := newJournal(log, []session.Event{start}, after)
				if err != nil {
					b.Fatal(err)
				}
				if !mode.hold {
					j.holdQuiet = 0
				}
				run := func(cmd tea.Cmd) {
					if cmd != nil {
						go func() { results <- cmd() }()
					}
				}
				settle := func() {
					for j.unsaved() > 0 {
						switch msg := (<-results).(type) {
						case eventsWrittenMsg:
							if msg.err != nil {
								b.Fatal(msg.err)
							}
							run(j.written(msg))
						case retryWriteMsg:
							run(j.flush())
						}
					}
				}
				// An action saved earlier in the session.
				cmd, err := j.record(harnessStart, session.Event{Type: session.NoteTaken, Text: "earlier"})
				if err != nil {
					b.Fatal(err)
				}
				run(cmd)
				settle()
				before := len(log.batches)
				b.StartTimer()
				for _, e := range queueAll()[:mode.burst] {
					cmd, err := j.record(harnessStart, e)
					if err != nil {
						b.Fatal(err)
					}
					run(cmd)
					if mode.burst > 1 {
						time.Sleep(time.Millisecond) // the next key press
					}
				}
				settle()
				if mode.oneByOne {
					fsyncs += mode.burst
				} else {
					fsyncs += len(log.batches) - before
				}
			}
			b.ReportMetric(float64(fsyncs)/float64(b.N), "fsyncs/op")
		})
	}
}
