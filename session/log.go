package session

// The session log is the only durable record of a session, so this file and
// its log_*.go siblings put safety before speed:
//
//   - log_codec.go: one event <-> one line (EncodeLine, DecodeLine).
//   - log_reader.go: reading a whole log (ReadLog) and classifying its tail.
//   - log_writer.go: the single writer (OpenWriter, Append, Close); a line
//     is written with one write and fsynced before Append returns.
//   - log_lock.go: the lock file that keeps a second writer out.
//
// Only a torn last line (a crash in the middle of a write) is ever removed,
// and only by the writer. Any other damage stops the program with a
// CorruptError and leaves the file untouched, so that nothing after the
// damage is lost.

import (
	"github.com/baraza-app/baraza/facilitation"
)

// ErrNewerLogFormat is wrapped by errors about lines whose format version is
// higher than FormatVersion: the log was written by a newer baraza.
var ErrNewerLogFormat error = facilitation.Key("log.newer")

// CorruptError reports a complete line of the log that is not a valid event,
// or whose seq does not follow the line before it. The file is not changed.
type CorruptError struct {
	File string // path of the log
	Line int    // 1-based line number
	Err  error  // what is wrong with the line
}

func (e *CorruptError) Error() string { return e.In("en") }

// In says the error in lang.
func (e *CorruptError) In(lang string) string {
	return facilitation.Msg("log.corrupt", e.File, e.Line, e.Err, e.Line).In(lang)
}

func (e *CorruptError) Unwrap() error { return e.Err }

// LockedError reports that another process holds the log open for writing.
type LockedError struct {
	Path   string               // path of the log
	Holder string               // e.g. "pid 1234 on laptop (user amina) since 2026-03-14T09:30:00Z"
	holder facilitation.Message // Holder, to be said in any language
}

func (e *LockedError) Error() string { return e.In("en") }

// In says the error in lang.
func (e *LockedError) In(lang string) string {
	var holder any = e.Holder
	if e.holder.Key != "" {
		holder = e.holder
	}
	return facilitation.Msg("log.locked", e.Path, holder).In(lang)
}
