package session

import (
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/baraza-app/baraza/facilitation"
)

// FoldLog reads and folds the log at path holding one event at a time:
// its memory is the state's, not the file's. It is what exports, the
// minutes preview and listings use. A fold error names the log's line.
//
// Corrections change how earlier events fold, so a quick first pass finds
// them (only lines that mention "corrected" are decoded); the second pass
// folds every event once, as Fold does, keeping only what the corrections
// and the minutes need (fold_memory.go). A log whose corrections the first
// pass did not see as the second read them (a line written meanwhile, an
// odd spelling of the type) is read whole and folded the usual way.
func FoldLog(path string) (*State, []Warning, error) {
	s, _, warnings, err := FoldLogFirst(path)
	return s, warnings, err
}

// FoldLogFirst is FoldLog that also returns the log's first event (the
// session_started that holds the plan as recorded).
func FoldLogFirst(path string) (*State, Event, []Warning, error) {
	fixes, err := scanCorrections(path)
	if err != nil {
		return nil, Event{}, nil, err
	}
	var closedAt *State
	if afterClose(fixes) {
		// The state at the close must not show the amendments made after
		// it: fold up to the close with the corrections made before it.
		var during []Event
		for _, f := range fixes {
			if !f.AfterClose {
				during = append(during, f)
			}
		}
		st, _, _, err := foldStream(path, during, true)
		if errors.Is(err, errUnforeseen) {
			return foldWhole(path)
		}
		if err != nil {
			return nil, Event{}, nil, err
		}
		closedAt = st
	}
	st, first, warnings, err := foldStream(path, fixes, false)
	if errors.Is(err, errUnforeseen) {
		return foldWhole(path)
	}
	if err != nil {
		return nil, Event{}, warnings, err
	}
	if closedAt != nil {
		closedAt.stream = nil
		st.stream.closed = closedAt
	}
	return st, first, warnings, nil
}

// errUnforeseen: the fold met a correction the first pass had not found.
var errUnforeseen = errors.New("a correction the first pass did not find")

// foldStream folds the log at path with the corrections fixes found
// ahead; toClose stops after session_closed.
func foldStream(path string, fixes []Event, toClose bool) (*State, Event, []Warning, error) {
	st := &streamed{edits: editsOf(fixes), fixes: map[int64]bool{}, originals: map[int64]Event{}}
	if st.edits == nil {
		st.edits = map[int64]*edit{}
	}
	for _, f := range fixes {
		st.fixes[f.Seq] = true
	}
	s := &State{stream: st}
	var first Event
	errClosed := errors.New("closed")
	warnings, err := ScanLog(path, func(e Event) error {
		if e.Seq == 1 {
			first = e
		}
		if e.Type == Corrected && !st.fixes[e.Seq] {
			return errUnforeseen
		}
		if ed := st.edits[e.Seq]; ed != nil && e.Type != Corrected {
			e.edit = ed
		}
		if err := s.fold(e); err != nil {
			return foldErrorAt(path, err) // the seq is the line: "log.jsonl:60: ..."
		}
		if toClose && s.Closed {
			return errClosed
		}
		return nil
	})
	if errors.Is(err, errClosed) {
		return s, first, warnings, nil
	}
	if err != nil {
		return nil, Event{}, warnings, err
	}
	if !toClose && st.folded != len(fixes) {
		return nil, Event{}, warnings, errUnforeseen // the log changed between the passes
	}
	return s, first, warnings, nil
}

// foldWhole reads the whole log and folds it: the way for the rare log
// foldStream cannot take.
func foldWhole(path string) (*State, Event, []Warning, error) {
	events, warnings, err := ReadLog(path)
	if err != nil {
		return nil, Event{}, warnings, err
	}
	st, err := FoldEventsOf(path, events)
	if err != nil {
		return nil, Event{}, warnings, err
	}
	var first Event
	if len(events) > 0 {
		first = events[0]
	}
	return st, first, warnings, nil
}

// afterClose says whether some correction is an amendment after the close.
func afterClose(fixes []Event) bool {
	for _, f := range fixes {
		if f.AfterClose {
			return true
		}
	}
	return false
}

// scanCorrections returns the corrections of the log at path, found
// quickly: the file is read in large blocks searched for "corrected" (at
// the speed of memory), and only the lines that hold it are decoded. A
// line that does not decode is left for the fold's reading to report.
func scanCorrections(path string) ([]Event, error) {
	f, err := OpenFile(path, os.O_RDONLY, 0) // never a link or a FIFO
	if err != nil {
		return nil, facilitation.Msg("log.reading_path", path, err)
	}
	defer f.Close()
	var fixes []Event
	take := func(line []byte) {
		if e, derr := DecodeLine(bytes.TrimRight(line, "\x00")); derr == nil && e.Type == Corrected {
			fixes = append(fixes, e)
		}
	}
	buf := make([]byte, 256<<10)
	n := 0 // bytes in buf: the start of a line, then what was read after it
	for {
		k, err := io.ReadFull(f, buf[n:])
		n += k
		end := n // whole lines, up to the last "\n"
		if err == nil {
			end = bytes.LastIndexByte(buf[:n], '\n') + 1
		}
		eachLineWith(buf[:end], []byte("corrected"), take)
		switch {
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			return fixes, nil
		case err != nil:
			return nil, facilitation.Msg("log.reading_path", path, err)
		case end == 0: // a line longer than buf
			buf = append(buf, make([]byte, len(buf))...)
		default:
			n = copy(buf, buf[end:n])
		}
	}
}

// eachLineWith calls fn with each line of b (with its "\n", if any) that
// contains word.
func eachLineWith(b, word []byte, fn func(line []byte)) {
	for {
		i := bytes.Index(b, word)
		if i < 0 {
			return
		}
		start := bytes.LastIndexByte(b[:i], '\n') + 1
		end := len(b)
		if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
			end = i + j + 1
		}
		fn(b[start:end])
		b = b[end:]
	}
}
