package ui

import (
	"errors"
	"io/fs"

	"github.com/baraza-app/baraza/facilitation"
)

// saveCause names, as a catalog key, why a write failed, in the words a
// facilitator can act on ("Disk full"), for the front of the status line;
// the OS's message, with the log's path, follows it if there is room.
func saveCause(err error) string {
	switch {
	case isDiskFull(err):
		return "save.cause.disk_full"
	case isReadOnly(err):
		return "save.cause.read_only"
	case isIOError(err):
		return "save.cause.io"
	case errors.Is(err, fs.ErrPermission):
		return "save.cause.permission"
	case errors.Is(err, fs.ErrNotExist):
		return "save.cause.gone"
	}
	return "save.cause.other"
}

// osReason is the innermost error of a failed write ("no space left on
// device"), without the log's path the wrapping messages repeat, in lang
// when it is a message of baraza's own; an event saved but not shown
// (journal.not_shown) is said whole.
func osReason(err error, lang string) string {
	for {
		if m, ok := err.(facilitation.Message); ok && m.Key == notShown {
			return m.In(lang)
		}
		u := errors.Unwrap(err)
		if u == nil {
			return facilitation.ErrorIn(err, lang)
		}
		err = u
	}
}
