package main

import (
	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/ui"
)

func (c *cli) replayCommand() *cobra.Command {
	var f secretFlags
	cmd := &cobra.Command{
		Use:   "replay ID|DIR|demo",
		Short: "Replay a past session turn by turn, read-only, and annotate it",
		Long: `Replay a session as it happened, from its log alone: the live screen at
the replay clock, played at 1× to 60×, stepped event by event, turn by turn
or round by round, or sought to a time. Works on closed sessions and on open
ones (a session that crashed replays up to its last event).

Trainers can pin notes to moments: they are saved in annotations.jsonl
beside the session's log, never in it. 'baraza replay demo' replays a
built-in recording of the demo plan.`,
		Example: "  baraza replay demo\n  baraza replay 2026-03-14-0930",
		Args:    cobra.ExactArgs(1),
		RunE:    c.action(func(args []string) error { return c.replay(args, &f) }),
	}
	f.add(cmd)
	return cmd
}

func (c *cli) replay(args []string, f *secretFlags) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	a.Unlock = c.unlocker(f)
	if err := c.needTerminal(); err != nil {
		return err
	}
	// The first events are read now; a long log's rest is read while the
	// first frame is already on the screen.
	rec, err := a.OpenReplay(args[0], ui.ReplayFirstEvents)
	if err != nil {
		return err
	}
	c.warn(rec.Warnings...)
	notes, err := rec.Annotations()
	if err != nil {
		return err
	}
	app, err := ui.NewReplayApp(c.uiOptions(), rec, notes)
	if err != nil {
		return facilitation.Msg("cli.err.cannot_replay", rec.ID, err)
	}
	return c.runUI(app)
}
