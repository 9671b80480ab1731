package main

import (
	"errors"
	"os"
	"runtime"
	"time"

	"github.com/charmbracelet/log"
	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// openDebug starts the --debug log: messages and timings only. Nothing
// that names a person or quotes a note is logged: no arguments, paths,
// ids, titles or error texts (they can hold names), only which command
// ran, what kind of thing happened and how long it took. The file is 0600,
// appended to, and never a link.
func (c *cli) openDebug(cmd *cobra.Command) error {
	if c.debugFlag == "" {
		return nil
	}
	f, err := session.OpenFile(c.debugFlag, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		var nr *session.NotRegularError
		if errors.As(err, &nr) {
			return usageError{facilitation.Msg("cli.err.debug_not_regular", c.debugFlag, nr.What)}
		}
		return usageError{facilitation.Msg("cli.err.debug", err)}
	}
	if runtime.GOOS != "windows" {
		_ = f.Chmod(0o600) // an older file may have been readable by others
	}
	c.debugOut = f
	c.debug = log.NewWithOptions(f, log.Options{
		Level:           log.DebugLevel,
		ReportTimestamp: true,
		TimeFormat:      "2006-01-02T15:04:05.000Z07:00",
		Formatter:       log.LogfmtFormatter,
	})
	c.debug.Info("start", "command", cmd.CommandPath(), "version", versionString(), "os", runtime.GOOS, "arch", runtime.GOARCH)
	return nil
}

// debugEnd logs how the command ended and closes the log.
func (c *cli) debugEnd(start time.Time, code *int) {
	if c.debug == nil {
		return
	}
	c.debug.Info("end", "exit", *code, "took", time.Since(start))
	_ = c.debugOut.Close()
	c.debug, c.debugOut = nil, nil
}

// debugf logs one step of a command with its timing (no-op without --debug).
func (c *cli) debugStep(what string, start time.Time, kv ...any) {
	if c.debug != nil {
		c.debug.Debug(what, append([]any{"took", time.Since(start)}, kv...)...)
	}
}
