package settings

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const key1 = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"

func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func mustParse(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse("config.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestPrecedence: flag > environment > file > system locale > default, key by key.
func TestPrecedence(t *testing.T) {
	file := mustParse(t, "language = \"fr\"\ndata_dir = \"/srv/baraza\"\ntheme = \"light\"\ninclusive = \"middle-dot\"\n"+
		"[seal]\nrecipients = [\""+key1+"\"]\nauto = true\n[serve]\nlisten = \"192.168.43.1:2323\"\nallow = \"~/team.keys\"\n")
	for _, c := range []struct {
		name      string
		flags     Flags
		env       func(string) string
		file      *File
		key, want string
		from      Kind
		detail    string
	}{
		{"language: flag wins", Flags{Lang: "en"}, env(LangEnv, "fr", "LANG", "fr_FR.UTF-8"), file, KeyLanguage, "en", FromFlag, "--lang"},
		{"language: environment over file", Flags{}, env(LangEnv, "en"), file, KeyLanguage, "en", FromEnv, LangEnv},
		{"language: file over LANG", Flags{}, env("LANG", "en_US.UTF-8"), file, KeyLanguage, "fr", FromFile, "config.toml:1"},
		{"language: LANG without a file", Flags{}, env("LANG", "fr_CD.UTF-8"), nil, KeyLanguage, "fr", FromSystem, "LANG=fr_CD.UTF-8"},
		{"language: LC_ALL over LANG", Flags{}, env("LC_ALL", "fr_ML", "LANG", "en_GB"), nil, KeyLanguage, "fr", FromSystem, "LC_ALL=fr_ML"},
		{"language: LC_MESSAGES over LANG", Flags{}, env("LC_MESSAGES", "fr", "LANG", "en_GB"), nil, KeyLanguage, "fr", FromSystem, "LC_MESSAGES=fr"},
		{"language: C locale", Flags{}, env("LANG", "C.UTF-8"), nil, KeyLanguage, "en", FromSystem, "LANG=C.UTF-8"},
		{"language: a locale baraza lacks", Flags{}, env("LANG", "de_DE.UTF-8"), nil, KeyLanguage, "en", FromDefault, "LANG=de_DE.UTF-8 is not a language baraza has"},
		{"language: nothing", Flags{}, env(), nil, KeyLanguage, "en", FromDefault, ""},
		{"data_dir: flag", Flags{DataDir: "/tmp/x"}, env(DataEnv, "/tmp/y"), file, KeyDataDir, "/tmp/x", FromFlag, "--data-dir"},
		{"data_dir: environment", Flags{}, env(DataEnv, "/tmp/y"), file, KeyDataDir, "/tmp/y", FromEnv, DataEnv},
		{"data_dir: file", Flags{}, env(), file, KeyDataDir, "/srv/baraza", FromFile, "config.toml:2"},
		{"data_dir: default", Flags{}, env(), nil, KeyDataDir, "", FromDefault, ""},
		{"theme: flag", Flags{Theme: "dark"}, env(ThemeEnv, "light"), file, KeyTheme, "dark", FromFlag, "--theme"},
		{"theme: environment", Flags{}, env(ThemeEnv, "DARK"), file, KeyTheme, "dark", FromEnv, ThemeEnv},
		{"theme: file", Flags{}, env(), file, KeyTheme, "light", FromFile, "config.toml:3"},
		{"theme: default", Flags{}, env(), nil, KeyTheme, "auto", FromDefault, ""},
		{"inclusive: file", Flags{}, env(), file, KeyInclusive, "middle-dot", FromFile, "config.toml:4"},
		{"inclusive: default", Flags{}, env(), nil, KeyInclusive, "plain", FromDefault, ""},
		{"recipients: file", Flags{}, env(), file, KeyRecipients, key1, FromFile, "config.toml:6"},
		{"recipients: default", Flags{}, env(), nil, KeyRecipients, "", FromDefault, ""},
		{"auto: file", Flags{}, env(), file, KeyAutoSeal, "true", FromFile, "config.toml:7"},
		{"auto: default", Flags{}, env(), nil, KeyAutoSeal, "false", FromDefault, ""},
		{"listen: flag", Flags{Listen: ":2324"}, env(), file, KeyListen, ":2324", FromFlag, "--listen"},
		{"listen: file", Flags{}, env(), file, KeyListen, "192.168.43.1:2323", FromFile, "config.toml:9"},
		{"listen: default", Flags{}, env(), nil, KeyListen, ":2323", FromDefault, ""},
		{"allow: flag", Flags{Allow: "team.keys"}, env(), file, KeyAllow, "team.keys", FromFlag, "--allow"},
		{"allow: file", Flags{}, env(), file, KeyAllow, "~/team.keys", FromFile, "config.toml:10"},
		{"allow: default", Flags{}, env(), nil, KeyAllow, "", FromDefault, ""},
	} {
		s := Resolve(c.flags, c.env, c.file, "config.toml")
		if got := s.Value(c.key); got != c.want {
			t.Errorf("%s: %s = %q, want %q", c.name, c.key, got, c.want)
		}
		if o := s.Origins[c.key]; o.Kind != c.from || o.Detail != c.detail {
			t.Errorf("%s: %s from %v, want %s (%s)", c.name, c.key, o, c.from, c.detail)
		}
	}
}

// TestValidation: every mistake is reported at its line and column with
// what to write instead; all of them at once.
func TestValidation(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"langage = \"fr\"\n", `config.toml:1:1: unknown key "langage" (did you mean "language"?)`},
		{"language = \"de\"\n", `config.toml:1:12: unknown language "de" (want en, fr)`},
		{"language = fr\n", `config.toml:1:12: `},
		{"theme = \"white\"\n", `config.toml:1:9: theme = "white": write theme = "auto", theme = "dark" or theme = "light"`},
		{"theme = 1\n", `config.toml:1:9: theme must be text in double quotes, not a number (write theme = "1")`},
		{"inclusive = \"yes\"\n", `config.toml:1:13: inclusive = "yes": write inclusive = "plain" or inclusive = "middle-dot"`},
		{"data_dir = \"sessions\"\n", `config.toml:1:12: data_dir "sessions" is relative: write a full path`},
		{"data_dir = \" \"\n", `config.toml:1:12: data_dir is blank`},
		{"seal = true\n", `config.toml:1:8: seal must be a table ([seal] on a line of its own, its keys below), not true/false`},
		{"[seal]\nauto = \"yes\"\nrecipients = [\"" + key1 + "\"]\n", `config.toml:2:8: auto must be true or false without quotes, not text (write auto = true)`},
		{"[seal]\nauto = true\n", `config.toml:2:8: auto = true needs the programme's public keys: add recipients = ["age1..."] to [seal]`},
		{"[seal]\nrecipients = [\"" + key1 + "\", \"age1nope\"]\n", `config.toml:2:81: "age1nope" is not an age public key`},
		{"[seal]\nrecipients = \"" + key1 + "\"\n", `config.toml:2:14: recipients must be a list of texts`},
		{"[seal]\nrecipient = []\n", `config.toml:2:1: unknown key "recipient" in [seal] (did you mean "recipients"?)`},
		{"[seal]\nauto = false\n[seal]\n", `config.toml:3:`},
		{"\xff\n", `config.toml:1:1: invalid UTF-8 byte 0xff`},
		{"[serve]\nlisten = \"2323\"\n", `config.toml:2:10: listen = "2323": write an address and a port, e.g. listen = ":2323"`},
		{"[serve]\nlisten = \":99999\"\n", `config.toml:2:10: listen = ":99999": write an address and a port`},
		{"[serve]\nallow = \"team.keys\"\n", `config.toml:2:9: allow "team.keys" is relative: write a full path`},
		{"[serve]\nport = 2323\n", `config.toml:2:1: unknown key "port" in [serve]`},
	} {
		_, err := Parse("config.toml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got %v\nwant %s", c.src, err, c.want)
		}
	}
	_, err := Parse("config.toml", []byte("theme = \"x\"\ninclusive = \"y\"\n"))
	if err == nil || strings.Count(err.Error(), "\n") != 1 {
		t.Errorf("want both problems, one a line: %v", err)
	}
	for _, ok := range []string{"", "# nothing\n", "language = \"fr\"\ndata_dir = \"~/baraza\"\n", "[seal]\nauto = false\n", "[serve]\nlisten = \":2324\"\nallow = \"/etc/baraza/team.keys\"\n"} {
		if _, err := Parse("config.toml", []byte(ok)); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "baraza", "config.toml")
	if err := os.MkdirAll(filepath.Dir(cfg), 0o700); err != nil {
		t.Fatal(err)
	}
	// No file: defaults, and where it would be.
	s, err := Load(Flags{}, env("XDG_CONFIG_HOME", dir))
	if err != nil || s.Found || s.File != cfg || s.Theme != ThemeAuto {
		t.Fatalf("no file: %+v %v", s, err)
	}
	if err := os.WriteFile(cfg, []byte("data_dir = \"~/sessions\"\ntheme = \"light\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = Load(Flags{}, env("XDG_CONFIG_HOME", dir))
	home, _ := os.UserHomeDir()
	if err != nil || !s.Found || s.Theme != ThemeLight || s.DataDir != filepath.Join(home, "sessions") {
		t.Fatalf("file: %+v %v", s, err)
	}
	// BARAZA_CONFIG points elsewhere; a broken file is an error naming it.
	bad := filepath.Join(dir, "bad.toml")
	_ = os.WriteFile(bad, []byte("theme = \"grey\"\n"), 0o600)
	if _, err := Load(Flags{}, env(ConfigEnv, bad)); err == nil || !strings.HasPrefix(err.Error(), bad+":1:9:") {
		t.Errorf("bad file: %v", err)
	}
	// A link is refused, not followed.
	link := filepath.Join(dir, "link.toml")
	if err := os.Symlink(cfg, link); err == nil {
		if _, err := Load(Flags{}, env(ConfigEnv, link)); err == nil || !strings.Contains(err.Error(), "symbolic link") {
			t.Errorf("link: %v", err)
		}
	}
	if _, err := Load(Flags{}, env(ConfigEnv, dir)); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: %v", err)
	}
}

// Notepad saves with a byte-order mark: lines and columns are counted as
// the user sees the file, without it (baraza config said "line 0").
func TestByteOrderMarkIsNotCounted(t *testing.T) {
	bom := "\xef\xbb\xbf"
	f, err := Parse("config.toml", []byte(bom+"language = \"fr\"\ntheme = \"dark\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Given[KeyLanguage]; got != 1 {
		t.Errorf("language given on line %d, want 1", got)
	}
	if got := f.Given[KeyTheme]; got != 2 {
		t.Errorf("theme given on line %d, want 2", got)
	}
	for src, want := range map[string]string{
		bom + "theme = \"white\"\n": `config.toml:1:9: theme = "white"`,
		bom + "theme = \n":          `config.toml:1:`,
		bom + "langage = \"fr\"\n":  `config.toml:1:1: unknown key "langage"`,
	} {
		if _, err := Parse("config.toml", []byte(src)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q:\n got %v\nwant %s", src, err, want)
		}
	}
}
