package session

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/baraza-app/baraza/facilitation"
)

// A Warning is what a reader of a log should know (an incomplete last line
// left out, a repair): a catalog message ("log.warn.*"), so that each
// program says it in its own language; its String is English.
type Warning = facilitation.Message

// LogScanner reads a log one event at a time, so that a reader's memory is
// the state it builds, not the file: every reader of a log (ReadLog, the
// writer's open, exports, replay) goes through it. Lines are read into a
// reused buffer and decoded with one reused decoder.
//
//	sc := NewLogScanner(path, f)
//	for sc.Next() {
//		use(sc.Event())
//	}
//	if err := sc.Err(); err != nil { ... }
//
// A complete line that is not a valid event, or whose seq does not follow,
// stops the scan with a *CorruptError naming the file and line. The bytes
// after the last "\n" are classified by Tail once Next has returned false: a
// complete event lacking only its "\n" is returned by Next as the last event
// (Tail says so), a torn line is not.
type LogScanner struct {
	path    string
	br      *bufio.Reader
	dec     lineDecoder
	long    []byte // a line longer than br's buffer, assembled here
	ev      Event
	lastSeq int64
	lines   int   // complete lines read
	good    int64 // bytes up to the end of the last complete line
	tail    []byte
	kind    lineTailKind
	tailLen int // lineTailEvent: length of the line without trailing NULs
	err     error
	done    bool
}

// NewLogScanner reads the log r; path is only used in messages.
func NewLogScanner(path string, r io.Reader) *LogScanner {
	s := &LogScanner{path: path, br: bufio.NewReaderSize(r, 64<<10)}
	s.dec.intern = make(map[string]string, 256)
	return s
}

// Next reads the next event; it returns false at the end of the log or on
// an error (see Err).
func (s *LogScanner) Next() bool {
	if s.done {
		return false
	}
	line, err := s.readLine()
	if err == io.EOF {
		s.done = true
		return s.classifyTail(line)
	}
	if err != nil {
		return s.fail(facilitation.Msg("log.reading_path", s.path, err))
	}
	s.lines++
	if err := s.decodeNext(line); err != nil {
		return s.fail(&CorruptError{File: s.path, Line: s.lines, Err: err})
	}
	s.good += int64(len(line))
	return true
}

// readLine returns the next line with its "\n", valid until the next call,
// or the bytes after the last "\n" with io.EOF.
func (s *LogScanner) readLine() ([]byte, error) {
	line, err := s.br.ReadSlice('\n')
	if !errors.Is(err, bufio.ErrBufferFull) {
		return line, err
	}
	s.long = append(s.long[:0], line...)
	for errors.Is(err, bufio.ErrBufferFull) {
		line, err = s.br.ReadSlice('\n')
		s.long = append(s.long, line...)
	}
	return s.long, err
}

// decodeNext decodes line into s.ev and checks that its seq follows.
func (s *LogScanner) decodeNext(line []byte) error {
	if err := s.dec.decodeInto(line, &s.ev); err != nil {
		return err
	}
	if want := s.lastSeq + 1; s.ev.Seq != want {
		return facilitation.Msg("log.seq_expected", s.ev.Seq, want)
	}
	s.lastSeq = s.ev.Seq
	return nil
}

// classifyTail decides what the unterminated last line is. A crash while
// appending leaves a prefix of the line, possibly followed by NUL bytes
// (file size extended before the data reached the disk). Only bytes that
// cannot be a complete JSON value count as torn: a complete value that is
// not a valid event (say, from a newer baraza) is damage, not a torn write.
func (s *LogScanner) classifyTail(rest []byte) bool {
	if len(rest) == 0 {
		return false
	}
	s.tail = append([]byte(nil), rest...)
	t := bytes.TrimRight(s.tail, "\x00")
	if !json.Valid(t) {
		s.kind = lineTailTorn
		return false
	}
	if err := s.decodeNext(t); err != nil {
		return s.fail(&CorruptError{File: s.path, Line: s.lines + 1, Err: err})
	}
	s.kind, s.tailLen = lineTailEvent, len(t)
	return true
}

func (s *LogScanner) fail(err error) bool {
	s.err, s.done = err, true
	return false
}

// Event is the event Next has just read.
func (s *LogScanner) Event() Event { return s.ev }

// Err is what stopped the scan, or nil at the end of a readable log.
func (s *LogScanner) Err() error { return s.err }

// Line is the number of the line of the event Next has just read.
func (s *LogScanner) Line() int {
	if s.kind == lineTailEvent {
		return s.lines + 1
	}
	return s.lines
}

// Warnings says what a reader should know about the end of the log once
// the scan is over: an incomplete last line left out, or a last event
// without its "\n".
func (s *LogScanner) Warnings() []Warning {
	switch s.kind {
	case lineTailTorn:
		return []Warning{facilitation.Msg("log.warn.torn_tail", s.path, len(s.tail))}
	case lineTailEvent:
		return []Warning{facilitation.Msg("log.warn.no_final_newline", s.path)}
	}
	return nil
}
