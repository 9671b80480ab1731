package main

import (
	"bytes"
	"os"
	"path/filepath"
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
				Manual: c.t("cli.man.manual"), Date: manDate()}
			if dir != "" {
				if len(args) > 0 {
					return usageError{facilitation.Msg("cli.err.man_both")}
				}
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return err
				}
				return c.manTree(root, hdr, dir)
			}
			page, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				return usageError{facilitation.Msg("cli.err.man_no_command", strings.Join(args, " "))}
			}
			b, err := c.manPage(page, hdr)
			if err != nil {
				return err
			}
			_, err = c.stdout.Write(b)
			return err
		}),
	}
	cmd.Flags().StringVar(&dir, "dir", "", "write every page into this directory")
	return cmd
}

// manPage is cobra's manual page of cmd with its section headings in the
// command line's language (cobra/doc writes them in English).
func (c *cli) manPage(cmd *cobra.Command, hdr *doc.GenManHeader) ([]byte, error) {
	var b bytes.Buffer
	h := *hdr // GenMan fills in the header's defaults
	if err := doc.GenMan(cmd, &h, &b); err != nil {
		return nil, err
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		if title, ok := strings.CutPrefix(l, ".SH "); ok {
			key := "cli.man.section." + strings.ToLower(strings.ReplaceAll(title, " ", "_"))
			if t := c.t(key); t != key {
				lines[i] = ".SH " + t
			}
		}
	}
	return []byte(strings.Join(lines, "\n")), nil
}

// manTree writes the page of every command into dir, named as cobra/doc
// names them (baraza.1, baraza-archive-pack.1).
func (c *cli) manTree(cmd *cobra.Command, hdr *doc.GenManHeader, dir string) error {
	for _, sub := range cmd.Commands() {
		if !sub.IsAvailableCommand() || sub.IsAdditionalHelpTopicCommand() {
			continue
		}
		if err := c.manTree(sub, hdr, dir); err != nil {
			return err
		}
	}
	b, err := c.manPage(cmd, hdr)
	if err != nil {
		return err
	}
	name := strings.ReplaceAll(cmd.CommandPath(), " ", "-") + "." + hdr.Section
	return os.WriteFile(filepath.Join(dir, name), b, 0o644)
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
