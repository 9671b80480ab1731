package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
)

func (c *cli) validateCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "validate PLAN.toml...",
		Short: "Check session plans and report every problem",
		Long: `Check one or more session plans. A valid plan prints a one-line summary;
a plan with problems prints each of them as file:line:column: message,
so that you can fix them all in one go. The exit status is 0 only when
every plan is valid.`,
		Example: "  baraza validate ikassa.toml\n  baraza validate plans/*.toml",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("validate needs at least one plan file (baraza validate PLAN.toml...)")
			}
			return nil
		},
		RunE: c.action(c.validate),
	}
}

// validate checks every file, even after a bad one, so that one run shows
// everything there is to fix.
func (c *cli) validate(files []string) error {
	bad := 0
	for _, name := range files {
		plan, err := c.validateOne(name)
		if err != nil {
			fmt.Fprintln(c.stderr, err)
			bad++
			continue
		}
		fmt.Fprintf(c.stdout, "%s: ok (%s, %s)\n", name,
			plural(len(plan.Participants), "participant"), plural(len(plan.Rounds), "round"))
	}
	switch {
	case bad == 0:
		return nil
	case len(files) == 1:
		return quietError{errors.New("the plan has problems")}
	case bad == 1:
		return fmt.Errorf("1 of %d plans has problems", len(files))
	}
	return fmt.Errorf("%d of %d plans have problems", bad, len(files))
}

// validateOne reads and parses one plan. Its error is ready to print:
// the parser's "file:line:col: message" lines, or "baraza: cannot read...".
func (c *cli) validateOne(name string) (*facilitation.Plan, error) {
	data, err := facilitation.ReadPlanFile(name)
	if err != nil {
		return nil, fmt.Errorf("baraza: %w", readPlanError(name, err))
	}
	return facilitation.Parse(name, data)
}

// readPlanError says why a plan file could not be read, without Go's
// "open name:" prefix repeating the name.
func readPlanError(name string, err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot read plan %q: no such file", name)
	case errors.As(err, &pe):
		return fmt.Errorf("cannot read plan %q: %w", name, pe.Err)
	}
	return fmt.Errorf("cannot read plan %q: %w", name, err)
}

// plural writes "1 round", "3 rounds".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
