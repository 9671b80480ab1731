package sessions

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/seal"
)

// IndexFile, in the data directory, caches one summary per session so that
// listing does not read every log. The logs stay the only source of truth:
// an entry is used only while its log's size, modification time and last
// bytes are those it was made from, and a missing or damaged index is
// rebuilt without a word. It is in Go's gob encoding, which reads 10,000
// entries several times faster than JSON.
const IndexFile = "index.gob"

// indexVersion changes whenever Summary's cached fields change meaning.
const indexVersion = 4

// tailSize is how much of a log's end is hashed to notice a change that
// keeps the size and the time (a restored backup, a clock set back).
const tailSize = 256

type summaryIndex struct {
	Version int                   `json:"version"`
	Entries map[string]indexEntry `json:"entries"`
}

// indexEntry is one session's cached summary and what it was made from.
type indexEntry struct {
	Key     fileKey `json:"key"`
	Made    int64   `json:"made"` // when the entry was made, nanoseconds
	Summary cached  `json:"summary"`
}

// fileKey identifies one state of a file (a log, or a sealed session's
// sealed.json), the way git's index does: size, modification and change
// times and inode come from one stat; the change time moves on every write
// and cannot be set back by a program, so a restored backup shows too.
// Tail, a hash of the last bytes, settles the one case stat cannot: a
// write within the file system's time resolution of the entry being made.
type fileKey struct {
	Size  int64  `json:"size"`
	MTime int64  `json:"mtime"` // nanoseconds
	CTime int64  `json:"ctime"` // nanoseconds; 0 where the platform has none
	Ino   uint64 `json:"ino"`   // 0 where the platform has none
	Tail  string `json:"tail"`  // SHA-256 of the last tailSize bytes, hex
	// Dir is the session directory's modification time: it moves when a
	// file appears there, such as a sync tool's conflict copy.
	Dir int64 `json:"dir"`
}

// racyWindow is how close to the moment an entry was made a file's times
// may be before stat alone cannot be trusted (FAT's times step by 2 s).
const racyWindow = 2 * time.Second

// cached is the part of Summary that comes from the log.
type cached struct {
	Title        string    `json:"title"`
	Date         string    `json:"date"`
	Participants int       `json:"participants"`
	Turns        int       `json:"turns"`
	Open         bool      `json:"open"`
	Sealed       bool      `json:"sealed,omitempty"`
	StartedAt    time.Time `json:"started_at"`
	Follows      string    `json:"follows,omitempty"`
	SealedWith   SealedWith
	Series, Site string
	Stats        Stats
	Conflicts    []string
	Demo         bool `json:"demo,omitempty"`
}

func (c cached) summary(id string) Summary {
	return Summary{ID: id, Title: c.Title, Date: c.Date, Participants: c.Participants, Turns: c.Turns,
		Open: c.Open, Sealed: c.Sealed, StartedAt: c.StartedAt, Follows: c.Follows,
		SealedWith: c.SealedWith, Series: c.Series, Site: c.Site, Stats: c.Stats, Conflicts: c.Conflicts, Demo: c.Demo}
}

func cache(s Summary) cached {
	return cached{Title: s.Title, Date: s.Date, Participants: s.Participants, Turns: s.Turns,
		Open: s.Open, Sealed: s.Sealed, StartedAt: s.StartedAt, Follows: s.Follows,
		SealedWith: s.SealedWith, Series: s.Series, Site: s.Site, Stats: s.Stats, Conflicts: s.Conflicts, Demo: s.Demo}
}

// readIndex reads the index, or an empty one if it is missing or damaged.
func (a *Archive) readIndex() summaryIndex {
	empty := summaryIndex{Version: indexVersion, Entries: map[string]indexEntry{}}
	f, err := session.OpenNoFollow(filepath.Join(a.Dir, IndexFile))
	if err != nil {
		return empty
	}
	defer f.Close()
	var idx summaryIndex
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return empty
	}
	if gob.NewDecoder(bufio.NewReader(f)).Decode(&idx) != nil || idx.Version != indexVersion || idx.Entries == nil {
		return empty
	}
	return idx
}

// writeIndex saves the index when it changed. Failing to save is not an
// error: the index is only a cache (a read-only data directory, a full disk).
func (a *Archive) writeIndex(idx summaryIndex) {
	if _, err := os.Stat(a.SessionsDir()); err != nil {
		return // reading an archive never creates it
	}
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(idx) == nil {
		_ = writeFileAtomic(a.Dir, IndexFile, buf.Bytes())
	}
}

// keyOf reads what identifies the current state of a session directory:
// its log's, or for a sealed session its sealed.json's. withTail also
// hashes the file's last bytes.
func keyOf(dir string, withTail bool) (fileKey, error) {
	k, err := readFileKey(filepath.Join(dir, LogFile), withTail)
	if errors.Is(err, fs.ErrNotExist) {
		k, err = readFileKey(filepath.Join(dir, seal.InfoFile), withTail)
	}
	if err != nil {
		return k, err
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return k, err
	}
	k.Dir = fi.ModTime().UnixNano()
	return k, nil
}

// fresh tells whether an entry still describes the file whose stat is key
// (key.Tail unset). Only an entry made within racyWindow of the file's
// last change needs the tail read to be sure.
func (e indexEntry) fresh(dir string, key fileKey) bool {
	stat := e.Key
	stat.Tail = ""
	if stat != key {
		return false
	}
	if !e.racy(key) {
		return true
	}
	k, err := keyOf(dir, true)
	return err == nil && k == e.Key
}

// racy tells whether the entry was made too soon after the file's last
// change for its times to tell a later change.
func (e indexEntry) racy(key fileKey) bool {
	return time.Duration(e.Made-max(key.MTime, key.CTime)) <= racyWindow
}

func hashTail(tail []byte) string {
	sum := sha256.Sum256(tail)
	return hex.EncodeToString(sum[:])
}

// summariseCached gives a session's summary from the index when its log is
// unchanged, else reads it and updates the index. It reports whether the
// index changed.
func summariseCached(idx summaryIndex, id, dir string, now time.Time) (Summary, bool) {
	key, err := keyOf(dir, false)
	if err != nil {
		delete(idx.Entries, id)
		return summarise(id, dir), true
	}
	if e, ok := idx.Entries[id]; ok && e.fresh(dir, key) {
		if e.racy(key) && time.Duration(now.UnixNano()-max(key.MTime, key.CTime)) > racyWindow {
			e.Made = now.UnixNano() // checked by its tail once, long enough after its last change
			idx.Entries[id] = e
			return e.Summary.summary(id), true
		}
		return e.Summary.summary(id), false
	}
	if e, ok := idx.Entries[id]; ok {
		if full, err := keyOf(dir, true); err == nil {
			if s, ok := grown(e, id, dir, full); ok {
				idx.Entries[id] = indexEntry{Key: full, Made: now.UnixNano(), Summary: cache(s)}
				return s, true
			}
		}
	}
	s := summarise(id, dir)
	full, err := keyOf(dir, true)
	if s.Err != nil || err != nil {
		delete(idx.Entries, id) // damaged sessions are read again each time
		return s, true
	}
	idx.Entries[id] = indexEntry{Key: full, Made: now.UnixNano(), Summary: cache(s)}
	return s, true
}

// forget removes a session's entry from the index at once (after sealing:
// its title must not stay readable there).
func (a *Archive) forget(id string) {
	idx := a.readIndex()
	if _, ok := idx.Entries[id]; ok {
		delete(idx.Entries, id)
		a.writeIndex(idx)
	}
}
