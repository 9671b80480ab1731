package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// The language from the environment, as POSIX orders it (the settings
// file, between --lang and the environment, is tested in sessions/settings).
func TestEnvLang(t *testing.T) {
	for _, tt := range []struct {
		lcAll, lcMessages, lang string
		want                    string
	}{
		{"", "", "", "en"},
		{"", "", "fr", "fr"},
		{"", "", "fr_FR", "fr"},
		{"", "", "fr_CD", "fr"},
		{"", "", "fr_ML", "fr"},
		{"", "", "fr_FR.UTF-8", "fr"},
		{"", "", "fr_BE@euro", "fr"},
		{"", "", "en_US.UTF-8", "en"},
		{"", "", "C", "en"},
		{"", "", "C.UTF-8", "en"},
		{"", "", "POSIX", "en"},
		{"", "", "de_DE.UTF-8", "en"},                       // no German file: English
		{"", "fr_FR.UTF-8", "en_US.UTF-8", "fr"},            // LC_MESSAGES before LANG
		{"en_GB.UTF-8", "fr_FR.UTF-8", "fr_FR.UTF-8", "en"}, // LC_ALL first
		{"C", "", "fr_FR.UTF-8", "en"},
		{"fr_CD.UTF-8", "C", "C", "fr"},
	} {
		env := map[string]string{"LC_ALL": tt.lcAll, "LC_MESSAGES": tt.lcMessages, "LANG": tt.lang}
		c := &cli{getenv: func(k string) string { return env[k] }}
		if got := c.lang(); got != tt.want {
			t.Errorf("LC_ALL=%q LC_MESSAGES=%q LANG=%q: %q, want %q", tt.lcAll, tt.lcMessages, tt.lang, got, tt.want)
		}
	}
}

func TestLangPrecedence(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("BARAZA_LANG", "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // no settings file
	t.Setenv("LANG", "fr_CD.UTF-8")
	if r := baraza(t, "validate"); !strings.Contains(r.stderr, "attend au moins un fichier") {
		t.Errorf("LANG=fr_CD: %q", r.stderr)
	}
	if r := baraza(t, "--lang", "en", "validate"); !strings.Contains(r.stderr, "needs at least one plan") {
		t.Errorf("--lang en beats LANG: %q", r.stderr)
	}
	t.Setenv("LANG", "C")
	if r := baraza(t, "validate", "--lang=fr"); !strings.Contains(r.stderr, "attend au moins un fichier") {
		t.Errorf("--lang=fr after the command: %q", r.stderr)
	}
}

// The English help in the Go code and en.toml say the same: en.toml is
// what translators copy, the Go text is what a developer reads.
func TestHelpTextsMatchEnToml(t *testing.T) {
	cat := i18n.New("en", nil)
	c := &cli{}
	root := c.rootCommand()
	root.InitDefaultHelpCmd() // cobra's own commands speak the catalog too
	root.InitDefaultCompletionCmd()
	checked := 0
	check := func(key, goText string) {
		if want := cat.T(key); want != key {
			checked++
			if want != goText {
				t.Errorf("%s: en.toml says\n%q\nthe Go code says\n%q", key, want, goText)
			}
		}
	}
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		k := cliKey(cmd)
		check(k+".short", cmd.Short)
		check(k+".long", cmd.Long)
		check(k+".example", cmd.Example)
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" {
				return // cli.flag.help, with the command's name
			}
			own, shared := k+".flag."+f.Name, "cli.flag."+f.Name
			switch {
			case cat.T(own) != own:
				check(own, f.Usage)
			case cat.T(shared) != shared:
				check(shared, f.Usage)
			default:
				t.Errorf("--%s of %s: no usage in the catalog (%s, or %s for a flag every command shares)", f.Name, k, own, shared)
			}
		})
		if cat.T(k+".short") == k+".short" {
			t.Errorf("%s: no short help in the catalog (en.toml and fr.toml)", k)
		}
		if cmd.Long != "" && cat.T(k+".long") == k+".long" {
			t.Errorf("%s: no long help in the catalog (en.toml and fr.toml)", k)
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if checked < 35 {
		t.Errorf("only %d help texts checked", checked)
	}
}

// Long help reads in an 80-column terminal: no line of a command's long
// help is wider, in any language.
func TestLongHelpFitsEightyColumns(t *testing.T) {
	c := &cli{}
	root := c.rootCommand()
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, lang := range i18n.Languages() {
		cat := i18n.New(string(lang), nil)
		var walk func(*cobra.Command)
		walk = func(cmd *cobra.Command) {
			key := cliKey(cmd) + ".long"
			if lang == i18n.EN && strings.HasPrefix(key, "cli.completion.") {
				return // cobra's own English, which en.toml copies word for word
			}
			for i, line := range strings.Split(cat.T(key), "\n") {
				if n := utf8.RuneCountInString(line); n > 80 {
					t.Errorf("%s.toml %s, line %d: %d columns\n%s", lang, key, i+1, n, line)
				}
			}
			for _, sub := range cmd.Commands() {
				walk(sub)
			}
		}
		walk(root)
	}
}
