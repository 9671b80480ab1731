//go:build !linux

package sessions

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// readFileKey stats a file without following a link, and with withTail
// hashes its last bytes. Change time and inode are left 0: they are not
// portable, so the tail decides more often.
func readFileKey(path string, withTail bool) (fileKey, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return fileKey{}, err
	}
	if !fi.Mode().IsRegular() {
		return fileKey{}, &fs.PathError{Op: "read", Path: path, Err: errors.New("not a regular file")}
	}
	k := fileKey{Size: fi.Size(), MTime: fi.ModTime().UnixNano()}
	if !withTail {
		return k, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fileKey{}, err
	}
	defer f.Close()
	off := max(0, k.Size-tailSize)
	buf := make([]byte, k.Size-off)
	n, err := f.ReadAt(buf, off)
	if err != nil && !errors.Is(err, io.EOF) {
		return fileKey{}, err
	}
	k.Tail = hashTail(buf[:n])
	return k, nil
}
