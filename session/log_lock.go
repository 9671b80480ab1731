package session

import (
	"encoding/json"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"time"

	"github.com/gofrs/flock"
)

// logLock is the exclusive lock of a log's single writer: an flock(2) on
// path+".lock". The kernel drops it when the holder dies, however it dies,
// so a crash never leaves a session locked. The file itself only describes
// the holder for the error message; it is kept after Close (removing it would
// race with a process that has just opened it and lock a file nobody sees).
type logLock struct {
	fl   *flock.Flock
	path string // the lock file
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
// *LockedError naming the process that has it.
func lockLog(logPath string, now time.Time) (*logLock, error) {
	lp := logPath + ".lock"
	fl := flock.New(lp, flock.SetPermissions(0o600))
	ok, err := fl.TryLock()
	if err != nil {
		return nil, fmt.Errorf("locking session log %s: %w", logPath, err)
	}
	if !ok {
		return nil, &LockedError{Path: logPath, Holder: readLockHolder(lp)}
	}
	l := &logLock{fl: fl, path: lp}
	if err := l.writeHolder(now); err != nil {
		_ = fl.Unlock()
		return nil, fmt.Errorf("locking session log %s: %w", logPath, err)
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
	// The same inode the lock is on: WriteFile truncates, it does not replace.
	if err := os.WriteFile(l.path, append(b, '\n'), 0o600); err != nil {
		return err
	}
	// The umask may have left other bits; the file names a user and host.
	return os.Chmod(l.path, 0o600)
}

// release empties the holder description and drops the lock.
func (l *logLock) release() error {
	_ = os.Truncate(l.path, 0) // stale text would only mislead someone reading it
	return l.fl.Unlock()
}

// readLockHolder describes the holder of a lock file for LockedError. The
// holder writes its details just after locking, so they may be missing.
func readLockHolder(lp string) string {
	b, err := os.ReadFile(lp)
	var h logLockHolder
	if err != nil || json.Unmarshal(b, &h) != nil || h.PID == 0 {
		return "another process (" + lp + " does not say which)"
	}
	s := "pid " + strconv.Itoa(h.PID)
	if h.Host != "" {
		s += " on " + h.Host
	}
	if h.User != "" {
		s += " (user " + h.User + ")"
	}
	if h.Since != "" {
		s += " since " + h.Since
	}
	return s
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
