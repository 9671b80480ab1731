package sessions

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/baraza-app/baraza/session"
)

// Modes of everything the archive creates: sessions hold people's names,
// which can put them at risk, so only the owner may read them.
const (
	dirMode  fs.FileMode = 0o700
	fileMode fs.FileMode = 0o600
)

// ensureDir makes dir and any missing parents with mode 0700. Directories
// that already exist keep their mode: they are the user's.
func ensureDir(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return &fs.PathError{Op: "mkdir", Path: dir, Err: syscall.ENOTDIR}
		}
		return nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	parent := filepath.Dir(dir)
	if parent != dir {
		if err := ensureDir(parent); err != nil {
			return err
		}
	}
	return makeDir(dir)
}

// makeDir creates dir with mode 0700, whatever the umask, and makes its
// name durable. It fails with fs.ErrExist if dir exists, which Create uses
// to claim a session id without racing another process.
func makeDir(dir string) error {
	if err := os.Mkdir(dir, dirMode); err != nil {
		return err
	}
	err := os.Chmod(dir, dirMode)
	if err == nil {
		err = syncDir(filepath.Dir(dir))
	}
	if err != nil {
		_ = os.Remove(dir) // not claimed after all: leave no trace
	}
	return err
}

// writeFileAtomic replaces dir/name with data, mode 0600: it writes a
// temporary file in dir, fsyncs it, renames it over name and fsyncs dir, so
// that after a crash name holds either nothing or all of data.
func writeFileAtomic(dir, name string, data []byte) (err error) {
	return writeFileAtomicFunc(dir, name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeFileAtomicFunc is writeFileAtomic for a file written as it is
// produced (a long export): write writes it through a buffer; when write
// fails, nothing replaces name.
func writeFileAtomicFunc(dir, name string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err = tmp.Chmod(fileMode); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir fsyncs a directory so that names created in it survive a crash.
func syncDir(dir string) error { return session.SyncDir(dir) }

// WriteFileAtomic replaces dir/name with data (mode 0600) so that a crash
// leaves the old file or the new one, never half of it: minutes and exports
// are written this way.
func WriteFileAtomic(dir, name string, data []byte) error { return writeFileAtomic(dir, name, data) }

// WriteFileAtomicFunc is WriteFileAtomic for a file written as it is
// produced, through a buffer, never held whole in memory.
func WriteFileAtomicFunc(dir, name string, write func(io.Writer) error) error {
	return writeFileAtomicFunc(dir, name, write)
}
