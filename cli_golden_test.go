package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// The command line's text against golden files, in French and in English
// (testdata/cli-golden/<lang>/): the help of every command, one typical
// error of each command, and validate on bad plans. Rewrite them with
//
//	go test . -run TestCLIGolden -update
//
// and read the diff.
var update = flag.Bool("update", false, "rewrite the golden files of the command line")

// cliLocales are the languages the goldens run in, as LANG says them.
var cliLocales = []struct{ name, lang string }{
	{"fr", "fr_FR.UTF-8"},
	{"en", "C"},
}

// errorCases are typical mistakes, at least one per command (a test checks
// that every command has one): a wrong id, a missing argument, a bad flag.
var errorCases = []struct {
	command string // the command's path after "baraza"
	args    []string
}{
	{"", []string{"bogus"}},
	{"", []string{"--bogus"}},
	{"amend", []string{"amend", "nope", "--turn", "1", "--void"}},
	{"amend", []string{"amend", "nope", "--turn", "one"}},
	{"archive", []string{"archive", "pack"}},
	{"archive import", []string{"archive", "import", "nope.baraza"}},
	{"archive pack", []string{"archive", "pack", "--since", "2026-03-01", "some-id", "-o", "x.baraza"}},
	{"completion", []string{"completion", "bash", "extra"}},
	{"completion bash", []string{"completion", "bash", "--bogus"}},
	{"completion fish", []string{"completion", "fish", "--bogus"}},
	{"completion powershell", []string{"completion", "powershell", "--bogus"}},
	{"completion zsh", []string{"completion", "zsh", "--bogus"}},
	{"config", []string{"config", "extra"}},
	{"demo", []string{"demo", "extra"}},
	{"export", []string{"export"}},
	{"export", []string{"export", "nope"}},
	{"help", []string{"help", "nope"}},
	{"man", []string{"man", "nope"}},
	{"repair", []string{"repair", "nope"}},
	{"replay", []string{"replay"}},
	{"report", []string{"report", "--since", "14/03/2026"}},
	{"resume", []string{"resume", "a", "b"}},
	{"review", []string{"review"}},
	{"room", []string{"room", "nope"}},
	{"run", []string{"run"}},
	{"run", []string{"run", "nope.toml"}},
	{"seal", []string{"seal", "nope"}},
	{"serve", []string{"serve", "a", "b"}},
	{"sessions", []string{"sessions", "--bogus"}},
	{"sessions", []string{"sessions", "-x"}},
	{"export", []string{"export", "some-id", "-o"}},
	{"sessions", []string{"sessions"}},
	{"sessions rm", []string{"sessions", "rm", "nope"}},
	{"unseal", []string{"unseal"}},
	{"validate", []string{"validate"}},
	{"validate", []string{"validate", "nope.toml"}},
	{"verify", []string{"verify", "nope.md"}},
	{"", []string{"--lang", "de", "sessions"}},
	{"export", []string{"export", "some-id", "--format", "bogus"}},
	{"export", []string{"export", "some-id", "--template", "x.tmpl", "--format", "json"}},
	{"export", []string{"export", "some-id", "--csv", "bogus"}},
	{"export", []string{"export", "some-id", "--lang", "de"}},
	{"export", []string{"export", "some-id", "--anonymous", "--chatham-house"}},
	{"report", []string{"report", "--format", "bogus"}},
	{"archive import", []string{"archive", "import", "go.mod"}},
	{"verify", []string{"verify", "docs"}},
}

// englishWords must not appear in the French goldens (once flag names,
// paths and quoted text are taken out): they are English that leaked.
// (duration alone is a plan's key; "Go duration" was the old hint).
var englishWords = regexp.MustCompile(`(?:^|[^\p{L}\d_])(Usage|Flags|Global|Available|Error|Examples|the|and|with|cannot|must|needs?|want|give|write|unknown|Go duration|a duration|default|string|stringArray|int|help for|not|only|session's|no such)(?:[^\p{L}\d_]|$)`)

// notProse is what is not prose in the output: flags, quoted text, paths,
// TOML lines and the names of files.
var notProse = regexp.MustCompile("--?[a-zA-Z][\\w-]*|\"[^\"\\n]*\"|'[^'\\n]*'|«\u202f[^»]*\u202f»|\\S*/\\S*|\\$\\w+|\\S+\\.(toml|md|html|baraza|jsonl|fish)\\b|\\w+ = \\S+")

// fixedPrefix is the place a message is about, written as tools write it
// in every language ("plan.toml:3:7: ", "baraza: ").
var fixedPrefix = regexp.MustCompile(`^(baraza|\S+\.toml(:\d+){0,2}): `)

// manDateLine is a manual page's title line: its date and version are the build's.
var manDateLine = regexp.MustCompile(`(?m)^\.TH ("[^"]*" "1") "[^"]*" "[^"]*"`)

func TestCLIGolden(t *testing.T) {
	plans, err := filepath.Glob("testdata/cli-golden/plans/*.toml")
	if err != nil || len(plans) < 5 {
		t.Fatalf("bad plans: %v %v", plans, err)
	}
	for _, loc := range cliLocales {
		t.Run(loc.name, func(t *testing.T) {
			data := t.TempDir()
			for k, v := range map[string]string{
				"LANG": loc.lang, "LC_ALL": "", "LC_MESSAGES": "", "BARAZA_LANG": "", "BARAZA_CONFIG": "",
				"BARAZA_THEME": "dark", "XDG_CONFIG_HOME": t.TempDir(), "BARAZA_DATA_DIR": data,
			} {
				t.Setenv(k, v)
			}
			clean := func(s string) string { return strings.ReplaceAll(s, data, "$DATA") }
			dir := filepath.Join("testdata", "cli-golden", loc.name)

			// Help: every command of the tree, so a new one is covered.
			for _, path := range commandPaths() {
				args := append(strings.Fields(path), "--help")
				name := strings.ReplaceAll(path, " ", "-")
				if name == "" {
					name = "baraza"
				}
				r := baraza(t, args...)
				r.expect(t, exitOK)
				golden(t, loc.name, filepath.Join(dir, "help", name+".txt"), clean(r.stdout+r.stderr))
			}
			r := baraza(t, "help")
			golden(t, loc.name, filepath.Join(dir, "help", "help-command.txt"), clean(r.stdout+r.stderr))

			// A manual page, its date taken out.
			r = baraza(t, "man", "validate")
			r.expect(t, exitOK)
			golden(t, loc.name, filepath.Join(dir, "man-validate.1"), manDateLine.ReplaceAllString(clean(r.stdout), `.TH $1 "DATE" "VERSION"`))

			// Typical errors.
			var out strings.Builder
			for _, ec := range errorCases {
				out.WriteString(transcript(baraza(t, ec.args...), ec.args, clean))
			}
			golden(t, loc.name, filepath.Join(dir, "errors.txt"), out.String())

			// validate on bad plans, one by one and all at once.
			out.Reset()
			for _, p := range plans {
				args := []string{"validate", filepath.ToSlash(p)}
				out.WriteString(transcript(baraza(t, args...), args, clean))
			}
			all := append([]string{"validate", "facilitation/testdata/plans/minimal.toml"}, plans...)
			out.WriteString(transcript(baraza(t, all...), all, clean))
			golden(t, loc.name, filepath.Join(dir, "validate.txt"), out.String())
		})
	}
}

// transcript shows one run as a terminal would, with its exit status.
func transcript(r result, args []string, clean func(string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "$ baraza %s\n", strings.Join(args, " "))
	b.WriteString(clean(r.stdout))
	b.WriteString(clean(r.stderr))
	fmt.Fprintf(&b, "[exit %d]\n\n", r.code)
	return b.String()
}

// golden compares got with the file (or rewrites it with -update); French
// output must hold no English.
func golden(t *testing.T, lang, file, got string) {
	t.Helper()
	if lang == "fr" {
		for i, line := range strings.Split(got, "\n") {
			prose := notProse.ReplaceAllString(line, " ")
			// "file:line:col: " and "baraza: " are fixed forms, like a compiler's.
			if bad := i18n.FrenchTypography(fixedPrefix.ReplaceAllString(line, "")); len(bad) > 0 {
				t.Errorf("%s:%d: French typography: %v\n%s", file, i+1, bad, line)
			}
			if m := englishWords.FindStringSubmatch(prose); m != nil {
				w := m[1]
				t.Errorf("%s:%d: English in the French command line (%q):\n%s", file, i+1, w, line)
			}
		}
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (go test . -run TestCLIGolden -update writes it)", err)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s differs (go test . -run TestCLIGolden -update rewrites it; read the diff):\n%s", file, lineDiff(string(want), got))
	}
}

// lineDiff shows the first lines that differ (verify's own comparison).
func lineDiff(want, got string) string {
	if d := changedLines([]byte(want), []byte(got)); len(d) > 0 {
		return d[0]
	}
	return ""
}

// commandPaths lists every command of the tree ("", "archive",
// "archive pack"...), cobra's help and completion included.
func commandPaths() []string {
	c := &cli{}
	root := c.rootCommand()
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var paths []string
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		if cmd.Hidden {
			return
		}
		paths = append(paths, strings.TrimSpace(strings.TrimPrefix(cmd.CommandPath(), root.Name())))
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
	sort.Strings(paths)
	return paths
}

// Every command has a typical error in the goldens.
func TestEveryCommandHasAnErrorCase(t *testing.T) {
	has := map[string]bool{}
	for _, ec := range errorCases {
		has[ec.command] = true
	}
	for _, p := range commandPaths() {
		if !has[p] {
			t.Errorf("baraza %s: no typical error in errorCases (cli_golden_test.go)", p)
		}
	}
}
