package sessions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/demo"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
	"github.com/baraza-app/baraza/sessions/seal"
)

// DemoName is what `baraza replay demo` and the home screen call the
// built-in demo recording.
const DemoName = "demo"

// Recording is a session read for replay: its events, never locked, never
// written.
type Recording struct {
	ID, Dir  string
	Events   []session.Event
	Warnings []session.Warning // from the log reader, e.g. a last line still being written
	// Sealed is true for a sealed session read in memory: Dir is the sealed
	// directory, and nothing may be written beside it.
	Sealed      bool
	sealedNotes []Annotation
	// Timeline and Loader are set by OpenReplay: the timeline of the
	// events read so far (Events are its events), and what reads the rest
	// of the log in the background (nil when it is read whole).
	Timeline *session.Timeline
	Loader   *session.TimelineLoader
}

// Annotations are the trainers' notes on the recording, in the order
// written: from annotations.jsonl, or from the sealed copy.
func (r *Recording) Annotations() ([]Annotation, error) {
	if r.Sealed {
		return r.sealedNotes, nil
	}
	return ReadAnnotations(r.Dir)
}

// FoldRecording reads and folds a session as OpenRecording reads it, but
// streams a plain log through the fold without keeping its events, so that
// exporting or previewing a long session costs the memory of its state,
// not of its file. The Recording's Events hold only the first event
// (session_started, with the plan); the state is the whole session's.
func (a *Archive) FoldRecording(idOrDir string) (*Recording, *session.State, error) {
	dir := idOrDir
	if idOrDir != DemoName {
		var err error
		if dir, err = a.Resolve(idOrDir); err != nil {
			return nil, nil, err
		}
	}
	if idOrDir == DemoName || seal.IsSealed(dir) {
		rec, err := a.OpenRecording(idOrDir)
		if err != nil {
			return nil, nil, err
		}
		st, err := session.Fold(rec.Events)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", rec.Dir, err)
		}
		return rec, st, nil
	}
	path := filepath.Join(dir, LogFile)
	st, first, warnings, err := session.FoldLogFirst(path)
	if err != nil {
		return nil, nil, err
	}
	if st.Seq == 0 {
		return nil, nil, facilitation.Msg("sessions.nothing_to_replay", filepath.Base(dir))
	}
	return &Recording{ID: filepath.Base(dir), Dir: dir, Events: []session.Event{first}, Warnings: warnings}, st, nil
}

// OpenRecording reads a session for replay (an id, a unique prefix, a
// directory, or "demo" for the built-in recording). It works on open
// sessions too: a session that crashed replays up to its last event.
func (a *Archive) OpenRecording(idOrDir string) (*Recording, error) {
	if idOrDir == DemoName {
		return a.demoRecording()
	}
	dir, err := a.Resolve(idOrDir)
	if err != nil {
		return nil, err
	}
	if seal.IsSealed(dir) {
		return a.readSealedRecording(dir)
	}
	events, warnings, err := session.ReadLog(filepath.Join(dir, LogFile))
	if err != nil {
		return nil, err
	}
	if len(events) == 0 {
		return nil, facilitation.Msg("sessions.nothing_to_replay", filepath.Base(dir))
	}
	return &Recording{ID: filepath.Base(dir), Dir: dir, Events: events, Warnings: warnings}, nil
}

// demoRecording saves the built-in recording in the archive the first time,
// as a closed session like any other, so that trainers' annotations have a
// place beside its log; later calls read it from there.
func (a *Archive) demoRecording() (*Recording, error) {
	dir := filepath.Join(a.SessionsDir(), demorec.ID)
	if _, err := os.Stat(filepath.Join(dir, LogFile)); err != nil && !seal.IsSealed(dir) { // missing, or no way to it
		if err := a.saveDemoRecording(dir); err != nil {
			// A read-only data directory (a locked-down laptop, a CD): the
			// recording is in the binary, so replay and export still work.
			return &Recording{ID: demorec.ID, Dir: dir, Events: demorec.Events(), Warnings: []session.Warning{
				facilitation.Msg("sessions.demo_not_saved", dir, err)}}, nil
		}
	}
	return a.OpenRecording(dir)
}

func (a *Archive) saveDemoRecording(dir string) error {
	if err := ensureDir(a.SessionsDir()); err != nil {
		return err
	}
	if err := makeDir(dir); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	_, src := demo.Plan("en")
	if err := writeFileAtomic(dir, PlanFile, src); err != nil {
		return err
	}
	w, existing, err := session.OpenWriter(filepath.Join(dir, LogFile))
	if err != nil {
		return err
	}
	if len(existing) == 0 { // another process may have just written it
		_, err = w.AppendBatch(demorec.Events())
	}
	return errors.Join(err, w.Close())
}
