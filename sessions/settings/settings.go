// Package settings is baraza's settings file, config.toml in the user's
// config directory, and how each setting is chosen: a command-line flag
// wins over the environment, the environment over the file, the file over
// the default. docs/settings.md describes every key.
package settings

import (
	"fmt"
	"strings"

	"filippo.io/age"
)

// Environment variables.
const (
	ConfigEnv = "BARAZA_CONFIG"   // the settings file to read instead of the usual one
	DataEnv   = "BARAZA_DATA_DIR" // the data directory (sessions.DataDirEnv)
	ThemeEnv  = "BARAZA_THEME"    // light or dark
	LangEnv   = "BARAZA_LANG"     // the language, above the settings file
)

// Keys of the settings file, in the order `baraza config` prints them.
const (
	KeyLanguage   = "language"
	KeyDataDir    = "data_dir"
	KeyTheme      = "theme"
	KeyInclusive  = "inclusive"
	KeyRecipients = "seal.recipients"
	KeyAutoSeal   = "seal.auto"
	KeyListen     = "serve.listen"
	KeyAllow      = "serve.allow"
)

// Keys lists every setting, in print order.
var Keys = []string{KeyLanguage, KeyDataDir, KeyTheme, KeyInclusive, KeyRecipients, KeyAutoSeal, KeyListen, KeyAllow}

// DefaultListen is where a shared session listens unless --listen or
// [serve] listen says otherwise (every address, port 2323).
const DefaultListen = ":2323"

// Values of theme and inclusive.
const (
	ThemeAuto  = "auto"
	ThemeDark  = "dark"
	ThemeLight = "light"

	InclusivePlain = "plain"      // "Participant", "présent(e)"
	InclusiveDot   = "middle-dot" // "Participant·e", "présent·e"
)

// Kind is where a setting's value came from.
type Kind string

// Where a value can come from, strongest first. System is the operating
// system's locale (LC_ALL, LC_MESSAGES, LANG): a default for every program,
// so a choice made for baraza in its settings file wins over it.
const (
	FromFlag    Kind = "flag"
	FromEnv     Kind = "environment"
	FromFile    Kind = "file"
	FromSystem  Kind = "system"
	FromDefault Kind = "default"
)

// Origin says where one setting came from: the kind and its detail
// ("--lang", "BARAZA_THEME", "/home/a/.config/baraza/config.toml:3").
type Origin struct {
	Kind   Kind
	Detail string
}

func (o Origin) String() string {
	if o.Detail == "" {
		return string(o.Kind)
	}
	return fmt.Sprintf("%s (%s)", o.Kind, o.Detail)
}

// Settings are the effective settings.
type Settings struct {
	Language   string // a language code ("fr"); "en" by default
	DataDir    string // "" = the platform's data directory (sessions.DataDir decides)
	Theme      string // auto, dark or light
	Inclusive  string // plain or middle-dot
	Recipients []*age.X25519Recipient
	AutoSeal   bool   // seal each session with Recipients when it is closed
	Listen     string // where a shared session listens (host:port)
	Allow      string // authorized-keys file of keys that may take any role; "" for none

	// File is the settings file that was read, or would be; Found tells
	// whether it exists.
	File  string
	Found bool
	// Origins says, for each key of Keys, where its value came from.
	Origins map[string]Origin
}

// Value is a setting as `baraza config` prints it.
func (s *Settings) Value(key string) string {
	switch key {
	case KeyLanguage:
		return s.Language
	case KeyDataDir:
		return s.DataDir
	case KeyTheme:
		return s.Theme
	case KeyInclusive:
		return s.Inclusive
	case KeyRecipients:
		var rs []string
		for _, r := range s.Recipients {
			rs = append(rs, r.String())
		}
		return strings.Join(rs, ", ")
	case KeyAutoSeal:
		return fmt.Sprint(s.AutoSeal)
	case KeyListen:
		return s.Listen
	case KeyAllow:
		return s.Allow
	}
	return ""
}
