package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions/seal"

	"github.com/baraza-app/baraza/session"
)

// scannedDir is a session directory as Pack and Import see it.
type scannedDir struct {
	Name      string
	Dir       string
	Files     []FileEntry
	Conflicts []string // sync tools' conflict copies, left out
}

// isSessionDir tells whether dir holds a session: a log or a sealed one.
func isSessionDir(dir string) bool {
	for _, name := range []string{"log.jsonl", seal.InfoFile} {
		if fi, err := os.Lstat(filepath.Join(dir, name)); err == nil && fi.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// scanDir hashes the files of a session directory that travel: regular
// files with plain names, not the lock, not hidden (editors' and sync
// tools' temporary files), not conflict copies. A link or any other kind
// of entry is an error naming it: it is never followed.
func scanDir(dir string) (scannedDir, error) {
	s := scannedDir{Name: filepath.Base(dir), Dir: dir}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return s, err
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, ".") || skipped[name]:
			continue
		case IsConflictCopy(name):
			s.Conflicts = append(s.Conflicts, name)
			continue
		case !e.Type().IsRegular():
			return s, facilitation.Msg("bundle.dir_not_regular", filepath.Join(dir, name))
		case !seal.ValidName(name):
			return s, facilitation.Msg("bundle.bad_name", filepath.Join(dir, name))
		}
		fe, err := hashFile(filepath.Join(dir, name), -1)
		if err != nil {
			return s, err
		}
		fe.Name = name
		s.Files = append(s.Files, fe)
	}
	if len(s.Files) > maxFilesPerDir {
		return s, facilitation.Msg("bundle.dir_too_many_files", dir, len(s.Files))
	}
	sort.Slice(s.Files, func(i, j int) bool { return s.Files[i].Name < s.Files[j].Name })
	return s, nil
}

// hashFile hashes the first size bytes of path (all of it if size < 0),
// without following a link. Logs only grow, so the first size bytes of a
// log being written stay the same: Pack reads exactly what it hashed.
func hashFile(path string, size int64) (FileEntry, error) {
	f, err := session.OpenNoFollow(path)
	if err != nil {
		return FileEntry{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return FileEntry{}, err
	}
	if !fi.Mode().IsRegular() {
		return FileEntry{}, facilitation.Msg("bundle.not_regular", path)
	}
	if size < 0 {
		size = fi.Size()
	}
	if size > maxFileSize {
		return FileEntry{}, facilitation.Msg("bundle.too_large", path)
	}
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(f, size))
	if err != nil {
		return FileEntry{}, err
	}
	if n != size {
		return FileEntry{}, facilitation.Msg("bundle.shrank", path)
	}
	return FileEntry{Size: size, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// isPrefixOf reports whether every file of old is present in new and is a
// prefix of it (the same bytes, new possibly longer): new is old, grown.
func isPrefixOf(oldDir string, old []FileEntry, newDir string, new []FileEntry) bool {
	byName := map[string]FileEntry{}
	for _, f := range new {
		byName[f.Name] = f
	}
	for _, o := range old {
		n, ok := byName[o.Name]
		if !ok || n.Size < o.Size {
			return false
		}
		if n.Size == o.Size {
			if n.SHA256 != o.SHA256 {
				return false
			}
			continue
		}
		head, err := hashFile(filepath.Join(newDir, o.Name), o.Size)
		if err != nil || head.SHA256 != o.SHA256 {
			return false
		}
	}
	return true
}
