package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions/settings"
)

// The command line speaks the user's language, as the settings resolve it
// (cli_settings.go: --lang, $BARAZA_LANG, the settings file, then the
// system's locale LC_ALL > LC_MESSAGES > LANG, else English). Every text
// comes from the catalog (locales/*.toml), under keys starting "cli.".

// cliLang is the language of the command line's own texts. Help and
// cobra's errors come before the settings are loaded (PersistentPreRunE):
// helpLang, resolved from the raw arguments, speaks for them.
func (c *cli) cliLang() string {
	if c.conf == nil && c.helpLang != "" {
		return c.helpLang
	}
	return c.lang()
}

// t translates one command-line message.
func (c *cli) t(key string, args ...any) string {
	return i18n.New(c.cliLang(), nil).T(key, args...)
}

// say is err's text in the command line's language: an error that can
// be said in a language (a plan's problems, facilitation.Message) is, with
// whatever English context wraps it kept in front.
func (c *cli) say(err error) string { return facilitation.ErrorIn(err, c.cliLang()) }

// warn prints warnings on stderr, each in the command line's language.
func (c *cli) warn(ws ...facilitation.Message) {
	for _, w := range ws {
		fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.warning", w.In(c.cliLang())))
	}
}

// saidError is an error already said in the command line's language.
type saidError struct {
	text string
	err  error
}

func (e saidError) Error() string { return e.text }
func (e saidError) Unwrap() error { return e.err }

// cat is the command line's catalog.
func (c *cli) cat() *i18n.Catalog { return i18n.New(c.cliLang(), nil) }

// langFromArgs finds --lang among the raw arguments, so that help and
// cobra's own errors, produced before flags are bound, speak it too.
func langFromArgs(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
		if a == "--lang" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// cliKey is the catalog key prefix of a command: "cli.root", "cli.export",
// "cli.archive.pack".
func cliKey(cmd *cobra.Command) string {
	path := strings.Fields(cmd.CommandPath())
	if len(path) <= 1 {
		return "cli.root"
	}
	return "cli." + strings.Join(path[1:], ".")
}

// localizeHelp replaces every command's Short, Long, Example, argument
// names and flag usages by the catalog's, where it has them, and installs
// a usage function in the language: cobra's own template and pflag's flag
// table hard-code English ("Usage:", "string", "(default ...)").
func (c *cli) localizeHelp(root *cobra.Command) {
	cat := c.cat()
	has := func(key string) bool { return cat.T(key) != key }
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		cmd.InitDefaultHelpFlag()
		k := cliKey(cmd)
		if has(k + ".short") {
			cmd.Short = cat.T(k + ".short")
		}
		if has(k + ".long") {
			cmd.Long = cat.T(k + ".long")
		}
		if has(k + ".example") {
			cmd.Example = cat.T(k + ".example")
		}
		if has(k + ".args") {
			cmd.Use = cmd.Name() + " " + cat.T(k+".args")
		}
		if cmd.HasAvailableFlags() && !cmd.DisableFlagsInUseLine {
			// cobra would add an English "[flags]" (in help and man pages)
			cmd.Use += " " + cat.T("cli.usage.flags_arg")
			cmd.DisableFlagsInUseLine = true
		}
		cmd.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) { c.localizeFlag(cat, k, f) })
		cmd.PersistentFlags().VisitAll(func(f *pflag.Flag) { c.localizeFlag(cat, k, f) })
		if h := cmd.Flags().Lookup("help"); h != nil {
			h.Usage = cat.T("cli.flag.help", cmd.Name())
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	root.InitDefaultVersionFlag()
	root.InitDefaultHelpCmd()
	c.strictHelp(root)
	root.InitDefaultCompletionCmd()
	walk(root)
	if v := root.Flags().Lookup("version"); v != nil {
		v.Usage = cat.T("cli.flag.version")
	}
	if root.Version != "" {
		v := currentVersion()
		known := func(s string) string {
			if s == "unknown" {
				return cat.T("cli.version.unknown")
			}
			return s
		}
		root.Version = cat.T("cli.version", v.Version, known(v.Commit), known(v.Date))
	}
	tmpl := template.Must(template.New("usage").Funcs(template.FuncMap{
		"rpad":  func(s string, n int) string { return fmt.Sprintf("%-*s", n, s) },
		"flags": func(fs *pflag.FlagSet) string { return flagUsages(cat, fs) },
	}).Parse(usageTemplate(cat)))
	root.SetUsageFunc(func(cmd *cobra.Command) error { return tmpl.Execute(cmd.OutOrStderr(), cmd) })
}

// strictHelp makes "baraza help TOPIC" fail, in the language, when there
// is no such command: cobra printed an English "Unknown help topic" (or
// the root's help) and exited 0.
func (c *cli) strictHelp(root *cobra.Command) {
	for _, h := range root.Commands() {
		if h.Name() != "help" {
			continue
		}
		h.Run = nil
		h.RunE = func(h *cobra.Command, args []string) error {
			cmd, rest, err := root.Find(args)
			if cmd == nil || err != nil || len(rest) > 0 {
				return usageError{facilitation.Msg("cli.err.unknown_help", strings.Join(args, " "))}
			}
			cmd.InitDefaultHelpFlag()
			cmd.InitDefaultVersionFlag()
			return cmd.Help()
		}
	}
}

// localizeFlag gives f the catalog's usage: the command's own
// (cli.export.flag.output), else the one every command shares
// (cli.flag.output).
func (c *cli) localizeFlag(cat *i18n.Catalog, prefix string, f *pflag.Flag) {
	for _, key := range []string{prefix + ".flag." + f.Name, "cli.flag." + f.Name} {
		if cat.T(key) != key {
			f.Usage = cat.T(key)
			return
		}
	}
}

// flagUsages is pflag's FlagUsages with the value's kind and the default
// in the language: "--since texte", "(par défaut « md »)". A usage with a
// `NAME` in back quotes names the value itself, as in pflag.
func flagUsages(cat *i18n.Catalog, fs *pflag.FlagSet) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, usage := pflag.UnquoteUsage(f)
		if key := "cli.usage.type." + name; name != "" && !strings.Contains(f.Usage, "`") && cat.T(key) != key {
			name = cat.T(key)
		}
		if name != "" {
			left += " " + name
		}
		switch f.DefValue {
		case "", "false", "0", "[]":
		default:
			def := f.DefValue
			if f.Value.Type() == "string" {
				def = cat.T("cli.usage.quoted", def)
			}
			usage += " " + cat.T("cli.usage.default", def)
		}
		rows = append(rows, row{left, usage})
		width = max(width, utf8.RuneCountInString(left))
	})
	var b strings.Builder
	for _, r := range rows {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(r.left))
		usage := strings.ReplaceAll(r.usage, "\n", "\n"+strings.Repeat(" ", width+3))
		b.WriteString(r.left + pad + "   " + usage + "\n")
	}
	return strings.TrimRight(b.String(), " \n")
}

// usageTemplate is cobra's default usage template (without command
// groups, which baraza does not use) with its words from the catalog.
func usageTemplate(cat *i18n.Catalog) string {
	r := strings.NewReplacer(
		"Usage:", cat.T("cli.usage.usage"),
		"Aliases:", cat.T("cli.usage.aliases"),
		"Examples:", cat.T("cli.usage.examples"),
		"Available Commands:", cat.T("cli.usage.commands"),
		"Global Flags:", cat.T("cli.usage.global_flags"),
		"Flags:", cat.T("cli.usage.flags"),
		"Additional help topics:", cat.T("cli.usage.topics"),
		"[command]", cat.T("cli.usage.command_arg"),
		"MORE_HELP", cat.T("cli.usage.more"),
	)
	return r.Replace(`Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if gt (len .Aliases) 0}}

Aliases:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Available Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{flags .LocalFlags}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags:
{{flags .InheritedFlags}}{{end}}{{if .HasHelpSubCommands}}

Additional help topics:{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

MORE_HELP{{end}}
`)
}

// cobra's and pflag's own errors, which are English strings.
var (
	reUnknownCommand = regexp.MustCompile(`^unknown command "([^"]*)" for "([^"]*)"`)
	reArgs           = regexp.MustCompile(`^(requires at least|accepts at most|accepts) (\d+) arg\(s\), (?:only )?received (\d+)$`)
)

// translateCobraError says cobra's and pflag's command-line errors in the
// user's language; other errors are returned as they are.
func (c *cli) translateCobraError(err error) string {
	msg := strings.TrimSpace(err.Error())
	var notExist *pflag.NotExistError
	var needs *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if notExist.GetSpecifiedShortnames() != "" {
			name = "-" + notExist.GetSpecifiedName()
		}
		return c.t("cli.err.unknown_flag", name)
	case errors.As(err, &needs):
		name := "--" + needs.GetSpecifiedName()
		if needs.GetSpecifiedShortnames() != "" {
			name = "-" + needs.GetSpecifiedName()
		}
		return c.t("cli.err.flag_needs_value", name)
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		kind := f.Value.Type()
		if key := "cli.usage.type." + kind; c.t(key) != key {
			kind = c.t(key)
		}
		return c.t("cli.err.flag_value", invalid.GetValue(), f.Name, kind)
	}
	if m := reUnknownCommand.FindStringSubmatch(msg); m != nil {
		return c.t("cli.err.unknown_command", m[1], m[2])
	}
	if m := reArgs.FindStringSubmatch(msg); m != nil {
		want, _ := strconv.Atoi(m[2])
		got, _ := strconv.Atoi(m[3])
		key := "cli.err.args_exact"
		switch m[1] {
		case "requires at least":
			key = "cli.err.args_min"
		case "accepts at most":
			key = "cli.err.args_max"
		}
		return c.cat().N(key, want, want, got)
	}
	return c.say(err)
}

// earlyLang resolves the language from the raw arguments and the settings
// (file included) before cobra parses anything; errors are left for
// loadSettings to report.
func (c *cli) earlyLang(args []string) string {
	f := c.flags()
	if l := langFromArgs(args); i18n.Known(l) {
		f.Lang = l // an unknown --lang is refused later, in the user's language
	}
	if s, _ := settings.Load(f, c.env); s != nil { // a file with problems still says its language
		return s.Language
	}
	return settings.Resolve(f, c.env, nil, "").Language
}
