package session

import (
	"fmt"
	"io"
	"os"
)

// ReadLog reads the whole log at path without locking or changing it, so
// that read-only commands can run while a writer is active. An incomplete
// last line (being written now, or cut short by a crash) is left out with a
// warning; a last line that is a complete event lacking only its "\n" is
// kept, as OpenWriter would keep it. A damaged complete line is a
// *CorruptError. A missing file is an error wrapping fs.ErrNotExist.
// Readers that do not need every event at once use ScanLog.
func ReadLog(path string) ([]Event, []string, error) {
	f, err := OpenFile(path, os.O_RDONLY, 0) // never a link or a FIFO
	if err != nil {
		return nil, nil, fmt.Errorf("reading session log: %w", err)
	}
	defer f.Close()
	return ReadLogFrom(path, f)
}

// ReadLogFrom reads a log from r as ReadLog reads a file (path names it in
// messages): for logs that are not plain files, such as a sealed session
// decrypted in memory.
func ReadLogFrom(path string, r io.Reader) ([]Event, []string, error) {
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
// only one at a time; it stops at fn's first error and returns it. Warnings
// and errors are those of ReadLog.
func ScanLog(path string, fn func(Event) error) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading session log: %w", err)
	}
	defer f.Close()
	sc := NewLogScanner(path, f)
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

// logScan is what reading a whole log found: the writer needs the tail.
type logScan struct {
	events    []Event
	warnings  []string
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
	if f, ok := r.(*os.File); ok {
		// Growing the slice line by line costs more than decoding on long
		// logs (events hold pointers: every copy is barriered); lines are
		// rarely under 90 bytes.
		if fi, err := f.Stat(); err == nil {
			s.events = make([]Event, 0, fi.Size()/90+1)
		}
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

// FoldLog reads and folds the log at path in one pass, holding one event at
// a time: its memory is the state's, not the file's. It is what exports,
// the minutes preview and listings use. A fold error names the log's line.
func FoldLog(path string) (*State, []string, error) {
	s, _, warnings, err := FoldLogFirst(path)
	return s, warnings, err
}

// FoldLogFirst is FoldLog that also returns the log's first event (the
// session_started that holds the plan as recorded).
func FoldLogFirst(path string) (*State, Event, []string, error) {
	s := &State{}
	var first Event
	line := 0
	warnings, err := ScanLog(path, func(e Event) error {
		line++
		if line == 1 {
			first = e
		}
		if err := s.Apply(e); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		return nil
	})
	if err != nil {
		return nil, Event{}, warnings, err
	}
	return s, first, warnings, nil
}
