package sessions

import (
	"os"
	"path/filepath"

	"github.com/baraza-app/baraza/facilitation"
)

// ErrOpenSession is wrapped by Remove when asked to remove a session that
// is not closed yet without force.
var ErrOpenSession error = facilitation.Key("sessions.still_open")

// Remove deletes a session of this archive (an id or a unique prefix;
// sealed sessions count too) and forgets it in the index. An open session
// is refused unless force; one that a baraza is recording is refused
// always. A directory outside the archive is refused: Remove never deletes
// what it did not make.
func (a *Archive) Remove(idOrDir string, force bool) (Summary, error) {
	dir, err := a.Resolve(idOrDir)
	if err != nil {
		return Summary{}, err
	}
	if filepath.Dir(dir) != filepath.Clean(a.SessionsDir()) {
		return Summary{}, facilitation.Msg("sessions.rm_outside", dir, a.SessionsDir())
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return Summary{}, err
	}
	if !fi.IsDir() {
		return Summary{}, facilitation.Msg("sessions.rm_not_dir", dir)
	}
	id := filepath.Base(dir)
	s := summarise(id, dir)
	if s.Err == nil && !s.Sealed && s.Open {
		if !force {
			return s, facilitation.Msg("sessions.about", id, ErrOpenSession)
		}
		// Taking the lock refuses a session another baraza is recording.
		w, err := a.OpenForWriting(dir)
		if err != nil {
			return s, err
		}
		if err := w.Close(); err != nil {
			return s, err
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return s, facilitation.Msg("sessions.cannot_remove", id, err)
	}
	a.forget(id)
	return s, syncDir(a.SessionsDir())
}
