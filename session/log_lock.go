package session

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// logLock is the exclusive lock of a log's single writer. Where the OS
// allows (Linux, macOS, the BSDs) it is an flock(2) on the session directory
// itself, which nobody can swap under the writer: deleting or replacing
// log.jsonl.lock does not let a second writer in. Elsewhere (Windows) it is
// a lock on log.jsonl.lock. The kernel drops it when the holder dies,
// however it dies, so a crash never leaves a session locked.
//
// log.jsonl.lock only describes the holder for the error message. It is
// opened without following links and kept, empty, after release.
type logLock struct {
	unlock func() error
	path   string // the lock file
}

// logLockHolder is what the lock file says about its holder (one JSON line).
type logLockHolder struct {
	PID     int    `json:"pid"`
	Host    string `json:"host"`
	User    string `json:"user"`
	Since   string `json:"since"` // RFC 3339
	Program string `json:"program"`
}

// lockLog takes the writer's lock of the log at logPath, or returns a
// *LockedError naming the process that has it, or an *OpenElsewhereError
// when the lock record was written on another computer.
func lockLog(logPath string, now time.Time) (*logLock, error) {
	lp := logPath + ".lock"
	if err := CheckRegular(lp); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, facilitation.Msg("log.cannot_lock", logPath, err)
	}
	// Read before locking: Windows refuses reads of a file locked even by
	// the reader itself.
	elsewhere := foreignHolder(logPath, lp)
	unlock, ok, err := acquireLogLock(logPath)
	if err != nil {
		return nil, facilitation.Msg("log.cannot_lock", logPath, err)
	}
	if !ok {
		holder := readLockHolder(lp)
		return nil, &LockedError{Path: logPath, Holder: holder.String(), holder: holder}
	}
	if elsewhere != nil { // our lock says nothing about another computer
		_ = unlock()
		return nil, elsewhere
	}
	l := &logLock{unlock: unlock, path: lp}
	if err := l.writeHolder(now); err != nil {
		_ = unlock()
		return nil, facilitation.Msg("log.cannot_lock", logPath, err)
	}
	return l, nil
}

func (l *logLock) writeHolder(now time.Time) error {
	h := logLockHolder{
		PID: os.Getpid(), User: logUserName(),
		Since: now.UTC().Format(time.RFC3339), Program: filepath.Base(os.Args[0]),
	}
	h.Host, _ = os.Hostname()
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	f, err := OpenFile(l.path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(append(b, '\n'))
	// The umask may have left other bits; the file names a user and host.
	return errors.Join(err, f.Chmod(0o600), f.Close())
}

// release empties the holder description and drops the lock.
func (l *logLock) release() error {
	// Stale text would only mislead someone reading it.
	if f, err := OpenFile(l.path, os.O_WRONLY|os.O_TRUNC, 0); err == nil {
		_ = f.Close()
	}
	return l.unlock()
}

// readLockHolder describes the holder of a lock file for LockedError. The
// description is a message, said in the reader's language.
func readLockHolder(lp string) facilitation.Message {
	b, err := ReadFile(lp)
	var h logLockHolder
	if err != nil || json.Unmarshal(b, &h) != nil || h.PID == 0 {
		return facilitation.Msg("log.holder.unknown", lp)
	}
	part := func(key, v string) any {
		if v == "" {
			return ""
		}
		return facilitation.Msg(key, v)
	}
	return facilitation.Msg("log.holder", h.PID, part("log.holder.host", h.Host), part("log.holder.user", h.User), part("log.holder.since", h.Since))
}

func logUserName() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return strconv.Itoa(os.Getuid())
}
