// Package sessions is the archive of saved sessions on disk: one directory
// per session holding a copy of its plan and its log. It finds, creates,
// lists and opens sessions; what a log means is package session's business.
// The layout is documented in docs/archive.md.
package sessions

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"github.com/baraza-app/baraza/facilitation"
)

// DataDirEnv names the environment variable that sets the data directory.
const DataDirEnv = "BARAZA_DATA_DIR"

// DataDir chooses the data directory: flagValue (the --data-dir flag) if
// given, else $BARAZA_DATA_DIR, else the platform's user data directory
// (on Linux $XDG_DATA_HOME/baraza, usually ~/.local/share/baraza). The
// result is absolute so that messages naming it are unambiguous. It does
// no I/O beyond reading the environment.
func DataDir(flagValue string) (string, error) {
	dir := strings.TrimSpace(flagValue)
	if dir == "" {
		dir = strings.TrimSpace(os.Getenv(DataDirEnv))
	}
	if dir == "" {
		if xdg.DataHome == "" {
			return "", facilitation.Msg("sessions.no_data_dir", DataDirEnv)
		}
		dir = filepath.Join(xdg.DataHome, "baraza")
	}
	return filepath.Abs(dir)
}
