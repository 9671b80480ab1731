package settings

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// Path is the settings file: $BARAZA_CONFIG, else config.toml in baraza's
// folder of the platform's config directory ($XDG_CONFIG_HOME/baraza on
// Linux, %APPDATA%\baraza on Windows, ~/Library/Application Support/baraza
// on macOS). It creates nothing.
func Path(getenv func(string) string) string {
	if p := strings.TrimSpace(getenv(ConfigEnv)); p != "" {
		return p
	}
	home := strings.TrimSpace(getenv("XDG_CONFIG_HOME"))
	if home == "" || !filepath.IsAbs(home) {
		home = xdg.ConfigHome
	}
	return filepath.Join(home, "baraza", "config.toml")
}

// Load reads the settings file (a missing one is no error: defaults apply)
// and resolves every setting. A file that is a link or not a regular file
// is refused, as are files that break the rules (positioned problems);
// then the Settings resolved from the keys that were right come with the
// error, only to say it in the right language.
func Load(flags Flags, getenv func(string) string) (*Settings, error) {
	path := Path(getenv)
	file, err := readFile(path)
	if err != nil {
		if file == nil {
			return nil, err
		}
		return Resolve(flags, getenv, file, path), err
	}
	s := Resolve(flags, getenv, file, path)
	if s.DataDir != "" {
		s.DataDir = expandHome(s.DataDir, homeDir())
	}
	if s.Allow != "" {
		s.Allow = expandHome(s.Allow, homeDir())
	}
	return s, nil
}

func homeDir() string {
	h, err := os.UserHomeDir()
	if err != nil {
		return "~"
	}
	return h
}

func readFile(path string) (*File, error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, facilitation.Msg("settings.file_error", path, err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return nil, facilitation.Msg("settings.file_link", path, ConfigEnv)
	}
	if !fi.Mode().IsRegular() {
		return nil, facilitation.Msg("settings.file_not_regular", path, ConfigEnv)
	}
	data, err := session.ReadFile(path)
	if err != nil {
		return nil, facilitation.Msg("settings.file_error", path, err)
	}
	if len(data) > facilitation.MaxTOMLFileBytes {
		data = data[:facilitation.MaxTOMLFileBytes+1]
	}
	return Parse(path, data)
}
