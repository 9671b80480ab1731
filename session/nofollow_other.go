//go:build !unix

package session

import (
	"fmt"
	"os"
)

// OpenNoFollow opens path for reading after checking it is not a link.
// Windows has no O_NOFOLLOW; the file is checked again once open.
func OpenNoFollow(path string) (*os.File, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		return nil, fmt.Errorf("%s is a link: baraza does not follow links in a session directory", path)
	}
	return os.Open(path)
}
