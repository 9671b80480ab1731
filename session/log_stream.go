package session

import (
	"bytes"
	"io"
	"os"

	"github.com/baraza-app/baraza/facilitation"
)

// LogStream reads a log a chunk of events at a time, for readers that show
// something before the whole log is read (replay's first frame). It reads
// exactly what ReadLog reads (a last event without its "\n" included, a
// torn last line left out with a warning) through the same scanner.
type LogStream struct {
	f        *os.File
	sc       *LogScanner
	expected int // events the file holds when opened, at most
	read     int
	done     bool
}

// OpenLogStream opens the log at path for reading in chunks; it never
// follows a link and never locks or changes the log.
func OpenLogStream(path string) (*LogStream, error) {
	f, err := OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, facilitation.Msg("log.reading_path", path, err)
	}
	n, err := newlines(f)
	if err != nil {
		f.Close()
		return nil, facilitation.Msg("log.reading_path", path, err)
	}
	return &LogStream{f: f, sc: NewLogScanner(path, f), expected: n + 1}, nil
}

// newlines counts the lines of f at the speed of the disk cache, without
// moving its offset.
func newlines(f *os.File) (int, error) {
	buf := make([]byte, 256<<10)
	n := 0
	for off := int64(0); ; {
		k, err := f.ReadAt(buf, off)
		n += bytes.Count(buf[:k], []byte{'\n'})
		off += int64(k)
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// Expected is how many events the log held when it was opened, at most
// (its lines, and a last one without "\n"): the size to allocate for all
// of them. Events appended later are not read.
func (s *LogStream) Expected() int { return s.expected }

// Read reads up to len(dst) events into dst and returns how many. At the
// end of the log it returns io.EOF (with the last events, if any) and
// closes the file; a damaged line is the scanner's *CorruptError.
func (s *LogStream) Read(dst []Event) (int, error) {
	if s.done {
		return 0, io.EOF
	}
	n := 0
	for n < len(dst) && s.read < s.expected {
		if !s.sc.Next() {
			break
		}
		dst[n] = s.sc.Event()
		n++
		s.read++
	}
	if n == len(dst) && s.read < s.expected {
		return n, nil
	}
	s.Close()
	if err := s.sc.Err(); err != nil {
		return n, err
	}
	return n, io.EOF
}

// Warnings are ReadLog's, once Read has returned io.EOF.
func (s *LogStream) Warnings() []Warning { return s.sc.Warnings() }

// Close closes the file (Read closes it at the end); Read then returns
// io.EOF.
func (s *LogStream) Close() error {
	s.done = true
	f := s.f
	if f == nil {
		return nil
	}
	s.f = nil
	return f.Close()
}
