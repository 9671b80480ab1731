package main

import (
	"io"
	"path/filepath"

	"github.com/charmbracelet/log"
	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/ui"
	"github.com/baraza-app/baraza/ui/serve"
)

func (c *cli) serveCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [ID]",
		Short: "Share the open session with the team over the local network (SSH)",
		Long: `Open a session on this screen, as resume does (without ID: the most
recent open session), and share it on the local network through SSH, so
that a note-taker, an observer and the room's screen follow it live:

  ssh -p 2323 note@ADDRESS       a note-taker: acts like this screen
  ssh -p 2323 observer@ADDRESS   an observer: reads everything, records nothing
  ssh -p 2323 room@ADDRESS       the room view, for a projector

People get in with the join code of their role, shown on this screen
(S or F2), or with a key listed in --allow. This process stays the one
writer of the session's log. On the live screen of demo, run and resume,
S (or F2) starts sharing at any moment, the same way. See docs/serve.md.`,
		Example: "  baraza serve\n  baraza serve 2026-03-14-0930 --listen 192.168.43.1:2323 --allow team.keys",
		Args:    cobra.MaximumNArgs(1),
		RunE: c.action(func(args []string) error {
			_, w, err := c.openToWrite(args)
			if err != nil {
				return err
			}
			return c.runLive(w, true)
		}),
	}
	c.shareFlags(cmd)
	return cmd
}

// shareFlags are where and to whom a live screen shares its session: on
// serve, and on demo, run and resume, whose live screen shares on S. Not
// given, the settings file's [serve] listen and allow apply.
func (c *cli) shareFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.share.Listen, "listen", "", "address and port to share on (S on the live screen, or serve); default [serve] listen in the settings file, else :2323")
	cmd.Flags().StringVar(&c.share.Allow, "allow", "", "authorized-keys file (OpenSSH format): these keys may take any role when sharing; default [serve] allow in the settings file")
}

// starter starts sharing a session of the archive in dir, on the address
// and with the keys the flags or the settings file give.
func (c *cli) starter(dir string) ui.StartSharing {
	s := c.settings()
	cfg := serve.Config{Listen: s.Listen, Allow: s.Allow, DataDir: dir}
	// wish logs a connection's program errors to the default logger: not
	// onto the facilitator's screen; into --debug's file if there is one.
	if c.debug != nil {
		log.SetDefault(c.debug)
	} else {
		log.SetOutput(io.Discard)
	}
	return serve.Starter(cfg)
}

func (c *cli) roomCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "room [ID]",
		Short: "Show a session's room view (for a projector), following it live",
		Long: `Show the room view of a session: who has the floor and their clock in
big digits, the queue by level, the balance, the round and its question.
It follows the session as another baraza window records it, read-only and
without taking the session's lock. Without ID: the most recent open session.`,
		Args: cobra.MaximumNArgs(1),
		RunE: c.action(c.room),
	}
}

func (c *cli) room(args []string) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	id := ""
	if len(args) == 1 {
		id = args[0]
	} else if id, err = a.MostRecentOpen(); err != nil {
		return err
	}
	dir, err := a.Resolve(id)
	if err != nil {
		return err
	}
	st, _, err := a.Read(dir)
	if err != nil {
		return err
	}
	if err := c.needTerminal(); err != nil {
		return err
	}
	f := ui.NewLogFollower(filepath.Join(dir, sessions.LogFile), func() (*session.State, error) {
		st, _, err := a.Read(dir)
		return st, err
	})
	defer f.Close()
	return c.runUI(ui.NewRoomApp(c.uiOptions(), f, session.RecordFromPlan(st.Plan), c.langFlag))
}
