//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package session

import (
	"errors"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// acquireLogLock flocks the log's directory, opened without following a
// link. flock locks belong to the open file description, so a second
// OpenWriter in the same process conflicts just as another process would.
func acquireLogLock(logPath string) (unlock func() error, ok bool, err error) {
	dir := filepath.Dir(logPath)
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		if errors.Is(err, unix.ELOOP) || errors.Is(err, unix.ENOTDIR) {
			return nil, false, &NotRegularError{Path: dir, What: "a symbolic link or not a directory"}
		}
		return nil, false, err
	}
	for {
		err = unix.Flock(fd, unix.LOCK_EX|unix.LOCK_NB)
		if err != unix.EINTR {
			break
		}
	}
	if errors.Is(err, unix.EWOULDBLOCK) {
		_ = unix.Close(fd)
		return nil, false, nil
	}
	if err != nil {
		_ = unix.Close(fd)
		return nil, false, err
	}
	return func() error { return unix.Close(fd) }, true, nil
}
