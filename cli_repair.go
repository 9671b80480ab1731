package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (c *cli) repairCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "repair ID|DIR",
		Short: "Rewrite a damaged session log into one that reads, keeping the original",
		Long: `Rewrite a session log that resume, export or sessions refuse as damaged.
The original is first copied, byte for byte, to log.jsonl.orig. Then events
keep their order and are numbered 1, 2, 3... again (two copies of baraza
writing at once give duplicate numbers); a line that is not an event, or
does not fit the events before it, is moved to log.rejected beside the log
with its line number and the reason; a damaged first line (the plan and
participants) is restored from the plan.toml kept in the session directory.
Nobody may be recording the session meanwhile. Prints what it did.`,
		Example: "  baraza repair 2026-03-14-0930",
		Args:    cobra.ExactArgs(1),
		RunE: c.action(func(args []string) error {
			a, err := c.archive()
			if err != nil {
				return err
			}
			r, err := a.Repair(args[0])
			if err != nil {
				return err
			}
			if !r.Changed {
				fmt.Fprintln(c.stdout, c.t("cli.repair.nothing"))
				return nil
			}
			for _, s := range r.Actions {
				fmt.Fprintln(c.stdout, "- "+s.In(c.cliLang()))
			}
			fmt.Fprintln(c.stdout, c.cat().N("cli.repair.done", r.Kept, r.Kept))
			return nil
		}),
	}
}
