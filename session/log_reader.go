package session

import (
	"bytes"
	"io"
	"os"
	"runtime"

	"github.com/baraza-app/baraza/facilitation"
)

// ReadLog reads the whole log at path without locking or changing it, so
// that read-only commands can run while a writer is active. An incomplete
// last line (being written now, or cut short by a crash) is left out with a
// warning; a last line that is a complete event lacking only its "\n" is
// kept, as OpenWriter would keep it. A damaged complete line is a
// *CorruptError. A missing file is an error wrapping fs.ErrNotExist.
// Readers that do not need every event at once use ScanLog.
func ReadLog(path string) ([]Event, []Warning, error) {
	f, err := OpenFile(path, os.O_RDONLY, 0) // never a link or a FIFO
	if err != nil {
		return nil, nil, facilitation.Msg("log.reading_path", path, err)
	}
	defer f.Close()
	return ReadLogFrom(path, f)
}

// ReadLogFrom reads a log from r as ReadLog reads a file (path names it in
// messages): for logs that are not plain files, such as a sealed session
// decrypted in memory.
func ReadLogFrom(path string, r io.Reader) ([]Event, []Warning, error) {
	s, err := scanLog(path, r)
	if err != nil {
		return nil, nil, err
	}
	if s.tail.kind == lineTailEvent {
		s.events = append(s.events, s.tail.event)
	}
	return s.events, s.warnings, nil
}

// ScanLog calls fn with every event of the log at path, in order, holding
// only a few at a time; it stops at fn's first error and returns it.
// Warnings and errors are those of ReadLog. On a long log, the lines are
// decoded on a goroutine of their own while fn works (scanPipelined).
func ScanLog(path string, fn func(Event) error) ([]Warning, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, facilitation.Msg("log.reading_path", path, err)
	}
	defer f.Close()
	sc := NewLogScanner(path, f)
	if fi, err := f.Stat(); err == nil && fi.Size() >= pipelineMin && runtime.GOMAXPROCS(0) > 1 {
		return scanPipelined(sc, fn)
	}
	for sc.Next() {
		if err := fn(sc.Event()); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return sc.Warnings(), nil
}

// pipelineMin is the size of a log from which ScanLog decodes on a second
// goroutine: below it, the whole scan takes a few milliseconds.
const pipelineMin = 256 << 10

// pipelineBatch is how many events the decoding goroutine hands over at a
// time: few enough to stay in the caches, enough that the hand-over costs
// nothing next to decoding them.
const pipelineBatch = 256

// scanPipelined is ScanLog's loop with the scanner (reading and decoding)
// on its own goroutine, so that on two cores decoding and fn (the fold)
// overlap. The events reach fn in the same order, and the scan ends the
// same way: fn's first error, else the scanner's, else its warnings. At
// most a few batches are in flight.
func scanPipelined(sc *LogScanner, fn func(Event) error) ([]Warning, error) {
	// pipelineBatches batches go round: the scanner fills one while fn
	// takes another and one waits, and none is made beyond them.
	const pipelineBatches = 3
	full := make(chan []Event, pipelineBatches)
	free := make(chan []Event, pipelineBatches)
	for range pipelineBatches {
		free <- make([]Event, 0, pipelineBatch)
	}
	stop := make(chan struct{})
	go func() {
		defer close(full)
		b := <-free
		for sc.Next() {
			if b = append(b, sc.Event()); len(b) < pipelineBatch {
				continue
			}
			select {
			case full <- b:
			case <-stop:
				return
			}
			select {
			case b = <-free:
				b = b[:0]
			case <-stop:
				return
			}
		}
		if len(b) > 0 {
			select {
			case full <- b:
			case <-stop:
			}
		}
	}()
	stopped := false
	// However this ends (fn's error, or a panic in fn), the goroutine is
	// told to stop and has stopped before the file is closed.
	defer func() {
		if !stopped {
			close(stop)
		}
		for range full {
		}
	}()
	for b := range full {
		for i := range b {
			if err := fn(b[i]); err != nil {
				stopped = true
				close(stop)
				return nil, err
			}
		}
		free <- b // never blocks: at most pipelineBatches go round
	}
	// full is closed: the scanner is done and its goroutine gone.
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return sc.Warnings(), nil
}

// logScan is what reading a whole log found: the writer needs the tail.
type logScan struct {
	events    []Event
	warnings  []Warning
	good      int64  // bytes up to the end of the last complete line
	tailBytes []byte // bytes after the last "\n"
	tail      lineTail
}

type lineTailKind int

const (
	lineTailNone  lineTailKind = iota // the file ends with "\n" (or is empty)
	lineTailTorn                      // an incomplete line: safe to drop
	lineTailEvent                     // a whole event without its "\n": keep it
)

// lineTail classifies the bytes after the last "\n".
type lineTail struct {
	kind  lineTailKind
	event Event // lineTailEvent
	size  int   // lineTailEvent: length of the line without trailing NULs
}

// scanLog reads every event of r into memory. The tail event, if any, is
// in tail and not in events, so that the writer can add its "\n".
func scanLog(path string, r io.Reader) (*logScan, error) {
	s := &logScan{}
	// Growing the slice line by line costs more than decoding on long logs
	// (events hold pointers: every copy is barriered), and guessing from the
	// file's size wastes a third of it: count the lines first, at the speed
	// of the disk cache.
	if n, ok := countLines(r); ok {
		s.events = make([]Event, 0, n+1)
	}
	sc := NewLogScanner(path, r)
	for sc.Next() {
		if sc.kind == lineTailEvent {
			s.tail = lineTail{kind: lineTailEvent, event: sc.Event(), size: sc.tailLen}
			break
		}
		s.events = append(s.events, sc.Event())
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if sc.kind == lineTailTorn {
		s.tail.kind = lineTailTorn
	}
	s.good, s.tailBytes, s.warnings = sc.good, sc.tail, sc.Warnings()
	return s, nil
}

// countLines counts the "\n" of a file or section without moving its
// offset; ok is false for other readers.
func countLines(r io.Reader) (int, bool) {
	var ra io.ReaderAt
	var size int64
	switch r := r.(type) {
	case *os.File:
		fi, err := r.Stat()
		if err != nil {
			return 0, false
		}
		ra, size = r, fi.Size()
	case *io.SectionReader:
		ra, size = r, r.Size()
	default:
		return 0, false
	}
	buf := make([]byte, 256<<10)
	n := 0
	for off := int64(0); off < size; {
		k, err := ra.ReadAt(buf, off)
		n += bytes.Count(buf[:k], []byte("\n"))
		off += int64(k)
		if err != nil {
			break
		}
	}
	return n, true
}
