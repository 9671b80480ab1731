package session

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// Writer is the one process that appends to a session log. Every event it
// acknowledges (Append returned without error) has been written and fsynced.
// Its methods are safe for concurrent use.
type Writer struct {
	mu       sync.Mutex
	path     string
	f        *os.File
	out      logFile // f, except in tests that inject failures
	lock     *logLock
	size     int64 // bytes of the file that hold acknowledged events
	lastSeq  int64
	warnings []Warning
	now      func() time.Time
	opened   time.Time     // w.now() at open: elapsed_ms counts from here
	base     time.Duration // elapsed time of the session at opened
	reanchor bool          // the clock changed: count from the next event
	tb       timebase      // the events read at open; appended: none yet
	elapsed  time.Duration // the last event's elapsed time
	appended bool          // an event was stamped since open
	dirty    bool          // a failed append may have left bytes past size
	closed   bool
}

// logFile is the part of *os.File that appending uses.
type logFile interface {
	Write([]byte) (int, error)
	Sync() error
	Truncate(size int64) error
}

// OpenWriter opens the log at path for appending, creating it (mode 0600) if
// missing. It first takes the log's lock, or returns a *LockedError. It then
// reads the events already there and returns them. A torn last line left by a
// crash is removed (see Warnings); any other damage is a *CorruptError and
// the file is left as it was.
func OpenWriter(path string) (*Writer, []Event, error) {
	lk, err := lockLog(path, time.Now())
	if err != nil {
		return nil, nil, err
	}
	w := &Writer{path: path, lock: lk, now: time.Now}
	events, err := w.open()
	if err != nil {
		if w.f != nil {
			_ = w.f.Close()
		}
		_ = lk.release()
		return nil, nil, err
	}
	return w, events, nil
}

func (w *Writer) open() ([]Event, error) {
	f, err := openLogFile(w.path)
	if err != nil {
		return nil, err
	}
	w.f, w.out = f, f
	s, err := scanLog(w.path, io.NewSectionReader(f, 0, 1<<62))
	if err != nil {
		return nil, err
	}
	w.size = s.good
	if err := w.repairTail(s); err != nil {
		return nil, facilitation.Msg("log.repairing_end", w.path, err)
	}
	if n := len(s.events); n > 0 {
		w.lastSeq = s.events[n-1].Seq
	}
	w.tb = timebaseOf(s.events)
	w.opened = w.now()
	w.base = w.tb.elapsedAt(w.opened)
	w.elapsed = w.base
	return s.events, nil
}

// repairTail makes the file end with a complete line, keeping a whole event
// that only lacked its "\n" and dropping a torn one.
func (w *Writer) repairTail(s *logScan) error {
	switch s.tail.kind {
	case lineTailNone:
		return nil
	case lineTailTorn:
		if w.size == 0 {
			// The first line holds the plan and the participants: never cut it.
			return &TornFirstLineError{Path: w.path, Bytes: len(s.tailBytes)}
		}
		if e, n, ok := damagedNewline(s.tailBytes, w.lastSeqOf(s)); ok {
			// A whole event whose "\n" became another byte: keep the event.
			w.warn("log.warn.newline_restored", w.path, len(s.events)+1, fmt.Sprintf("0x%02x", s.tailBytes[n]))
			if err := w.f.Truncate(w.size + int64(n)); err != nil {
				return err
			}
			s.tail = lineTail{kind: lineTailEvent, event: e, size: n}
			s.tailBytes = s.tailBytes[:n]
			break
		}
		w.warn("log.warn.dropped_tail", w.path, len(s.events)+1, len(s.tailBytes))
		if err := w.f.Truncate(w.size); err != nil {
			return err
		}
		return w.f.Sync()
	}
	s.events = append(s.events, s.tail.event)
	end := w.size + int64(s.tail.size)
	if nuls := len(s.tailBytes) - s.tail.size; nuls > 0 {
		w.warn("log.warn.removed_nuls", w.path, nuls)
		if err := w.f.Truncate(end); err != nil {
			return err
		}
	}
	w.warn("log.warn.added_newline", w.path)
	if _, err := w.f.Write([]byte("\n")); err != nil {
		return err
	}
	w.size = end + 1
	return w.f.Sync()
}

// TornFirstLineError refuses a log whose first line was cut by a crash:
// dropping it would empty the log and lose the plan and the participants.
type TornFirstLineError struct {
	Path  string
	Bytes int
}

func (e *TornFirstLineError) Error() string { return e.In("en") }

// In says the error in lang.
func (e *TornFirstLineError) In(lang string) string {
	return facilitation.Msg("log.torn_first_line", e.Path, e.Bytes).In(lang)
}

// lastSeqOf is the seq of the last complete event read.
func (w *Writer) lastSeqOf(s *logScan) int64 {
	if n := len(s.events); n > 0 {
		return s.events[n-1].Seq
	}
	return 0
}

// damagedNewline recognises a last line that is a whole event followed by
// one byte that should have been its "\n" (a flipped bit): it returns the
// event and the length of its JSON. Only the next event in sequence counts.
func damagedNewline(tail []byte, lastSeq int64) (Event, int, bool) {
	t := bytes.TrimRight(tail, "\x00")
	if len(t) < 2 || t[len(t)-2] != '}' {
		return Event{}, 0, false
	}
	e, err := DecodeLine(t[:len(t)-1])
	if err != nil || e.Seq != lastSeq+1 {
		return Event{}, 0, false
	}
	return e, len(t) - 1, true
}

// openLogFile opens the log for appending, creating it if needed.
func openLogFile(path string) (*os.File, error) {
	f, err := OpenFile(path, os.O_RDWR|os.O_APPEND, 0) // never a link or a FIFO
	if !errors.Is(err, fs.ErrNotExist) {
		return f, err
	}
	f, err = OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	// Make the new name durable too, and 0600 whatever the umask.
	if err = f.Chmod(0o600); err == nil {
		err = SyncDir(filepath.Dir(path))
	}
	if err != nil {
		_ = f.Close()
		return nil, facilitation.Msg("log.creating", path, err)
	}
	return f, nil
}

// SyncDir fsyncs a directory so that names created in it survive a crash.
// Windows has no directory fsync (FlushFileBuffers on a directory handle
// fails with "Access is denied"); NTFS journals its names itself, so there
// it only checks that dir is there.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		_, err := os.Stat(dir)
		return err
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	// Some file systems cannot fsync a directory; they also do not need to.
	if errors.Is(err, syscall.EINVAL) || errors.Is(err, errors.ErrUnsupported) {
		err = nil
	}
	return errors.Join(err, d.Close())
}

// Append writes e as the next event and returns it as written: V is
// FormatVersion, Seq follows the last event, and At, if zero, is now. All
// times are written in UTC. It returns only once the line is fsynced. On
// failure the error wraps the OS error (such as a full disk), nothing of the
// line is left in the file as far as the OS allows, and the Writer can be
// used again.
func (w *Writer) Append(e Event) (Event, error) {
	out, err := w.AppendBatch([]Event{e})
	if err != nil {
		return Event{}, err
	}
	return out[0], nil
}

// AppendBatch appends several events with one write and one fsync: all of
// them are saved, or none is acknowledged.
func (w *Writer) AppendBatch(events []Event) ([]Event, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil, facilitation.Msg("log.writer_closed", w.path)
	}
	if len(events) == 0 {
		return nil, nil
	}
	if w.dirty {
		// A failed append could not be undone: try again before writing.
		if err := w.out.Truncate(w.size); err != nil {
			return nil, facilitation.Msg("log.partial_line", w.path, err)
		}
		w.dirty = false
	}
	if err := w.checkUnshared(); err != nil {
		return nil, err
	}
	out := make([]Event, len(events))
	var buf []byte
	seq := w.lastSeq
	for i, e := range events {
		seq++
		e.V, e.Seq = FormatVersion, seq
		if e.At.IsZero() {
			e.At = w.now()
		}
		w.stampElapsed(&e)
		e.At = e.At.UTC()
		if err := checkLogEvent(e); err != nil {
			return nil, facilitation.Msg("log.not_saving", string(e.Type), err)
		}
		line, err := EncodeLine(e)
		if err != nil {
			return nil, err
		}
		buf = append(buf, line...)
		out[i] = e
	}
	if _, err := w.out.Write(buf); err != nil {
		return nil, w.undo(err)
	}
	if err := w.out.Sync(); err != nil {
		return nil, w.undo(err)
	}
	w.size += int64(len(buf))
	w.lastSeq = seq
	return out, nil
}

// ErrLogChanged is wrapped by the error of an append that found the log
// changed by someone else since this writer last wrote it.
var ErrLogChanged error = facilitation.Key("log.changed")

// checkUnshared makes sure this writer is still the log's only writer before
// it appends: the path still names the file it has open, and the file has
// exactly the bytes it wrote. A second writer that got in anyway (a copy of
// baraza on another machine writing a shared folder, a lock defeated) is
// caught at the next append, which then writes nothing: two writers
// interleaving would give duplicate sequence numbers.
func (w *Writer) checkUnshared() error {
	if w.f == nil {
		return nil
	}
	mine, err := w.f.Stat()
	if err != nil {
		return facilitation.Msg("log.at", w.path, err)
	}
	named, err := os.Lstat(w.path)
	switch {
	case err != nil || !os.SameFile(mine, named):
		return facilitation.Msg("log.replaced", w.path, ErrLogChanged)
	case mine.Size() != w.size:
		return facilitation.Msg("log.grown", w.path, ErrLogChanged, mine.Size(), w.size)
	}
	return nil
}

// stampElapsed sets e.ElapsedMs from e.At, before UTC() strips the
// monotonic reading: an At from time.Now() is measured on the monotonic
// clock, so a wall clock corrected meanwhile does not change it.
func (w *Writer) stampElapsed(e *Event) {
	if e.Seq == 1 { // session_started is the origin
		e.ElapsedMs, w.base, w.opened, w.elapsed, w.reanchor = 0, 0, e.At, 0, false
		w.appended = true
		return
	}
	if w.reanchor {
		w.base, w.opened, w.reanchor = w.elapsed, e.At, false
		if !w.appended { // nothing stamped on the old clock: start afresh
			w.base = w.tb.elapsedAt(e.At)
			w.elapsed = w.base
		}
	}
	w.appended = true
	d := max(w.base+e.At.Sub(w.opened), w.elapsed)
	w.elapsed = d
	e.ElapsedMs = max(d.Milliseconds(), 1) // 0 would read as "absent"
}

// undo cuts the file back to its acknowledged events after a failed write or
// fsync, so that a later append does not follow a half line.
func (w *Writer) undo(err error) error {
	if terr := w.out.Truncate(w.size); terr != nil {
		w.dirty = true
	} else {
		_ = w.out.Sync()
	}
	return facilitation.Msg("log.saving", w.path, err)
}

// Close closes the log and releases its lock. The lock file stays, empty.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	return errors.Join(w.f.Close(), w.lock.release())
}

// LastSeq is the seq of the last event in the log, 0 if it is empty.
func (w *Writer) LastSeq() int64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lastSeq
}

// Path is the log's path.
func (w *Writer) Path() string { return w.path }

// Warnings describes what OpenWriter repaired, one message per repair.
func (w *Writer) Warnings() []Warning {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]Warning(nil), w.warnings...)
}

// SetClock sets the clock that stamps events without a time (for tests).
func (w *Writer) SetClock(now func() time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	// Keep the session's elapsed time: the next event restarts the count.
	w.now, w.reanchor = now, true
}

func (w *Writer) warn(key string, args ...any) {
	w.warnings = append(w.warnings, facilitation.Msg(key, args...))
}
