package session

import (
	"fmt"
	"io"
	"io/fs"
	"os"
)

// NotRegularError refuses a path in a session directory that is a link or
// not a regular file: a session directory may come from a shared archive or
// a zip, and following a link there could write outside it.
type NotRegularError struct {
	Path string
	What string // "a symbolic link", "a named pipe (FIFO)", "a device", ...
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s is %s, not a regular file; baraza does not follow links or open special files "+
		"in a session directory: replace it with the file itself", e.Path, e.What)
}

// OpenFile opens path like os.OpenFile but never follows a symbolic link in
// its last component and accepts only a regular file: a link, a FIFO, a
// device or a directory is a *NotRegularError. Every file of a session
// directory is opened with it.
func OpenFile(path string, flag int, perm fs.FileMode) (*os.File, error) {
	f, err := openNoFollow(path, flag, perm)
	if err != nil {
		if isLinkError(err) {
			return nil, &NotRegularError{Path: path, What: "a symbolic link"}
		}
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = &NotRegularError{Path: path, What: describeMode(fi.Mode())}
	}
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	return f, nil
}

// ReadFile reads a whole regular file, refusing links like OpenFile.
func ReadFile(path string) ([]byte, error) {
	f, err := OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// CheckRegular refuses a path that exists and is a link or not a regular
// file, without opening it (for paths given to other libraries).
func CheckRegular(path string) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return &NotRegularError{Path: path, What: describeMode(fi.Mode())}
	}
	return nil
}

func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m.IsDir():
		return "a directory"
	}
	return "not a regular file"
}
