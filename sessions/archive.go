package sessions

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/bundle"
	"github.com/baraza-app/baraza/sessions/seal"
)

// Names inside a session directory.
const (
	PlanFile = "plan.toml"
	LogFile  = "log.jsonl"
)

// Archive is the sessions saved under one data directory, in
// Dir/sessions/<id>/.
type Archive struct {
	Dir string // the data directory

	// Unlock gives the secrets that open a sealed session (named by its
	// directory name) when a command needs to read one: the command line
	// reads them from flags or asks for a passphrase. Nil means sealed
	// sessions cannot be read.
	Unlock func(name string, info seal.Info) (seal.Secrets, error)
}

// Open returns the archive in dataDir. It does no I/O: the directories are
// made by the first Create, and reading an archive never creates them.
func Open(dataDir string) *Archive { return &Archive{Dir: dataDir} }

// SessionsDir is the directory that holds one directory per session.
func (a *Archive) SessionsDir() string { return filepath.Join(a.Dir, "sessions") }

// Writable is a session open for writing: this process holds its log's lock
// until Close.
type Writable struct {
	ID     string
	Dir    string
	Log    *session.Writer
	Events []session.Event // the log's events when it was opened
}

// Close closes the log and releases its lock.
func (w *Writable) Close() error { return w.Log.Close() }

// Create starts a new session of plan at now: it makes the session's
// directory, saves planSource (the plan file's bytes, skipped if nil) as
// plan.toml, opens the log and records session_started. If any step fails,
// the half-made directory is removed.
func (a *Archive) Create(plan *facilitation.Plan, planSource []byte, now time.Time) (*Writable, error) {
	return a.create(plan, planSource, now, nil, false)
}

// CreateFollowUp starts a session that follows up an earlier one (an id, a
// unique prefix or a directory; read without locking, open or closed): its
// log names the earlier session and begins with what that session left
// open — deferred items and actions still planned or under way.
func (a *Archive) CreateFollowUp(plan *facilitation.Plan, planSource []byte, now time.Time, earlierIDOrDir string) (*Writable, error) {
	earlier, _, err := a.Read(earlierIDOrDir)
	if err != nil {
		return nil, facilitation.Msg("sessions.cannot_follow_up", earlierIDOrDir, err)
	}
	return a.create(plan, planSource, now, earlier, false)
}

func (a *Archive) create(plan *facilitation.Plan, planSource []byte, now time.Time, earlier *session.State, demo bool) (*Writable, error) {
	if err := ensureDir(a.SessionsDir()); err != nil {
		return nil, facilitation.Msg("sessions.cannot_create_dir", err)
	}
	id, dir, err := a.claimID(NewID(plan.Title, now))
	if err != nil {
		return nil, err
	}
	var w *Writable
	if demo {
		err = writeDemoMark(dir)
	}
	if err == nil {
		w, err = a.start(id, dir, plan, planSource, now, earlier)
	}
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, facilitation.Msg("sessions.cannot_create", id, err)
	}
	return w, nil
}

// claimID creates the directory of base, or of base-2, base-3... if taken.
// Mkdir fails on an existing name, so two processes never get the same id.
func (a *Archive) claimID(base string) (id, dir string, err error) {
	for n := 1; ; n++ {
		id = base
		if n > 1 {
			id = base + "-" + strconv.Itoa(n)
		}
		dir = filepath.Join(a.SessionsDir(), id)
		err = makeDir(dir)
		if err == nil {
			return id, dir, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", "", facilitation.Msg("sessions.cannot_create_session_dir", err)
		}
	}
}

func (a *Archive) start(id, dir string, plan *facilitation.Plan, planSource []byte, now time.Time, earlier *session.State) (*Writable, error) {
	if planSource != nil {
		if err := writeFileAtomic(dir, PlanFile, planSource); err != nil {
			return nil, err
		}
	}
	log, events, err := session.OpenWriter(filepath.Join(dir, LogFile))
	if err != nil {
		return nil, err
	}
	started := session.NewSessionStarted(id, plan)
	batch := []session.Event{started}
	if earlier != nil {
		batch[0] = session.FollowUpStart(batch[0], earlier)
		batch = append(batch, session.CarryOver(earlier)...)
	}
	for i := range batch {
		batch[i].At = now
	}
	written, err := log.AppendBatch(batch)
	if err != nil {
		_ = log.Close()
		return nil, err
	}
	return &Writable{ID: id, Dir: dir, Log: log, Events: append(events, written...)}, nil
}

// OpenForWriting opens a saved session (an id, a unique id prefix or a
// directory, as Resolve takes) to record more events. If another baraza has
// it open, the error is a *session.LockedError naming that process.
func (a *Archive) OpenForWriting(idOrDir string) (*Writable, error) {
	dir, err := a.Resolve(idOrDir)
	if err != nil {
		return nil, err
	}
	if err := refuseSealed(dir); err != nil {
		return nil, err
	}
	if _, err := os.Lstat(filepath.Join(dir, bundle.ImportedMarker)); err == nil {
		return nil, facilitation.Msg("sessions.imported_open", filepath.Base(dir))
	}
	log, events, err := session.OpenWriter(filepath.Join(dir, LogFile))
	if err != nil {
		return nil, err
	}
	if len(events) == 0 {
		_ = log.Close()
		return nil, facilitation.Msg("sessions.empty_log_never_started", filepath.Base(dir))
	}
	return &Writable{ID: filepath.Base(dir), Dir: dir, Log: log, Events: events}, nil
}

// Read folds a saved session's log without locking it, so it works while
// another process is writing the session. The warnings are the log
// reader's (such as a last line still being written).
func (a *Archive) Read(idOrDir string) (*session.State, []session.Warning, error) {
	dir, err := a.Resolve(idOrDir)
	if err != nil {
		return nil, nil, err
	}
	if seal.IsSealed(dir) {
		rec, err := a.readSealedRecording(dir)
		if err != nil {
			return nil, nil, err
		}
		st, err := session.FoldEventsOf(filepath.Join(dir, LogFile), rec.Events)
		return st, rec.Warnings, err
	}
	return readDir(dir)
}

// readDir reads and folds the log in a session directory, streaming it.
func readDir(dir string) (*session.State, []session.Warning, error) {
	st, warnings, err := session.FoldLog(filepath.Join(dir, LogFile))
	if err != nil {
		return nil, warnings, err
	}
	if st.Seq == 0 {
		return nil, warnings, facilitation.Msg("sessions.log_empty")
	}
	return st, warnings, nil
}
