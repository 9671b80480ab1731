package main

import (
	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/ui"
)

func (c *cli) reviewCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "review ID|DIR",
		Short: "Review what anonymised exports redact: keep or redact each possible name",
		Long: `Open a session's anonymity review: every word in its notes, items,
reasons, actions and annotations that may name someone, in its sentence.
Keep or redact it here or everywhere, or add a term (a nickname, a village)
to redact everywhere. Decisions are saved in the session's log, so every
later 'baraza export --anonymous' gives the same text. Works on closed
sessions; it takes the session's lock, like resume. See docs/anonymity.md.`,
		Example: "  baraza review 2026-03-14-0930",
		Args:    cobra.ExactArgs(1),
		RunE:    c.action(c.review),
	}
}

func (c *cli) review(args []string) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	if err := c.needTerminal(); err != nil {
		return err
	}
	w, err := a.OpenForWriting(args[0])
	if err != nil {
		return err
	}
	app, err := ui.NewReviewApp(c.uiOptions(), w)
	if err != nil {
		_ = w.Log.Close()
		return facilitation.Msg("cli.err.cannot_review", w.ID, err)
	}
	return c.runUI(app)
}
