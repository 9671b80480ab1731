package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session/logtest"
)

// benchArchive is a data directory holding one session of turns turns
// among 200 people, its log written as baraza writes it; it returns the
// directory and the session's id.
func benchArchive(b *testing.B, turns int) (string, string) {
	b.Helper()
	data := b.TempDir()
	const id = "2026-03-14-0900-kalehe"
	dir := filepath.Join(data, "sessions", id)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		b.Fatal(err)
	}
	if _, err := logtest.Write(dir, logtest.Events(200, turns)); err != nil {
		b.Fatal(err)
	}
	return data, id
}

// BenchmarkExportCommand10kTurns is `baraza export` as the user runs it:
// the whole command, in-process as main runs it, from the log on disk (a
// session of 10,000 turns, ~32,000 events, 200 people) to the output
// written. peak-MiB is the most heap in use at any moment of the runs.
func BenchmarkExportCommand10kTurns(b *testing.B) {
	data, id := benchArchive(b, 10_000)
	for _, c := range []struct{ name, args string }{
		{"md", ""}, {"json", "--format json"}, {"csv", "--format csv"}, {"md-anonymous", "--anonymous"},
	} {
		b.Run(c.name, func(b *testing.B) {
			args := append([]string{"--data-dir", data, "export", id}, strings.Fields(c.args)...)
			peak := peakHeap(b, func() {
				if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			})
			b.ReportMetric(peak, "peak-MiB")
		})
	}
}

// peakHeap runs f b.N times and returns the highest heap in use seen by a
// sampler that reads the runtime's metrics every 2 ms (MiB).
func peakHeap(b *testing.B, f func()) float64 {
	runtime.GC()
	stop := make(chan struct{})
	done := make(chan uint64)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := func() {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
		for {
			select {
			case <-stop:
				tick()
				done <- peak
				return
			default:
				tick()
				time.Sleep(2 * time.Millisecond)
			}
		}
	}()
	b.ResetTimer()
	var cpu logtest.CPUMeter
	cpu.Start()
	for i := 0; i < b.N; i++ {
		f()
	}
	b.StopTimer()
	b.ReportMetric(cpu.PerOp(b.N), "cpu-ms/op")
	close(stop)
	return float64(<-done) / (1 << 20)
}

// BenchmarkExportCommand1_1M is `baraza export` of a 1.1-million-event log
// (about 350,000 turns, 200 people, ~140 MB): the whole command, from the
// file to the Markdown, with the peak heap.
func BenchmarkExportCommand1_1M(b *testing.B) {
	data, id := benchArchive(b, 348_000)
	args := []string{"--data-dir", data, "export", id}
	peak := peakHeap(b, func() {
		if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	})
	b.ReportMetric(peak, "peak-MiB")
}
