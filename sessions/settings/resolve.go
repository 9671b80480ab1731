package settings

import (
	"fmt"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
)

// Flags are the values given on the command line ("" = not given).
type Flags struct {
	Lang    string // --lang
	DataDir string // --data-dir
	Theme   string // --theme
	Listen  string // --listen (serve, demo, run, resume)
	Allow   string // --allow (serve, demo, run, resume)
}

// Resolve chooses each setting: flag > environment > file > default.
// file may be nil (no settings file); path is where it is or would be.
// It does no I/O beyond getenv.
func Resolve(flags Flags, getenv func(string) string, file *File, path string) *Settings {
	s := &Settings{File: path, Found: file != nil, Origins: map[string]Origin{}}
	if file == nil {
		file = &File{Given: map[string]int{}}
	}
	fromFile := func(key string) (Origin, bool) {
		line, ok := file.Given[key]
		return Origin{FromFile, fmt.Sprintf("%s:%d", path, line)}, ok
	}
	pick := func(key string, flag, flagName, envName, fileValue string) string {
		env := ""
		if envName != "" {
			env = strings.TrimSpace(getenv(envName))
		}
		switch o, inFile := fromFile(key); {
		case flag != "":
			s.Origins[key] = Origin{FromFlag, flagName}
			return flag
		case env != "":
			s.Origins[key] = Origin{FromEnv, envName}
			return env
		case inFile:
			s.Origins[key] = o
			return fileValue
		}
		return ""
	}

	s.Language = strings.ToLower(pick(KeyLanguage, flags.Lang, "--lang", LangEnv, file.Language))
	if s.Language == "" {
		s.Language, s.Origins[KeyLanguage] = systemLanguage(getenv)
	}
	s.DataDir = pick(KeyDataDir, flags.DataDir, "--data-dir", DataEnv, file.DataDir)
	if s.DataDir == "" {
		s.Origins[KeyDataDir] = Origin{Kind: FromDefault}
	}
	s.Theme = strings.ToLower(pick(KeyTheme, flags.Theme, "--theme", ThemeEnv, file.Theme))
	if s.Theme == "" {
		s.Theme, s.Origins[KeyTheme] = ThemeAuto, Origin{Kind: FromDefault}
	}
	s.Inclusive = pick(KeyInclusive, "", "", "", file.Inclusive)
	if s.Inclusive == "" {
		s.Inclusive, s.Origins[KeyInclusive] = InclusivePlain, Origin{Kind: FromDefault}
	}
	s.Recipients = file.Recipients
	if o, ok := fromFile(KeyRecipients); ok {
		s.Origins[KeyRecipients] = o
	} else {
		s.Origins[KeyRecipients] = Origin{Kind: FromDefault}
	}
	s.AutoSeal = file.AutoSeal
	if o, ok := fromFile(KeyAutoSeal); ok {
		s.Origins[KeyAutoSeal] = o
	} else {
		s.Origins[KeyAutoSeal] = Origin{Kind: FromDefault}
	}
	s.Listen = pick(KeyListen, flags.Listen, "--listen", "", file.Listen)
	if s.Listen == "" {
		s.Listen, s.Origins[KeyListen] = DefaultListen, Origin{Kind: FromDefault}
	}
	s.Allow = pick(KeyAllow, flags.Allow, "--allow", "", file.Allow)
	if s.Allow == "" {
		s.Origins[KeyAllow] = Origin{Kind: FromDefault}
	}
	return s
}

// systemLanguage reads the operating system's locale: the first of LC_ALL,
// LC_MESSAGES and LANG that is set ("fr_CD.UTF-8" is "fr"); English when
// none is, or for "C" and "POSIX".
func systemLanguage(getenv func(string) string) (string, Origin) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		l := strings.TrimSpace(getenv(v))
		if l == "" {
			continue
		}
		code, _, _ := strings.Cut(strings.NewReplacer("_", "-", ".", "-", "@", "-").Replace(strings.ToLower(l)), "-")
		if code == "c" || code == "posix" || code == "" {
			code = "en"
		}
		if !facilitation.KnownLanguage(code) {
			return "en", Origin{FromDefault, fmt.Sprintf("%s=%s is not a language baraza has", v, l)}
		}
		return code, Origin{FromSystem, v + "=" + l}
	}
	return "en", Origin{Kind: FromDefault}
}
