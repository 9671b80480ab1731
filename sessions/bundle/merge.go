package bundle

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/seal"
)

// Outcome is what happened to one incoming session.
type Outcome string

// Outcomes of an import.
const (
	Added     Outcome = "added"     // it was not here
	Unchanged Outcome = "unchanged" // the same content is here already
	Updated   Outcome = "updated"   // the copy here was an earlier state of it (its log had grown since)
	KeptBoth  Outcome = "kept both" // the same id with other content: the incoming one is kept under another name
	Skipped   Outcome = "skipped"   // it could not be imported (see Note)
)

// Result is one incoming session's outcome.
type Result struct {
	Name    string
	As      string // the name it has here, when not Name
	Outcome Outcome
	Note    facilitation.Message // why, for Skipped; what else to know (Key "" when nothing)
}

// Report is what an import did.
type Report struct {
	Results   []Result
	Conflicts []string // sync tools' conflict copies found and left out
}

// Count is the number of results with outcome o.
func (r Report) Count(o Outcome) int {
	n := 0
	for _, res := range r.Results {
		if res.Outcome == o {
			n++
		}
	}
	return n
}

// merge moves one staged session into the archive.
func merge(s scannedDir, t Target, staging string) Result {
	res := Result{Name: s.Name}
	dest := filepath.Join(t.SessionsDir, s.Name)
	if _, err := os.Lstat(dest); errors.Is(err, fs.ErrNotExist) {
		return place(s, dest, res, Added)
	}
	here, err := scanDir(dest)
	if err != nil {
		res.Outcome, res.Note = Skipped, facilitation.Msg("bundle.note_unreadable_here", err)
		return res
	}
	if fingerprint(here.Files) == fingerprint(s.Files) {
		res.Outcome = Unchanged
		return res
	}
	if !seal.IsSealed(dest) && !seal.IsSealed(s.Dir) {
		release, err := t.Hold(dest)
		if err != nil {
			res.Note = facilitation.Msg("bundle.note_open_here")
			return keepBoth(s, t, res)
		}
		grown := isPrefixOf(dest, here.Files, s.Dir, s.Files)
		if grown {
			res = replace(s, dest, staging, res)
		}
		_ = release()
		if grown {
			return res
		}
	}
	return keepBoth(s, t, res)
}

// place renames a staged session into the archive.
func place(s scannedDir, dest string, res Result, o Outcome) Result {
	if err := os.Rename(s.Dir, dest); err != nil {
		res.Outcome, res.Note = Skipped, facilitation.Msg("bundle.note", err)
		return res
	}
	markIfOpen(dest) // the archive directory is synced once, after every session is placed
	res.Outcome = o
	if filepath.Base(dest) != s.Name {
		res.As = filepath.Base(dest)
	}
	return res
}

// replace swaps the archive's copy of a session for its grown version; the
// old copy goes to staging, which is removed at the end of the import.
func replace(s scannedDir, dest, staging string, res Result) Result {
	old := filepath.Join(staging, ".replaced-"+s.Name)
	if err := os.Rename(dest, old); err != nil {
		res.Outcome, res.Note = Skipped, facilitation.Msg("bundle.note", err)
		return res
	}
	res = place(s, dest, res, Updated)
	if res.Outcome == Skipped {
		_ = os.Rename(old, dest) // put the old copy back
	}
	return res
}

// keepBoth keeps an incoming session whose id is taken by other content
// under the name ID-conflict-XXXXXXXX (the start of its fingerprint), so
// importing the same bundle again finds it unchanged.
func keepBoth(s scannedDir, t Target, res Result) Result {
	alt := s.Name + "-conflict-" + fingerprint(s.Files)[:8]
	dest := filepath.Join(t.SessionsDir, alt)
	if _, err := os.Lstat(dest); err == nil {
		if there, err := scanDir(dest); err == nil && fingerprint(there.Files) == fingerprint(s.Files) {
			res.Outcome, res.As = Unchanged, alt
		} else {
			res.Outcome, res.Note = Skipped, facilitation.Msg("bundle.note_alt_exists", alt)
		}
		return res
	}
	note := res.Note
	res = place(s, dest, res, KeptBoth)
	if note.Key != "" && res.Note.Key == "" {
		res.Note = note
	}
	return res
}

// markIfOpen writes the import marker into a plain session that is not
// closed: it was being recorded on another computer, so this one must not
// write into it.
func markIfOpen(dir string) {
	if seal.IsSealed(dir) {
		return
	}
	events, _, err := session.ReadLog(filepath.Join(dir, "log.jsonl"))
	if err != nil {
		return
	}
	if st, err := session.Fold(events); err == nil && st.Closed {
		_ = os.Remove(filepath.Join(dir, ImportedMarker))
		return
	}
	host, _ := json.Marshal(map[string]string{"imported_at": time.Now().UTC().Format(time.RFC3339)})
	_ = os.WriteFile(filepath.Join(dir, ImportedMarker), append(host, '\n'), 0o600)
}
