package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/log"
	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/sessions/settings"
	"github.com/baraza-app/baraza/ui"
	"github.com/baraza-app/baraza/ui/serve"
	"github.com/baraza-app/baraza/ui/termtheme"
)

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1 // the command ran and failed
	exitUsage = 2 // the command line was wrong
)

// cli holds what every command shares: the streams and the global flags.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	dataDirFlag    string
	langFlag       string
	themeFlag      string
	getenv         func(string) string
	conf           *settings.Settings // loaded before every command (cli_settings.go)
	helpLang       string             // the language of help and cobra's errors (cli_lang.go)
	// queryTheme asks the terminal whether its background is dark (nil in
	// tests: no terminal is asked).
	queryTheme func() (dark, ok bool)
	debugFlag  string      // --debug FILE
	debug      *log.Logger // nil without --debug (cli_debug.go)
	debugOut   *os.File
	ran        bool // a command's action started: later errors are not usage errors

	share serve.Config // where live screens share (--listen, --allow; cli_serve.go)

	// runUI runs the full-screen app; tests replace it to see what would run.
	runUI func(*ui.App) error
	// interactive tells whether stdin and stdout are a terminal.
	interactive func() bool
}

// run runs baraza with args (without the program name) and returns the exit
// status. It prints errors itself, as "baraza: ..." on stderr, and never
// lets a panic reach the user as a stack trace.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr, interactive: isTerminal, getenv: os.Getenv,
		queryTheme: func() (bool, bool) { return termtheme.QueryTerminal(termtheme.QueryTimeout) }}
	c.runUI = func(a *ui.App) error { return ui.RunLogged(a, c.debug) }
	return c.execute(args)
}

// execute runs one command line and returns the exit status.
func (c *cli) execute(args []string) (code int) {
	stderr := c.stderr
	defer c.debugEnd(time.Now(), &code)
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "baraza: %s\n", c.t("cli.err.internal", fmt.Sprint(r)))
			code = exitError
		}
	}()
	root := c.rootCommand()
	c.helpLang = c.earlyLang(args)
	c.localizeHelp(root)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	if c.debug != nil {
		c.debug.Error("failed", "error", fmt.Sprintf("%T", err)) // the type: its text may name people
	}
	var quiet quietError
	if !errors.As(err, &quiet) {
		fmt.Fprintf(stderr, "baraza: %s\n", c.translateCobraError(err))
	}
	var usage usageError
	if !c.ran || errors.As(err, &usage) {
		fmt.Fprintln(stderr, c.t("cli.err.see_command_help", seeHelpOf(root, cmd)))
		return exitUsage
	}
	return exitError
}

func (c *cli) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "baraza",
		Short: "A terminal companion for three-level dialogue sessions",
		Long: `baraza helps facilitators and note-takers run three-level dialogue
sessions (community, civil society, government): it keeps the speaking
order and time, records every turn to a crash-safe log on this computer,
and works offline, in French and English.`,
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(c.stdin)
	root.SetOut(c.stdout)
	root.SetErr(c.stderr)
	root.SetVersionTemplate("baraza {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().StringVar(&c.dataDirFlag, "data-dir", "",
		"where sessions are saved (default $"+sessions.DataDirEnv+", else the user data directory)")
	root.PersistentFlags().StringVar(&c.langFlag, "lang", "",
		"language of the command line, the screens and the demo: en or fr (default from $LC_ALL, $LC_MESSAGES or $LANG); a plan chooses its own")
	root.PersistentFlags().StringVar(&c.themeFlag, "theme", "",
		"light or dark terminal background: auto (default), light or dark")
	root.PersistentFlags().StringVar(&c.debugFlag, "debug", "",
		"write a log of messages and timings to `FILE` (no names, no notes: safe to send with a bug report)")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if c.langFlag != "" && !i18n.Known(c.langFlag) {
			return usageError{errors.New(c.t("cli.err.bad_lang", c.langFlag, langList()))}
		}
		if err := c.openDebug(cmd); err != nil {
			return err
		}
		return c.loadSettings()
	}
	root.Args = cobra.NoArgs
	root.RunE = c.action(c.home)
	c.shareFlags(root) // a session opened on the home screen shares with S too
	root.AddCommand(c.validateCommand(), c.sessionsCommand(), c.repairCommand(),
		c.demoCommand(), c.runCommand(), c.resumeCommand(), c.replayCommand(), c.exportCommand(), c.reviewCommand(),
		c.sealCommand(), c.unsealCommand(), c.archiveCommand(), c.reportCommand(),
		c.verifyCommand(), c.amendCommand(), c.configCommand(), c.manCommand())
	c.addCompletions(root)
	root.AddCommand(c.serveCommand(), c.roomCommand()) // issue 14: the team in the hall
	return root
}

// seeHelpOf is the command whose help explains a wrong command line: the
// command that ran, else baraza itself.
func seeHelpOf(root, cmd *cobra.Command) string {
	if cmd == nil {
		return root.Name()
	}
	return cmd.CommandPath()
}

// action wraps a command's work so that run can tell its errors from
// errors in the command line, which cobra reports before any action runs.
func (c *cli) action(fn func(args []string) error) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		c.ran = true
		return fn(args)
	}
}

// archive opens the archive in the chosen data directory.
func (c *cli) archive() (*sessions.Archive, error) {
	dir, err := sessions.DataDir(c.settings().DataDir)
	if err != nil {
		return nil, err
	}
	return sessions.Open(dir), nil
}

// usageError is a wrong command line found by a command itself.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// quietError fails a command whose messages are already printed.
type quietError struct{ error }
