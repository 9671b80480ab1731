package session

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
)

// LogPeek is what a list of sessions shows, read from a log's first line and
// its tail instead of folding every event: listing an archive of long
// sessions reads kilobytes, not the whole of each log.
type LogPeek struct {
	Start  *State // the fold of session_started alone: plan, start, follows
	People int    // everyone in the record: planned and added
	Turns  int
	Closed bool
}

// errPeekUnsure means the tail does not answer (an older log without turn
// numbers): the caller folds the log instead.
var errPeekUnsure = errors.New("the log's tail does not say")

const peekChunk = 64 << 10

// PeekLog reads the first line of the log at path and then its lines from
// the end backwards, decoding only the few it needs. When the log cannot be
// summarised that way it falls back to reading and folding all of it.
func PeekLog(path string) (*LogPeek, error) {
	f, err := OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, facilitation.Msg("log.reading_path", path, err)
	}
	defer f.Close()
	p, err := peek(path, f)
	if errors.Is(err, errPeekUnsure) {
		return foldPeek(path, f)
	}
	return p, err
}

func peek(path string, f *os.File) (*LogPeek, error) {
	first, err := bufio.NewReaderSize(io.LimitReader(f, 64<<20), peekChunk).ReadBytes('\n')
	if err != nil {
		return nil, errPeekUnsure // empty, torn or one-line: the full reader explains
	}
	e, err := DecodeLine(first)
	if err != nil {
		return nil, &CorruptError{File: path, Line: 1, Err: err}
	}
	st, err := Fold([]Event{e})
	if err != nil {
		return nil, facilitation.Msg("log.at_line", path, 1, err)
	}
	p := &LogPeek{Start: st, People: len(st.People)}
	size, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, err
	}
	var (
		carry          []byte
		end            = size
		haveTurns      bool
		havePeople     bool
		closedSettled  bool
		lastLine, skip = true, int64(len(first))
	)
	for end > skip {
		start := max(skip, end-peekChunk)
		buf := make([]byte, end-start, int(end-start)+len(carry))
		if _, err := f.ReadAt(buf, start); err != nil {
			return nil, err
		}
		buf = append(buf, carry...)
		lines := bytes.Split(buf, []byte("\n"))
		carry = lines[0] // may continue in the chunk before
		if start == skip {
			carry, lines = nil, append([][]byte{nil}, lines...)
		}
		for i := len(lines) - 1; i >= 1; i-- {
			line := lines[i]
			if lastLine {
				lastLine = false
				if len(line) > 0 { // torn or unterminated: left to the full reader
					return nil, errPeekUnsure
				}
				continue
			}
			if len(line) == 0 {
				continue
			}
			typ := lineType(line)
			if !closedSettled && typ != TurnNoted && typ != TurnOffRecord && typ != ActionUpdated {
				p.Closed, closedSettled = typ == SessionClosed, true
			}
			switch typ {
			case TurnStarted:
				if !haveTurns {
					e, err := DecodeLine(line)
					if err != nil || e.Turn == 0 {
						return nil, errPeekUnsure
					}
					p.Turns, haveTurns = e.Turn, true
				}
			case ParticipantAdded:
				if havePeople {
					break
				}
				e, err := DecodeLine(line)
				if err != nil || e.Person == nil {
					return nil, errPeekUnsure
				}
				n, err := strconv.Atoi(strings.TrimPrefix(e.Person.ID, "p"))
				if err != nil {
					return nil, errPeekUnsure
				}
				// Ids only grow: the last one added counts everyone.
				p.People, havePeople = max(p.People, n), true
			}
			if haveTurns && havePeople && closedSettled {
				return p, nil
			}
		}
		end = start
	}
	return p, nil
}

// lineType finds "type":"..." in a line without decoding it.
func lineType(line []byte) Type {
	const key = `"type":"`
	i := bytes.Index(line, []byte(key))
	if i < 0 {
		return ""
	}
	rest := line[i+len(key):]
	j := bytes.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return Type(rest[:j])
}

func foldPeek(path string, f *os.File) (*LogPeek, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	events, _, err := ReadLogFrom(path, f)
	if err != nil {
		return nil, err
	}
	if len(events) == 0 {
		return nil, facilitation.Msg("log.empty_never_started")
	}
	st, err := Fold(events)
	if err != nil {
		return nil, facilitation.Msg("sessions.about", path, err)
	}
	start, _ := Fold(events[:1])
	return &LogPeek{Start: start, People: len(st.People), Turns: len(st.Turns), Closed: st.Closed}, nil
}
