package sessions

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/bundle"
)

// Pack writes a bundle of sessions to w: those named (ids, prefixes or
// directories), else every session of the archive, keeping only those
// started on or after since (YYYY-MM-DD) when it is set.
func (a *Archive) Pack(w io.Writer, idsOrDirs []string, since string, now time.Time) (bundle.PackReport, error) {
	var dirs []string
	if len(idsOrDirs) == 0 {
		names, err := a.ids()
		if err != nil {
			return bundle.PackReport{}, err
		}
		if since != "" {
			names = bundle.SelectSince(names, since)
		}
		for _, n := range names {
			dirs = append(dirs, filepath.Join(a.SessionsDir(), n))
		}
	}
	for _, id := range idsOrDirs {
		dir, err := a.Resolve(id)
		if err != nil {
			return bundle.PackReport{}, err
		}
		dirs = append(dirs, dir)
	}
	if len(dirs) == 0 {
		return bundle.PackReport{}, facilitation.Msg("sessions.nothing_to_pack")
	}
	return bundle.Pack(w, dirs, now)
}

// Import brings a bundle file, or another archive directory, into this
// archive.
func (a *Archive) Import(path string) (bundle.Report, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return bundle.Report{}, facilitation.Msg("sessions.cannot_import", path, errors.Unwrap(err))
	}
	if err := ensureDir(a.SessionsDir()); err != nil {
		return bundle.Report{}, err
	}
	t := bundle.Target{SessionsDir: a.SessionsDir(), Hold: func(dir string) (func() error, error) {
		return session.HoldLog(filepath.Join(dir, LogFile))
	}}
	if fi.IsDir() {
		return bundle.ImportDir(path, t)
	}
	if !fi.Mode().IsRegular() {
		return bundle.Report{}, facilitation.Msg("sessions.not_bundle", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return bundle.Report{}, err
	}
	defer f.Close()
	return bundle.ImportBundle(f, path, t)
}
