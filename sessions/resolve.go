package sessions

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions/seal"
)

// Resolve finds a session directory from what a user typed: a session id, a
// prefix of exactly one id ("2026-03-14-09"), or the path of a session
// directory (one holding log.jsonl), which may lie outside the archive.
func (a *Archive) Resolve(idOrDir string) (string, error) {
	if strings.TrimSpace(idOrDir) == "" {
		return "", facilitation.Msg("sessions.none_given")
	}
	if looksLikePath(idOrDir) {
		return sessionDirAt(idOrDir)
	}
	// An exact id needs no listing: the series report resolves every
	// session of the archive, and listing it each time made that quadratic.
	if !strings.HasPrefix(idOrDir, ".") {
		exact := filepath.Join(a.SessionsDir(), idOrDir)
		if fi, err := os.Lstat(exact); err == nil && fi.IsDir() {
			return exact, nil
		}
	}
	ids, err := a.ids()
	if err != nil {
		return "", err
	}
	var matches []string
	for _, id := range ids {
		if id == idOrDir {
			return filepath.Join(a.SessionsDir(), id), nil
		}
		if strings.HasPrefix(id, idOrDir) {
			matches = append(matches, id)
		}
	}
	switch {
	case len(matches) == 1:
		return filepath.Join(a.SessionsDir(), matches[0]), nil
	case len(matches) > 1:
		return "", facilitation.Msg("sessions.ambiguous", idOrDir, len(matches), strings.Join(matches, ", "))
	}
	// A session directory in the working directory, named without "./".
	if dir, err := sessionDirAt(idOrDir); err == nil {
		return dir, nil
	}
	return "", facilitation.Msg("sessions.not_found", idOrDir, a.SessionsDir())
}

// looksLikePath tells a path from an id: ids never contain a separator.
func looksLikePath(s string) bool {
	return strings.ContainsRune(s, '/') || strings.ContainsRune(s, filepath.Separator) ||
		s == "." || s == ".."
}

// sessionDirAt checks that path is a session directory and makes it absolute.
func sessionDirAt(path string) (string, error) {
	dir, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if seal.IsSealed(dir) {
		return dir, nil
	}
	fi, err := os.Stat(filepath.Join(dir, LogFile))
	if err != nil || !fi.Mode().IsRegular() {
		return "", facilitation.Msg("sessions.not_a_session_dir", path, LogFile)
	}
	return dir, nil
}

// ids lists the names of the session directories, in name order (which is
// start-time order). A missing sessions directory means no sessions yet.
func (a *Archive) ids() ([]string, error) {
	entries, err := os.ReadDir(a.SessionsDir())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, facilitation.Msg("sessions.cannot_list", err)
	}
	var ids []string
	for _, e := range entries {
		// Hidden names are not sessions (editor and system files).
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			ids = append(ids, e.Name())
		}
	}
	return ids, nil
}
