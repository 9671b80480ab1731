//go:build unix

package session

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLogChildHelper is not a test: it is the body of the child processes
// started by the tests below (the os/exec helper-process pattern). It reports
// on stdout, one line per step, and never returns normally in "append" and
// "hold" modes: the parent kills it.
func TestLogChildHelper(t *testing.T) {
	mode, path := os.Getenv("BARAZA_LOG_CHILD"), os.Getenv("BARAZA_LOG_PATH")
	if mode == "" {
		t.Skip("helper process for the log's kill and lock tests")
	}
	say := func(format string, args ...any) { fmt.Fprintf(os.Stdout, format+"\n", args...) }
	w, _, err := OpenWriter(path)
	if err != nil {
		say("error %v", err)
		os.Exit(2)
	}
	say("ready %d", w.LastSeq())
	switch mode {
	case "hold":
		time.Sleep(time.Minute)
	case "append":
		logChildAppend(w, say)
	case "fsize":
		logChildFileSizeLimit(w, path, say)
		_ = w.Close()
		os.Exit(0)
	}
	os.Exit(4) // the parent should have killed us by now
}

// logChildAppend appends until killed, starting an append every
// logChildCycle on average (or as fast as fsync allows). A tight loop would
// grow the log by thousands of events per kill on a disk with a fast fsync,
// and reading it back 400 times would dominate the test under -race.
func logChildAppend(w *Writer, say func(string, ...any)) {
	seed, _ := strconv.ParseUint(os.Getenv("BARAZA_LOG_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(seed, 1))
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); {
		next := time.Now().Add(time.Duration(rng.Int64N(int64(2 * logChildCycle))))
		got, err := w.Append(Event{Type: NoteTaken, Text: logChildText(w.LastSeq()+1, rng)})
		if err != nil {
			say("error %v", err)
			os.Exit(3)
		}
		say("ack %d", got.Seq) // only now is the event acknowledged
		time.Sleep(time.Until(next))
	}
}

const logChildCycle = time.Millisecond

// logChildText is an event's text: it names its seq, so that the parent can
// check that every event is the one written, and is sometimes long enough to
// span pages, so that a kill can land in the middle of its write.
func logChildText(seq int64, rng *rand.Rand) string {
	n := rng.IntN(60)
	if rng.IntN(200) == 0 {
		n = 2048 + rng.IntN(4096)
	}
	return fmt.Sprintf("seq %d ", seq) + strings.Repeat("é", n/2)
}

func TestKillAtRandomMomentsLosesNothing(t *testing.T) {
	// 200 in CI; BARAZA_KILLS=1000 (the nightly length) or any other count.
	kills := 200
	if s := os.Getenv("BARAZA_KILLS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("BARAZA_KILLS=%q: want a number of kills", s)
		}
		kills = n
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("BARAZA_KILL_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("seed %d (rerun with BARAZA_KILL_SEED=%d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	path := t.TempDir() + "/log.jsonl"
	var acked int64  // the highest seq acknowledged by a child or seen in the log
	var prev []Event // the log as last reopened
	var stats struct{ early, unacked, repaired int }
	var warnings []Warning
	start := time.Now()
	for i := range kills {
		delay := time.Duration(rng.IntN(40_001)) * time.Microsecond
		// One kill in eight is timed from the start, so that some land while
		// the child is still opening (and maybe repairing) the log.
		child := logStartChild(t, "append", path, rng.Uint64())
		if i%8 != 0 {
			child.waitReady(t)
		}
		time.Sleep(delay)
		ack, out := child.kill(t)
		acked = max(acked, ack)
		if !strings.Contains(out, "ready") {
			stats.early++
		}

		w, events, err := OpenWriter(path)
		if err != nil {
			t.Fatalf("kill %d (after %v): reopening: %v\nchild said:\n%s", i+1, delay, err, out)
		}
		if int64(len(events)) < acked {
			t.Fatalf("kill %d (after %v): %d events, but seq %d was acknowledged", i+1, delay, len(events), acked)
		}
		if len(prev) > 0 && !reflect.DeepEqual(events[:len(prev)], prev) {
			t.Fatalf("kill %d (after %v): events saved before this child changed", i+1, delay)
		}
		for j, e := range events[len(prev):] {
			seq := len(prev) + j + 1
			if e.Seq != int64(seq) || !strings.HasPrefix(e.Text, fmt.Sprintf("seq %d ", seq)) {
				t.Fatalf("kill %d: event %d is seq %d, text %.20q", i+1, seq, e.Seq, e.Text)
			}
		}
		prev = events
		if int64(len(events)) > acked {
			stats.unacked++ // saved, but killed before it said so: fine
			acked = int64(len(events))
		}
		if len(w.Warnings()) > 0 {
			stats.repaired++
			warnings = append(warnings, w.Warnings()...)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	events, readWarnings, err := ReadLog(path)
	if err != nil || len(readWarnings) != 0 || int64(len(events)) != acked {
		t.Fatalf("final read: %d events, %v, %q", len(events), err, readWarnings)
	}
	t.Logf("%d kills in %v: %d events; %d kills before the log was open, %d after an unacknowledged save, "+
		"%d torn tails repaired %q", kills, time.Since(start).Round(time.Millisecond), len(events),
		stats.early, stats.unacked, stats.repaired, warnings)
}

// A lock held by a process that died is free: the kernel drops it.
func TestLockOfKilledProcessIsReleased(t *testing.T) {
	path := t.TempDir() + "/log.jsonl"
	child := logStartChild(t, "hold", path, 0)
	child.waitReady(t)
	_, _, err := OpenWriter(path)
	var le *LockedError
	if !errors.As(err, &le) || !strings.HasPrefix(le.Holder, fmt.Sprintf("pid %d on ", child.cmd.Process.Pid)) {
		t.Fatalf("while the child holds the log: %v", err)
	}
	child.kill(t)
	w, _, err := OpenWriter(path)
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	_ = w.Close()
}

// With a real OS error (file size limit: EFBIG after a partial write), a
// failed append is cut back and the next one succeeds.
func TestAppendBeyondFileSizeLimit(t *testing.T) {
	path := t.TempDir() + "/log.jsonl"
	child := logStartChild(t, "fsize", path, 0)
	child.waitReady(t)
	if err := child.wait(); err != nil {
		t.Fatalf("child: %v\n%s%s", err, child.output(), child.stderr.String())
	}
	want := "ready 0\nacked 3\nEFBIG\nsize unchanged\nack 4\n"
	if got := child.output(); got != want {
		t.Fatalf("child said:\n%s\nwant\n%s", got, want)
	}
	events, warnings, err := ReadLog(path)
	if err != nil || len(warnings) != 0 {
		t.Fatal(err, warnings)
	}
	logCheckSeqs(t, events, 4)
}

func logChildFileSizeLimit(w *Writer, path string, say func(string, ...any)) {
	if _, err := w.AppendBatch(logNotes(3)); err != nil {
		say("error %v", err)
		return
	}
	say("acked 3")
	fi, _ := os.Stat(path)
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		say("error %v", err)
		return
	}
	small := syscall.Rlimit{Cur: uint64(fi.Size()) + 100, Max: lim.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &small); err != nil {
		say("error %v", err)
		return
	}
	_, err := w.Append(Event{Type: NoteTaken, Text: strings.Repeat("x", 1000)})
	if errors.Is(err, syscall.EFBIG) {
		say("EFBIG")
	} else {
		say("error %v", err)
	}
	if fi2, _ := os.Stat(path); fi2.Size() == fi.Size() {
		say("size unchanged")
	}
	_ = syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim)
	if e, err := w.Append(Event{Type: NoteTaken}); err != nil {
		say("error %v", err)
	} else {
		say("ack %d", e.Seq)
	}
}
