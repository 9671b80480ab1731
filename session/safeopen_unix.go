//go:build unix

package session

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// openNoFollow opens with O_NOFOLLOW (a link in the last component fails with
// ELOOP) and O_NONBLOCK (opening a FIFO does not wait for a writer; the
// caller then refuses it as not regular).
func openNoFollow(path string, flag int, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(path, flag|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_CLOEXEC, perm)
}

func isLinkError(err error) bool {
	return errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.EMLINK)
}
