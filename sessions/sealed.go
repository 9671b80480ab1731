package sessions

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/seal"
)

// sealedSuffix ends the name of a sealed session that shows its id; one that
// hides it is named hiddenPrefix plus random letters.
const (
	sealedSuffix = ".sealed"
	hiddenPrefix = "sealed-"
)

// SealOptions say how to seal a session.
type SealOptions struct {
	Keys seal.Keys
	// ShowLabel keeps the id, title and date readable without a key. By
	// default a sealed session shows nothing: its name is random.
	ShowLabel bool
	Now       time.Time
}

// Seal encrypts a closed session (id, prefix or directory) in place of its
// plaintext, and returns its id and the sealed session's name in the archive. An open
// session, or one a baraza is writing, is refused: it is still plaintext
// until it closes.
func (a *Archive) Seal(idOrDir string, opts SealOptions) (id, name string, err error) {
	dir, err := a.Resolve(idOrDir)
	if err != nil {
		return "", "", err
	}
	id = filepath.Base(dir)
	if seal.IsSealed(dir) {
		return "", "", facilitation.Msg("sessions.already_sealed", id)
	}
	release, err := session.HoldLog(filepath.Join(dir, LogFile))
	if err != nil {
		return "", "", err
	}
	st, _, readErr := readDir(dir)
	if readErr != nil {
		_ = release()
		return "", "", readErr
	}
	if !st.Closed {
		_ = release()
		return "", "", facilitation.Msg("sessions.seal_open", id)
	}
	name = hiddenPrefix + randomName()
	var label *seal.Label
	if opts.ShowLabel {
		name = id + sealedSuffix
		label = &seal.Label{ID: id, Title: st.Plan.Title, Date: summaryDate(st)}
	}
	dst := filepath.Join(filepath.Dir(dir), name)
	err = seal.Seal(dir, id, dst, opts.Keys, label, opts.Now)
	// The lock goes before the plaintext does: Windows cannot delete a file
	// that is held open.
	if relErr := release(); err == nil && relErr != nil {
		err = relErr
	}
	if err != nil {
		return "", "", facilitation.Msg("sessions.cannot_seal", id, err)
	}
	a.forget(id) // the index must not keep the title of a sealed session
	return id, name, seal.Wipe(dir)
}

// Unseal decrypts a sealed session back into a plain session directory of
// the archive and returns its id. Wrong secrets change nothing.
func (a *Archive) Unseal(idOrDir string, secrets seal.Secrets) (string, error) {
	dir, err := a.Resolve(idOrDir)
	if err != nil {
		return "", err
	}
	if !seal.IsSealed(dir) {
		return "", facilitation.Msg("sessions.not_sealed", filepath.Base(dir))
	}
	if err := ensureDir(a.SessionsDir()); err != nil {
		return "", err
	}
	return seal.Unseal(dir, a.SessionsDir(), secrets)
}

// openSealed decrypts a sealed session in memory with the secrets a.Unlock
// gives. Nothing is written to disk.
func (a *Archive) openSealed(dir string) (id string, files map[string][]byte, err error) {
	if a.Unlock == nil {
		return "", nil, facilitation.Msg("sessions.sealed_because", filepath.Base(dir), seal.ErrNoSecret)
	}
	info, err := seal.ReadInfo(dir)
	if err != nil {
		return "", nil, err
	}
	secrets, err := a.Unlock(filepath.Base(dir), info)
	if err != nil {
		return "", nil, err
	}
	id, list, err := seal.Open(dir, secrets)
	if err != nil {
		return "", nil, facilitation.Msg("sessions.session_error", filepath.Base(dir), err)
	}
	files = make(map[string][]byte, len(list))
	for _, f := range list {
		files[f.Name] = f.Data
	}
	return id, files, nil
}

// readSealedRecording reads a sealed session's log and annotations from
// memory.
func (a *Archive) readSealedRecording(dir string) (*Recording, error) {
	id, files, err := a.openSealed(dir)
	if err != nil {
		return nil, err
	}
	data, ok := files[LogFile]
	if !ok {
		return nil, facilitation.Msg("sessions.sealed_no_log", filepath.Base(dir), LogFile)
	}
	logName := filepath.Join(dir, id, LogFile) // as it was: for messages only
	events, warnings, err := session.ReadLogFrom(logName, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if len(events) == 0 {
		return nil, facilitation.Msg("sessions.empty_log", id)
	}
	notes, err := parseAnnotations(filepath.Join(dir, id, AnnotationsFile), files[AnnotationsFile])
	if err != nil {
		return nil, err
	}
	return &Recording{ID: id, Dir: dir, Events: events, Warnings: warnings, Sealed: true, sealedNotes: notes}, nil
}

// SealedWith says what opens a sealed session: a passphrase, and how many
// of the programme's public keys.
type SealedWith struct {
	Passphrase bool
	Keys       int
}

// summariseSealed lists a sealed session by what it shows without a key.
func summariseSealed(name, dir string) Summary {
	info, err := seal.ReadInfo(dir)
	if err != nil {
		return Summary{ID: name, Err: err}
	}
	s := Summary{ID: name, Sealed: true, SealedWith: SealedWith{Passphrase: info.Passphrase, Keys: len(info.Recipients)}}
	if l := info.Label; l != nil {
		s.Title, s.Date = l.Title, l.Date
		if t, ok := idTime(l.ID); ok {
			s.StartedAt = t
		}
	}
	return s
}

// summaryDate is the date a session is listed under: the plan's date, else
// the local start date.
func summaryDate(st *session.State) string {
	if d := st.Plan.Date; len(d) >= len("2006-01-02") {
		return d[:len("2006-01-02")] // drop a time of day
	}
	return st.StartedAt.Local().Format("2006-01-02")
}

// randomName is 12 random hex digits: a sealed session's name must not
// tell its date or title.
func randomName() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b) // crypto/rand never fails on supported platforms
	return hex.EncodeToString(b)
}

// errSealedWrite refuses writing into a sealed session.
var errSealedWrite error = facilitation.Key("sessions.sealed_write")

// refuseSealed returns errSealedWrite for a sealed session directory.
func refuseSealed(dir string) error {
	if seal.IsSealed(dir) {
		return facilitation.Msg("sessions.about", dir, errSealedWrite)
	}
	if _, err := os.Lstat(filepath.Join(dir, seal.InfoFile)); err == nil {
		return facilitation.Msg("sessions.about", dir, errSealedWrite)
	}
	return nil
}
