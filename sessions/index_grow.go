package sessions

import (
	"os"
	"path/filepath"

	"github.com/baraza-app/baraza/session"
)

// grown gives the summary of a log that only grew since its entry e was
// made (a session resumed or still running): the same file, longer, whose
// bytes that ended it then are still there. Only the new lines are read
// (session.PeekGrowth), not the first line nor the rest of the tail: a
// changed log costs what was added to it. full is the log's key now.
func grown(e indexEntry, id, dir string, full fileKey) (Summary, bool) {
	old := e.Key
	if e.Summary.Sealed || old.Tail == "" || full.Size <= old.Size || full.Ino != old.Ino {
		return Summary{}, false
	}
	path := filepath.Join(dir, LogFile)
	f, err := session.OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return Summary{}, false
	}
	off := max(0, old.Size-tailSize)
	buf := make([]byte, old.Size-off)
	_, err = f.ReadAt(buf, off)
	f.Close()
	if err != nil || len(buf) == 0 || buf[len(buf)-1] != '\n' || hashTail(buf) != old.Tail {
		return Summary{}, false // rewritten, restored or cut: read it again
	}
	g, ok, err := session.PeekGrowth(path, old.Size, full.Size)
	if err != nil || !ok {
		return Summary{}, false
	}
	s := e.Summary.summary(id)
	s.Participants = max(s.Participants, g.People)
	if g.Turns > 0 {
		s.Turns = g.Turns
	}
	if g.Closed {
		s.Open = false
	}
	if !s.Open { // closed, or amended after the close: its figures are final, fold it once
		s.Stats = statsOf(dir)
	}
	if full.Dir != old.Dir { // a file came or went: perhaps a sync tool's conflict copy
		s.Conflicts = conflictCopies(dir)
	}
	return s, true
}
