package sessions

import (
	"fmt"
	"path/filepath"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/seal"
)

// OpenReplay opens a session for replay without waiting for its whole
// log: the first events are read and folded at once (Recording.Timeline),
// and Recording.Loader reads the rest in the background (nil when the log
// was read whole: a short log, the demo, a sealed session). A log of a
// million events shows its first frame in a fraction of a second.
func (a *Archive) OpenReplay(idOrDir string, first int) (*Recording, error) {
	dir := idOrDir
	if idOrDir != DemoName {
		var err error
		if dir, err = a.Resolve(idOrDir); err != nil {
			return nil, err
		}
	}
	if idOrDir == DemoName || seal.IsSealed(dir) {
		rec, err := a.OpenRecording(idOrDir)
		if err != nil {
			return nil, err
		}
		if rec.Timeline, err = session.NewTimeline(rec.Events); err != nil {
			return nil, fmt.Errorf("%s: %w", rec.Dir, err)
		}
		return rec, nil
	}
	tl, loader, warnings, err := session.OpenTimeline(filepath.Join(dir, LogFile), first)
	if err != nil {
		return nil, err
	}
	if tl.Len() == 0 {
		return nil, facilitation.Msg("sessions.nothing_to_replay", filepath.Base(dir))
	}
	return &Recording{ID: filepath.Base(dir), Dir: dir, Events: tl.Events(), Warnings: warnings, Timeline: tl, Loader: loader}, nil
}
