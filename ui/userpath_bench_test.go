package ui

import (
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/logtest"
	"github.com/baraza-app/baraza/sessions"
)

// Benchmarks of the user's path: from the log file on disk, through the
// archive as the commands read it, to the first frame.

// archiveWith writes a session of about n events among 200 people into a
// fresh data directory, as baraza lays it out.
func archiveWith(b *testing.B, n int) (*sessions.Archive, string) {
	b.Helper()
	data := b.TempDir()
	const id = "2026-03-14-0900-kalehe"
	dir := filepath.Join(data, "sessions", id)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		b.Fatal(err)
	}
	if _, err := logtest.Write(dir, logtest.EventsN(200, n)); err != nil {
		b.Fatal(err)
	}
	return sessions.Open(data), id
}

// liveHeapMiB is the heap still in use after a collection: what the
// screen holds.
func liveHeapMiB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

// BenchmarkReplayUserPath100k opens the replay of a 100,000-event session
// as `baraza replay` does (archive, log on disk, timeline, first frame),
// then seeks 100 times to random moments, drawing each frame. It reports
// the open and the average seek, and the heap the replay holds after the
// open and after the seeks (heap-open-MiB, heap-seeks-MiB).
func BenchmarkReplayUserPath100k(b *testing.B) {
	a, id := archiveWith(b, 100_000)
	var openTime, seekTime, openCPU time.Duration
	var heapOpen, heapSeeks float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start, cpu := time.Now(), logtest.CPUTime()
		rec, err := a.OpenRecording(id)
		if err != nil {
			b.Fatal(err)
		}
		r := benchReplay(b, rec.Events)
		_ = r.View()
		openTime += time.Since(start)
		openCPU += logtest.CPUTime() - cpu
		b.StopTimer()
		heapOpen = max(heapOpen, liveHeapMiB())
		b.StartTimer()
		rng := rand.New(rand.NewSource(int64(i)))
		start = time.Now()
		for range 100 {
			r.seekTo(rng.Intn(r.tl.Len()) + 1)
			_ = r.View()
		}
		seekTime += time.Since(start)
		b.StopTimer()
		heapSeeks = max(heapSeeks, liveHeapMiB())
		runtime.KeepAlive(r)
		b.StartTimer()
	}
	b.ReportMetric(float64(openTime.Milliseconds())/float64(b.N), "open-ms")
	b.ReportMetric(float64(openCPU.Milliseconds())/float64(b.N), "open-cpu-ms")
	b.ReportMetric(float64(seekTime.Microseconds())/float64(b.N*100)/1000, "seek-ms")
	b.ReportMetric(heapOpen, "heap-open-MiB")
	b.ReportMetric(heapSeeks, "heap-seeks-MiB")
}

// BenchmarkResumeUserPath100k resumes a 100,000-event session as `baraza
// resume` does: lock and read the log, fold it, first frame of the live
// screen; heap-MiB is what the live screen then holds.
func BenchmarkResumeUserPath100k(b *testing.B) {
	a, id := archiveWith(b, 100_000)
	var heap float64
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c0 := logtest.CPUTime()
		w, err := a.OpenForWriting(id)
		if err != nil {
			b.Fatal(err)
		}
		now := w.Events[len(w.Events)-1].At
		m, err := newLive(benchCommon(now), w.Log, w.Events)
		if err != nil {
			b.Fatal(err)
		}
		_ = m.View()
		cpu += logtest.CPUTime() - c0
		b.StopTimer()
		w.Events = nil // the app hands them to the screen and lets them go
		heap = max(heap, liveHeapMiB())
		runtime.KeepAlive(m)
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(heap, "heap-MiB")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms")
}

// BenchmarkPreviewUserPath10kTurns opens the minutes preview of a session
// of 10,000 turns (200 people) from the home screen, at 100x30: the log
// streamed through the fold, the minutes built, rendered by glamour section
// by section. first-ms is when the top of the minutes shows (the first
// screens' sections); ns/op is when all of it is rendered. live-ms is a
// refresh after one more event, as on the live screen: only the sections
// that changed are rendered again.
func BenchmarkPreviewUserPath10kTurns(b *testing.B) {
	a, id := archiveWith(b, 31_600)
	c := benchCommon(time.Now())
	c.theme = Theme{Dark: true}
	var first, live, firstCPU time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start, c0 := time.Now(), logtest.CPUTime()
		_, st, err := a.FoldRecording(id)
		if err != nil {
			b.Fatal(err)
		}
		p := newPreview(c, "")
		msg := p.refresh(st, 100, 30)().(previewRenderedMsg)
		first += time.Since(start)
		firstCPU += logtest.CPUTime() - c0
		for msg.partial || msg.err != nil {
			if msg.err != nil {
				b.Fatal(msg.err)
			}
			cmd, _ := p.update(msg, st)
			msg = cmd().(previewRenderedMsg)
		}
		p.update(msg, st)
		b.StopTimer()
		if err := st.Apply(session.Event{Type: session.NoteTaken, Seq: st.Seq + 1, At: st.LastAt, Text: "Pause"}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start = time.Now()
		if cmd := p.refresh(st, 100, 30); cmd != nil {
			p.update(cmd().(previewRenderedMsg), st)
		}
		live += time.Since(start)
	}
	b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-ms")
	b.ReportMetric(float64(firstCPU.Milliseconds())/float64(b.N), "first-cpu-ms")
	b.ReportMetric(float64(live.Milliseconds())/float64(b.N), "live-ms")
}

// benchCommon is the screens' shared context at 120x40, its clock stopped
// at now.
func benchCommon(now time.Time) *common {
	return &common{
		st: NewStyles(lipgloss.NewRenderer(nil)), cat: harnessCatalog(), now: func() time.Time { return now },
		after: func(time.Duration, tea.Msg) tea.Cmd { return nil }, width: 120, height: 40,
	}
}

// BenchmarkReplayUserPath1_1M: `baraza replay` of a 1.1-million-event log
// (issue 12: first frame under 1 s), from the file to the first frame
// (the archive reads the first events, sessions.Archive.OpenReplay), with
// the heap the replay then holds; then the rest of the log read in the
// background as under Bubble Tea (every chunk's command run and its
// message handled), with the time to the whole timeline and the heap
// after it (all-ms, heap-all-MiB). first-ms is the wall clock to the
// first frame, cpu-ms its processor time.
func BenchmarkReplayUserPath1_1M(b *testing.B) {
	a, id := archiveWith(b, 1_100_000)
	var heap, heapAll float64
	var cpu, first, all time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start, c0 := time.Now(), logtest.CPUTime()
		rec, err := a.OpenReplay(id, ReplayFirstEvents)
		if err != nil {
			b.Fatal(err)
		}
		r, err := newReplay(benchCommon(time.Now()), rec, nil)
		if err != nil {
			b.Fatal(err)
		}
		_ = r.View()
		first += time.Since(start)
		cpu += logtest.CPUTime() - c0
		b.StopTimer()
		heap = max(heap, liveHeapMiB())
		b.StartTimer()
		for cmd := r.Init(); cmd != nil; {
			cmd = r.Update(cmd())
		}
		if r.tl.Loading() || r.tl.Len() < 1_000_000 {
			b.Fatalf("read %d events", r.tl.Len())
		}
		_ = r.View()
		all += time.Since(start)
		b.StopTimer()
		heapAll = max(heapAll, liveHeapMiB())
		runtime.KeepAlive(r)
		b.StartTimer()
	}
	b.ReportMetric(heap, "heap-MiB")
	b.ReportMetric(heapAll, "heap-all-MiB")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms")
	b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-ms")
	b.ReportMetric(float64(all.Milliseconds())/float64(b.N), "all-ms")
}
