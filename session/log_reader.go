package session

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// ReadLog reads the whole log at path without locking or changing it, so
// that read-only commands (export, replay) can run while a writer is active.
// An incomplete last line (being written now, or cut short by a crash) is
// left out with a warning; a last line that is a complete event lacking only
// its "\n" is kept, as OpenWriter would keep it. A damaged complete line is a
// *CorruptError. A missing file is an error wrapping fs.ErrNotExist.
func ReadLog(path string) ([]Event, []string, error) {
	f, err := os.Open(path)
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
	var warnings []string
	switch s.tail.kind {
	case lineTailTorn:
		warnings = append(warnings, fmt.Sprintf("%s: ignored an incomplete last line (%d bytes): "+
			"it is being written now, or was cut short by a crash", path, len(s.tailBytes)))
	case lineTailEvent:
		s.events = append(s.events, s.tail.event)
		warnings = append(warnings, fmt.Sprintf("%s: the last line has no final newline", path))
	}
	return s.events, warnings, nil
}

// logScan is what reading a log found.
type logScan struct {
	events    []Event
	good      int64  // bytes up to the end of the last complete line
	lines     int    // number of complete lines
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

// scanLog reads every line of r. It reads with bufio.Reader rather than
// bufio.Scanner, whose 64 KiB line limit long notes could exceed.
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
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := br.ReadBytes('\n')
		if err == io.EOF {
			s.tailBytes = line
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading session log %s: %w", path, err)
		}
		s.lines++
		e, err := s.decodeNext(line)
		if err != nil {
			return nil, &CorruptError{File: path, Line: s.lines, Err: err}
		}
		s.events = append(s.events, e)
		s.good += int64(len(line))
	}
	if len(s.tailBytes) == 0 {
		return s, nil
	}
	tail, err := s.classifyTail()
	if err != nil {
		return nil, &CorruptError{File: path, Line: s.lines + 1, Err: err}
	}
	s.tail = tail
	return s, nil
}

// decodeNext decodes the next line and checks that its seq follows.
func (s *logScan) decodeNext(line []byte) (Event, error) {
	e, err := DecodeLine(line)
	if err != nil {
		return Event{}, err
	}
	want := int64(1)
	if n := len(s.events); n > 0 {
		want = s.events[n-1].Seq + 1
	}
	if e.Seq != want {
		return Event{}, fmt.Errorf("seq %d where %d was expected", e.Seq, want)
	}
	return e, nil
}

// classifyTail decides what the unterminated last line is. A crash while
// appending leaves a prefix of the line, possibly followed by NUL bytes
// (file size extended before the data reached the disk). Only bytes that
// cannot be a complete JSON value count as torn: a complete value that is
// not a valid event (say, from a newer baraza) is damage, not a torn write.
func (s *logScan) classifyTail() (lineTail, error) {
	t := bytes.TrimRight(s.tailBytes, "\x00")
	if !json.Valid(t) {
		return lineTail{kind: lineTailTorn}, nil
	}
	e, err := s.decodeNext(t)
	if err != nil {
		return lineTail{}, err
	}
	return lineTail{kind: lineTailEvent, event: e, size: len(t)}, nil
}
