//go:build !unix

package session

import (
	"io/fs"
	"os"
)

// openNoFollow is the portable fallback (Windows): refuse what Lstat shows
// as a link or special file, then open. OpenFile checks the opened file again.
func openNoFollow(path string, flag int, perm fs.FileMode) (*os.File, error) {
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, &NotRegularError{Path: path, What: describeMode(fi.Mode())}
	}
	return os.OpenFile(path, flag, perm)
}

func isLinkError(error) bool { return false }
