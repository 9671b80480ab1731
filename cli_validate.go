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
				return errors.New(c.t("cli.err.validate_needs_file"))
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
		cat := c.cat()
		fmt.Fprintln(c.stdout, cat.T("cli.validate.ok", name,
			cat.N("cli.validate.participants", len(plan.Participants), len(plan.Participants)),
			cat.N("cli.validate.rounds", len(plan.Rounds), len(plan.Rounds))))
	}
	switch {
	case bad == 0:
		return nil
	case len(files) == 1:
		return quietError{errors.New(c.t("cli.err.plan_has_problems"))}
	}
	return errors.New(c.cat().N("cli.err.plans_have_problems", bad, bad, len(files)))
}

// validateOne reads and parses one plan. Its error is ready to print, in
// the command line's language: the parser's "file:line:col: message"
// lines, or "baraza: cannot read...".
func (c *cli) validateOne(name string) (*facilitation.Plan, error) {
	data, err := facilitation.ReadPlanFile(name)
	if err != nil {
		return nil, fmt.Errorf("baraza: %w", c.readPlanError(name, err))
	}
	plan, err := facilitation.Parse(name, data)
	if err != nil {
		return nil, saidError{c.say(err), err}
	}
	return plan, nil
}

// readPlanError says why a plan file could not be read, without Go's
// "open name:" prefix repeating the name.
func (c *cli) readPlanError(name string, err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New(c.t("cli.err.cannot_read_plan", name, c.t("cli.err.no_such_file")))
	case errors.As(err, &pe):
		return saidError{c.t("cli.err.cannot_read_plan", name, c.say(pe.Err)), err}
	}
	return saidError{c.t("cli.err.cannot_read_plan", name, c.say(err)), err}
}
