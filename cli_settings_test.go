package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/ui"
)

// TestMain keeps the tests away from the settings file of whoever runs
// them: each test that wants one sets BARAZA_CONFIG itself.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "baraza-test-config")
	if err == nil {
		os.Setenv("BARAZA_CONFIG", filepath.Join(dir, "none.toml"))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func settingsFile(t *testing.T, text string) string {
	t.Helper()
	path := writeFile(t, t.TempDir(), "config.toml", text)
	t.Setenv("BARAZA_CONFIG", path)
	return path
}

var spaces = regexp.MustCompile(` {2,}`)

// configLines is `baraza config`'s table, one "key value origin" a line.
func configLines(t *testing.T, args ...string) map[string]string {
	t.Helper()
	r := baraza(t, append([]string{"config"}, args...)...)
	r.expect(t, exitOK)
	lines := map[string]string{}
	for _, l := range strings.Split(r.stdout, "\n")[2:] {
		if f := spaces.Split(strings.TrimSpace(l), 3); len(f) == 3 {
			lines[f[0]] = f[1] + " | " + f[2]
		}
	}
	return lines
}

func TestConfigShowsWhereEachSettingComesFrom(t *testing.T) {
	_, pub := programmeKeys(t)
	path := settingsFile(t, "language = \"fr\"\ndata_dir = \"/srv/baraza\"\ntheme = \"light\"\n"+
		"[seal]\nrecipients = [\""+pub+"\"]\nauto = true\n")
	t.Setenv("BARAZA_DATA_DIR", "")
	t.Setenv("BARAZA_LANG", "")
	t.Setenv("BARAZA_THEME", "dark")
	got := configLines(t, "--data-dir", "/tmp/flag-dir")
	for key, want := range map[string]string{
		"language":        "fr | fichier (" + path + ":1)",
		"data_dir":        "/tmp/flag-dir | option (--data-dir)",
		"theme":           "dark | environnement (BARAZA_THEME)",
		"inclusive":       "plain | par défaut",
		"seal.recipients": pub + " | fichier (" + path + ":5)",
		"seal.auto":       "true | fichier (" + path + ":6)",
	} {
		if got[key] != want {
			t.Errorf("%s: %q, want %q", key, got[key], want)
		}
	}
	r := baraza(t, "config", "--lang", "en")
	if !strings.HasPrefix(r.stdout, "Settings file: "+path+"\n") {
		t.Errorf("header %q", r.stdout)
	}
}

func TestConfigWithoutAFile(t *testing.T) {
	t.Setenv("BARAZA_DATA_DIR", "")
	t.Setenv("BARAZA_LANG", "")
	t.Setenv("BARAZA_THEME", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fr_CD.UTF-8")
	got := configLines(t)
	if got["language"] != "fr | système (LANG=fr_CD.UTF-8)" || got["theme"] != "auto | par défaut (selon COLORFGBG, sinon demandé au terminal)" {
		t.Errorf("%q", got)
	}
	r := baraza(t, "config", "--lang", "en")
	if !strings.Contains(r.stdout, "(none there: defaults apply") {
		t.Errorf("%s", r.stdout)
	}
}

// A broken settings file stops every command with its positioned problems
// (exit 1, not a usage error), and writes nothing.
func TestBrokenSettingsFile(t *testing.T) {
	path := settingsFile(t, "theme = \"grey\"\n[seal]\nauto = true\n")
	data := t.TempDir()
	for _, args := range [][]string{{"config"}, {"sessions", "--data-dir", data}, {"demo", "--data-dir", data}} {
		r := barazaUI(t, true, args...)
		r.expect(t, exitError)
		want := "baraza: " + path + ":1:9: theme = \"grey\": write theme = \"auto\", theme = \"dark\" or theme = \"light\"\n" +
			path + ":3:8: auto = true needs the programme's public keys"
		if !strings.HasPrefix(r.stderr, want) || r.apps != 0 {
			t.Errorf("%v: stderr %q", args, r.stderr)
		}
	}
	if list, _ := sessions.Open(data).List(); len(list) != 0 {
		t.Errorf("a session was created")
	}
}

// The settings file's data_dir and language are used, and flags win.
func TestSettingsFileChoosesDataDirAndLanguage(t *testing.T) {
	data := t.TempDir()
	settingsFile(t, "data_dir = \""+filepath.ToSlash(data)+"\"\nlanguage = \"fr\"\n")
	t.Setenv("BARAZA_DATA_DIR", "")
	t.Setenv("BARAZA_LANG", "")
	r := barazaUI(t, true, "demo")
	r.expect(t, exitOK)
	list, _ := sessions.Open(data).List()
	if len(list) != 1 || !strings.HasPrefix(list[0].Title, "Espace de dialogue") {
		t.Fatalf("demo went elsewhere or not in French: %+v", list)
	}
	other := t.TempDir()
	barazaUI(t, true, "demo", "--data-dir", other, "--lang", "en").expect(t, exitOK)
	list, _ = sessions.Open(other).List()
	if len(list) != 1 || !strings.HasPrefix(list[0].Title, "Nyakabanda") {
		t.Fatalf("flags did not win: %+v", list)
	}
}

// closingUI is a fake terminal on which the facilitator closes the session
// the app has open, then quits.
func closingUI(t *testing.T, data string, args ...string) uiRun {
	t.Helper()
	var out, errOut bytes.Buffer
	var r uiRun
	c := &cli{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut,
		interactive: func() bool { return true },
		runUI: func(app *ui.App) error {
			r.apps++
			if err := app.Close(); err != nil {
				return err
			}
			a := sessions.Open(data)
			id, err := a.MostRecentOpen()
			if err != nil {
				return err
			}
			w, err := a.OpenForWriting(id)
			if err != nil {
				return err
			}
			defer w.Close()
			_, err = w.Log.Append(session.Event{Type: session.SessionClosed})
			return err
		}}
	r.code = c.execute(args)
	r.stdout, r.stderr = out.String(), errOut.String()
	return r
}

func TestAutoSealAtClose(t *testing.T) {
	keyFile, pub := programmeKeys(t)
	data := t.TempDir()
	a := sessions.Open(data)
	earlier := createSession(t, a, planFiles[2], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, true)

	// Without auto: the closed session stays plain.
	settingsFile(t, "[seal]\nrecipients = [\""+pub+"\"]\n")
	closingUI(t, data, "demo", "--data-dir", data).expect(t, exitOK)
	list, _ := a.List()
	if len(list) != 2 || list[0].Sealed || list[1].Sealed {
		t.Fatalf("sealed without auto: %+v", list)
	}

	settingsFile(t, "[seal]\nrecipients = [\""+pub+"\"]\nauto = true\n")
	r := closingUI(t, data, "demo", "--data-dir", data, "--lang", "en")
	r.expect(t, exitOK)
	if !regexp.MustCompile(`(?m)^Sealed \S+ as sealed-\S+ \(seal.auto in the settings file\)$`).MatchString(r.stdout) ||
		strings.Contains(r.stdout, "is saved in") {
		t.Errorf("stdout %q", r.stdout)
	}
	list, _ = a.List()
	sealed := 0
	for _, s := range list {
		if s.Sealed {
			sealed++
		}
		if s.ID == earlier && s.Sealed {
			t.Errorf("a session closed before was sealed")
		}
	}
	if sealed != 1 || len(list) != 3 {
		t.Fatalf("want exactly the session closed now sealed: %+v", list)
	}
	// The programme's key opens it.
	name := strings.Fields(strings.TrimPrefix(r.stdout[strings.Index(r.stdout, "Sealed "):], "Sealed "))[2]
	baraza(t, "export", name, "--identity", keyFile, "--data-dir", data).expect(t, exitOK)
}

// TestThemePrecedence: --theme > BARAZA_THEME > the settings file >
// COLORFGBG > the terminal's answer > dark; the terminal is asked only
// when nothing else says.
func TestThemePrecedence(t *testing.T) {
	lightFile := writeFile(t, t.TempDir(), "light.toml", "theme = \"light\"\n")
	autoFile := writeFile(t, t.TempDir(), "auto.toml", "theme = \"auto\"\n")
	for _, c := range []struct {
		name   string
		flag   string
		env    map[string]string
		answer int // the terminal: 0 silent, 1 dark, 2 light
		dark   bool
		asked  bool
	}{
		{"flag over environment", "light", map[string]string{"BARAZA_THEME": "dark"}, 1, false, false},
		{"environment over file", "", map[string]string{"BARAZA_THEME": "dark", "BARAZA_CONFIG": lightFile}, 2, true, false},
		{"file over COLORFGBG", "", map[string]string{"BARAZA_CONFIG": lightFile, "COLORFGBG": "15;0"}, 1, false, false},
		{"COLORFGBG over the terminal", "", map[string]string{"BARAZA_CONFIG": autoFile, "COLORFGBG": "0;15"}, 1, false, false},
		{"the terminal says light", "", map[string]string{"BARAZA_CONFIG": autoFile}, 2, false, true},
		{"the terminal says dark", "", nil, 1, true, true},
		{"a silent terminal: dark", "", nil, 0, true, true},
		{"NO_COLOR keeps the background", "light", map[string]string{"NO_COLOR": "1"}, 0, false, false},
	} {
		asked := false
		cl := &cli{themeFlag: c.flag,
			getenv: func(k string) string {
				if k == "BARAZA_CONFIG" && c.env[k] == "" {
					return filepath.Join(t.TempDir(), "none.toml")
				}
				return c.env[k]
			},
			queryTheme: func() (bool, bool) { asked = true; return c.answer == 1, c.answer != 0 }}
		if err := cl.loadSettings(); err != nil {
			t.Fatal(err)
		}
		th := cl.theme()
		if th.Dark != c.dark || asked != c.asked || th.NoColor != (c.env["NO_COLOR"] != "") {
			t.Errorf("%s: %+v asked=%v, want dark=%v asked=%v", c.name, th, asked, c.dark, c.asked)
		}
	}
}

func TestThemeFlagMustBeKnown(t *testing.T) {
	r := baraza(t, "--theme", "grey", "config")
	r.expect(t, exitUsage)
	if !strings.Contains(r.stderr, `--theme: "grey": want auto, light or dark`) {
		t.Errorf("stderr %q", r.stderr)
	}
}

// A settings file that asks for French and has a mistake is told of it in
// French: the language key was right, so it counts (on an English system).
func TestSettingsProblemsInTheFilesLanguage(t *testing.T) {
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES", "BARAZA_LANG"} {
		t.Setenv(v, "")
	}
	path := settingsFile(t, "language = \"fr\"\ntheme = \"bogus\"\n")
	r := baraza(t, "config")
	r.expect(t, exitError)
	want := path + ":2:9: theme = \"bogus\"\u202f: écrivez theme = \"auto\""
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", r.stderr, want)
	}
	// --lang still wins over the file.
	if r := baraza(t, "--lang", "en", "config"); !strings.Contains(r.stderr, ": write theme = \"auto\"") {
		t.Errorf("--lang en: %s", r.stderr)
	}
	// A wrong language key leaves the system's language.
	settingsFile(t, "language = \"de\"\n")
	if r := baraza(t, "config"); !strings.Contains(r.stderr, "unknown language \"de\"") {
		t.Errorf("language = \"de\": %s", r.stderr)
	}
}
