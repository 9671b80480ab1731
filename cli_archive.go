package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions/bundle"
)

func (c *cli) archiveCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "archive",
		Short: "Move sessions between computers: pack them into a bundle, import a bundle",
		Long: `Move sessions between computers. 'archive pack' writes sessions (plain or
sealed) into one bundle file with the SHA-256 of every file; 'archive import'
brings a bundle, or another archive directory, into this one. Importing is
safe to repeat, checks every file, and never overwrites a different session.
See docs/archive.md.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(c.packCommand(), c.importCommand())
	return cmd
}

func (c *cli) packCommand() *cobra.Command {
	var out, since string
	cmd := &cobra.Command{
		Use:   "pack [ID...] -o FILE",
		Short: "Write sessions into one bundle file",
		Long: `Write sessions into one bundle file (a gzip-compressed tar with a manifest of
the SHA-256 of every file): those named, else every session, or those started
on or after --since. Sealed sessions travel as they are, still sealed.`,
		Example: "  baraza archive pack -o kisumu-2026.baraza\n  baraza archive pack --since 2026-03-01 -o march.baraza",
		RunE: c.action(func(args []string) error {
			if out == "" {
				return usageError{facilitation.Msg("cli.err.pack_where")}
			}
			if since != "" && len(args) > 0 {
				return usageError{facilitation.Msg("cli.err.pack_ids_or_since")}
			}
			if since != "" {
				if _, err := bundle.ParseSince(since); err != nil {
					return usageError{err}
				}
			}
			return c.pack(args, since, out)
		}),
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "the bundle file to write")
	cmd.Flags().StringVar(&since, "since", "", "only sessions started on or after this date (2026-03-01)")
	return cmd
}

func (c *cli) pack(ids []string, since, out string) error {
	if err := checkOutputPath(out); err != nil {
		return err
	}
	a, err := c.archive()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	rep, err := a.Pack(&buf, ids, since, time.Now())
	if err != nil {
		return err
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		return facilitation.Msg("cli.err.cannot_write", out, err)
	}
	for _, cc := range rep.Conflicts {
		fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.archive.conflict_copy", cc))
	}
	fmt.Fprintln(c.stdout, c.cat().N("cli.archive.packed", rep.Sessions, rep.Sessions, rep.Files, out))
	return nil
}

func (c *cli) importCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE|DIR",
		Short: "Bring a bundle, or another archive directory, into this archive",
		Long: `Bring the sessions of a bundle (from 'baraza archive pack'), or of another
archive directory (a copy, a USB key, a folder shared by a sync tool), into
this archive. Every file of a bundle is checked against its manifest before
anything lands: an altered bundle is refused whole. Importing twice changes
nothing. A session whose id is here with other content is kept as both (the
incoming one as ID-conflict-XXXXXXXX); a copy here that is an earlier state
of the incoming one (its log has grown since) is updated, unless a baraza is
recording it now. Sync tools' conflict copies are left out and reported.
A session still open on the other computer is read-only here.`,
		Example: "  baraza archive import kisumu-2026.baraza\n  baraza archive import /media/usb/baraza",
		Args:    cobra.ExactArgs(1),
		RunE:    c.action(func(args []string) error { return c.importArchive(args[0]) }),
	}
}

func (c *cli) importArchive(path string) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	rep, err := a.Import(path)
	if err != nil {
		return err
	}
	for _, cc := range rep.Conflicts {
		fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.archive.conflict_copy", cc))
	}
	if len(rep.Results) > 0 {
		t := table{header: []string{c.t("cli.archive.col.session"), c.t("cli.archive.col.result"), c.t("cli.archive.col.note")}, width: terminalWidth(c.stdout), shrink: 2}
		for _, r := range rep.Results {
			var note string
			if r.Note.Key != "" {
				note = r.Note.In(c.cliLang())
			}
			if r.As != "" {
				note = c.t("cli.archive.as", r.As) + c.sep(note) + note
			}
			t.add(r.Name, c.t("cli.archive.outcome."+strings.ReplaceAll(string(r.Outcome), " ", "_")), note)
		}
		t.write(c.stdout)
	}
	fmt.Fprintln(c.stdout, c.t("cli.archive.imported",
		rep.Count(bundle.Added), rep.Count(bundle.Updated), rep.Count(bundle.Unchanged),
		rep.Count(bundle.KeptBoth), rep.Count(bundle.Skipped)))
	if rep.Count(bundle.Skipped) > 0 {
		return quietError{facilitation.Msg("cli.err.not_all_imported")}
	}
	return nil
}

// sep separates the parts of a note, in the command line's language.
func (c *cli) sep(s string) string {
	if s == "" {
		return ""
	}
	return c.t("cli.sep")
}
