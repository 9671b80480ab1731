//go:build unix

package seal

import (
	"os"
	"syscall"
)

// openNoFollow opens path for reading, failing if its last element is a
// symbolic link, so that a link planted in a session directory is never
// followed to a file elsewhere.
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
}
