package session

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
)

// OpenElsewhereError reports that a session is open on another computer:
// its lock record, synced here by a file-sync tool (Syncthing, a shared
// drive), names another host. A lock is only a lock on the computer that
// took it, so a record from elsewhere must not be taken over silently: two
// computers appending to one log would each lose the other's events when
// the sync tool settles the conflict.
type OpenElsewhereError struct {
	Path, Host, Since string
	LockFile          string
}

func (e *OpenElsewhereError) Error() string { return e.In("en") }

// In says the error in lang.
func (e *OpenElsewhereError) In(lang string) string {
	var since any = ""
	if e.Since != "" {
		since = facilitation.Msg("log.holder.since", e.Since)
	}
	return facilitation.Msg("log.open_elsewhere", filepath.Base(filepath.Dir(e.Path)), e.Host, since, e.LockFile).In(lang)
}

// foreignHolder returns an *OpenElsewhereError when the lock file (left as
// it was: a closed session's record is emptied on release) names a host
// other than this one. An empty record, or one from this host (a crash
// here), is ours to take.
func foreignHolder(logPath, lp string) error {
	b, err := ReadFile(lp)
	if err != nil || len(b) == 0 {
		return nil
	}
	var h logLockHolder
	if json.Unmarshal(b, &h) != nil || h.Host == "" {
		return nil
	}
	here, err := os.Hostname()
	if err != nil || strings.EqualFold(h.Host, here) {
		return nil
	}
	return &OpenElsewhereError{Path: logPath, Host: h.Host, Since: h.Since, LockFile: lp}
}
