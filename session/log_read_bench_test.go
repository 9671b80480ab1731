package session_test

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/logtest"
)

// benchLogFile writes a log of about n events among 200 people.
func benchLogFile(b *testing.B, n int) string {
	b.Helper()
	path, err := logtest.Write(b.TempDir(), logtest.EventsN(200, n))
	if err != nil {
		b.Fatal(err)
	}
	return path
}

// readLines reads the file at path and splits its lines, doing nothing
// with them: the least any reader of the log must do.
func readLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	n := 0
	for {
		_, err := br.ReadSlice('\n')
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return n, err
		}
		n++
	}
}

// BenchmarkDecodeFold100k reads a 100,000-event log from disk and folds
// it, as export and resume do. It also times reading the same bytes and
// splitting their lines (read-ms/op), and reports the ratio
// (x-bytes-read): how far decoding and folding are from the speed of the
// disk. cpu-ms/op is the processor time of the fold alone (the figure to
// trust on a busy machine).
func BenchmarkDecodeFold100k(b *testing.B) {
	path := benchLogFile(b, 100_000)
	var cpu logtest.CPUMeter
	b.ResetTimer()
	cpu.Start()
	for i := 0; i < b.N; i++ {
		if _, _, err := session.FoldLog(path); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(cpu.PerOp(b.N), "cpu-ms/op")
	perOp := b.Elapsed() / time.Duration(b.N)
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if _, err := readLines(path); err != nil {
			b.Fatal(err)
		}
	}
	read := time.Since(start) / time.Duration(b.N)
	b.ReportMetric(float64(read)/float64(time.Millisecond), "read-ms/op")
	b.ReportMetric(float64(perOp)/float64(read), "x-bytes-read")
}

// BenchmarkReadLog100k: ReadLog alone (every event in memory, no fold).
func BenchmarkReadLog100k(b *testing.B) {
	path := benchLogFile(b, 100_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := session.ReadLog(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScan100k decodes the 100,000 lines of a log already in memory
// with a LogScanner, folding nothing: the decoder's own cost (ns/event).
func BenchmarkScan100k(b *testing.B) {
	data, err := os.ReadFile(benchLogFile(b, 100_000))
	if err != nil {
		b.Fatal(err)
	}
	var cpu logtest.CPUMeter
	b.ResetTimer()
	cpu.Start()
	n := 0
	for i := 0; i < b.N; i++ {
		sc := session.NewLogScanner("log.jsonl", bytes.NewReader(data))
		for sc.Next() {
			n++
		}
		if err := sc.Err(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(cpu.PerOp(b.N), "cpu-ms/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/event")
}
