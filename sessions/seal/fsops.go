package seal

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// writeDirAtomic writes files into a new temporary directory (mode 0700,
// files 0600) beside dst, syncs every file and the directory, then renames
// it to dst and syncs the parent: after a crash dst is whole or absent.
func writeDirAtomic(dst, tmpPrefix string, files []File) (err error) {
	parent := filepath.Dir(dst)
	tmp, err := os.MkdirTemp(parent, tmpPrefix)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.RemoveAll(tmp)
		}
	}()
	if err = os.Chmod(tmp, 0o700); err != nil {
		return err
	}
	for _, f := range files {
		if err = writeNewFile(filepath.Join(tmp, f.Name), f.Data); err != nil {
			return err
		}
	}
	if err = session.SyncDir(tmp); err != nil {
		return err
	}
	if _, statErr := os.Lstat(dst); !errors.Is(statErr, fs.ErrNotExist) {
		return facilitation.Msg("seal.exists", dst)
	}
	if err = os.Rename(tmp, dst); err != nil {
		return err
	}
	return session.SyncDir(parent)
}

// writeNewFile creates path (which must not exist) with mode 0600 and
// syncs it.
func writeNewFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// Wipe deletes a session directory's plaintext: each regular file is
// overwritten with zeros and synced before it is removed, then the
// directory goes. On a hard disk that leaves nothing to recover; on an SSD,
// an SD card or a USB key the drive may keep old copies of the blocks
// elsewhere, which no program can reach (docs/archive.md says so).
func Wipe(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if e.Type().IsRegular() {
			errs = append(errs, overwrite(path))
		}
		errs = append(errs, os.Remove(path))
	}
	errs = append(errs, os.Remove(dir), session.SyncDir(filepath.Dir(dir)))
	if err := errors.Join(errs...); err != nil {
		return facilitation.Msg("seal.plaintext_left", dir, err)
	}
	return nil
}

// overwrite fills a regular file with zeros, in place, and syncs it.
func overwrite(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	fi, err := f.Stat()
	if err == nil && fi.Mode().IsRegular() {
		zeros := make([]byte, 64<<10)
		for left := fi.Size(); left > 0 && err == nil; left -= int64(len(zeros)) {
			n := int64(len(zeros))
			if left < n {
				n = left
			}
			_, err = f.Write(zeros[:n])
		}
		if err == nil {
			err = f.Sync()
		}
	}
	return errors.Join(err, f.Close())
}

// Unseal decrypts the sealed session in dir and restores it as a plain
// session directory in parent, named by its id; then it deletes dir. It
// returns the id. An existing session of that id is never overwritten.
func Unseal(dir, parent string, secrets Secrets) (string, error) {
	id, files, err := Open(dir, secrets)
	if err != nil {
		return "", err
	}
	dst := filepath.Join(parent, id)
	if _, err := os.Lstat(dst); !errors.Is(err, fs.ErrNotExist) {
		return "", facilitation.Msg("seal.unseal_exists", id, parent)
	}
	if err := writeDirAtomic(dst, ".unsealing-", files); err != nil {
		return "", err
	}
	if err := os.RemoveAll(dir); err != nil {
		return id, facilitation.Msg("seal.sealed_left", id, dir, err)
	}
	return id, session.SyncDir(parent)
}
