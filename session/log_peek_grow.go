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

// LogGrowth is what a listing learns from the lines appended to a log
// since it last read it: a log only grows (by whole lines), so a summary
// made at an earlier size needs only the bytes after it.
type LogGrowth struct {
	People int  // the highest participant number added in the new lines (p7: 7), 0 if none
	Turns  int  // the number of the last turn started in the new lines, 0 if none
	Closed bool // a session_closed among the new lines
}

// PeekGrowth reads the log at path from byte from (the end of a line) to
// byte to, decoding only the lines a listing needs. ok is false when those
// bytes do not end with a whole line (a line being written, a torn one) or
// hold a line it cannot place: the caller reads the log the usual way.
func PeekGrowth(path string, from, to int64) (g LogGrowth, ok bool, err error) {
	f, err := OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return g, false, facilitation.Msg("log.reading_path", path, err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(io.NewSectionReader(f, from, to-from), peekChunk)
	for {
		line, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			return g, len(line) == 0, nil
		}
		if err != nil {
			return g, false, err
		}
		switch lineType(line) {
		case SessionClosed:
			g.Closed = true
		case TurnStarted:
			e, err := DecodeLine(line)
			if err != nil || e.Turn == 0 {
				return g, false, nil // an older log without turn numbers, or damage: the full reader says
			}
			g.Turns = e.Turn
		case ParticipantAdded:
			e, err := DecodeLine(line)
			if err != nil || e.Person == nil {
				return g, false, nil
			}
			n, err := strconv.Atoi(strings.TrimPrefix(e.Person.ID, "p"))
			if err != nil {
				return g, false, nil
			}
			g.People = max(g.People, n)
		case "":
			if len(bytes.TrimSpace(line)) > 0 {
				return g, false, nil
			}
		}
	}
}
