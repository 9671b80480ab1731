//go:build !unix

package termtheme

import (
	"os"
	"time"
)

// Query does not ask the terminal outside Unix (the Windows console has no
// reliable answer to OSC 11): ok is false and the caller keeps its default.
func Query(tty *os.File, timeout time.Duration) (dark, ok bool) { return false, false }

// QueryTerminal is Query on the controlling terminal: nothing outside Unix.
func QueryTerminal(timeout time.Duration) (dark, ok bool) { return false, false }
