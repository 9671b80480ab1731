package main

import (
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/baraza-app/baraza/facilitation"
)

// manCommand writes baraza's manual pages (roff), generated from the same
// command tree as --help, so the two never disagree: baraza(1) and one page
// per command, baraza-export(1) and so on.
func (c *cli) manCommand() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "man [COMMAND...]",
		Short: "Print the manual page (roff) of baraza or of one command",
		Long: `Print baraza's manual page, or a command's, in roff on standard output, as
--help describes them. Read it with 'baraza man | man -l -'. With --dir,
write every page (baraza.1, baraza-export.1, ...) into that directory.`,
		Example: "  baraza man | man -l -\n  baraza man export | man -l -\n  baraza man --dir ~/.local/share/man/man1",
		RunE: c.action(func(args []string) error {
			root := c.rootCommand()
			c.localizeHelp(root)
			root.DisableAutoGenTag = true
			hdr := &doc.GenManHeader{Section: "1", Source: "baraza " + currentVersion().Version,
				Manual: "baraza manual", Date: manDate()}
			if dir != "" {
				if len(args) > 0 {
					return usageError{facilitation.Msg("cli.err.man_both")}
				}
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return err
				}
				return doc.GenManTree(root, hdr, dir)
			}
			page, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				return usageError{facilitation.Msg("cli.err.man_no_command", strings.Join(args, " "))}
			}
			return doc.GenMan(page, hdr, c.stdout)
		}),
	}
	cmd.Flags().StringVar(&dir, "dir", "", "write every page into this directory")
	return cmd
}

// manDate is the build's date when known, so the page is the same for
// every run of one release, else today.
func manDate() *time.Time {
	if t, err := time.Parse(time.RFC3339, currentVersion().Date); err == nil {
		return &t
	}
	t := time.Now()
	return &t
}
