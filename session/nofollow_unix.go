//go:build unix

package session

import (
	"os"
	"syscall"
)

// OpenNoFollow opens path for reading, failing if its last element is a
// symbolic link, so that a link planted in a session directory is never
// followed to a file elsewhere.
func OpenNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
}
