package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/htmlminutes"
	"github.com/baraza-app/baraza/session/xlsx"
	"github.com/baraza-app/baraza/sessions"
)

// exportFlags are baraza export's options.
type exportFlags struct {
	out, format, lang, template string
	csv                         string
	anonymous, chatham          bool
	annotations                 bool
	strict                      bool
	secrets                     secretFlags
}

func (c *cli) exportCommand() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export ID|DIR",
		Short: "Write a session's minutes (Markdown or printable HTML), or its data as JSON, CSV or an XLSX workbook",
		Long: `Write a session's minutes, built from its log alone: Markdown on stdout,
or to a file with -o (written atomically, mode 0600). Works on open sessions
(the minutes so far, marked as a draft) and closed ones, and while the
session is being recorded elsewhere.

--anonymous attributes what was said to levels and stable labels ("Community
participant 3"), never to people, in every format; what may name someone in
notes, items, reasons, actions and annotations is redacted as the review
decided (see 'baraza review' and docs/anonymity.md): certain names always,
ambiguous words not reviewed yet too, listed on stderr (--strict makes them
an error). A plan with anonymous = true does the same. --chatham-house
attributes nothing at all: figures only, and a name in text becomes
"[a participant]".
Turns marked off the record never appear in the content, only in the times.

--format html writes the same minutes as one self-contained HTML page (no
script, no web font, nothing fetched) with the speaking time drawn as
charts; open it in a browser and print it to PDF (docs/minutes.md).

JSON, CSV and XLSX carry stable codes (community, civil_society,
government...) with labels in the export's language beside them, so that
sessions in English and French add up (docs/export-formats.md).
--csv excel writes the CSV for spreadsheets: UTF-8 with a byte order mark,
CRLF line ends, and ";" between fields in French (",": English).
--format xlsx writes a workbook (turns, people, speaking time, items and
positions, actions); it needs -o, or stdout redirected to a file or pipe.`,
		Example: "  baraza export 2026-03-14-0930 -o minutes.md\n  baraza export 2026-03-14-0930 --format html --anonymous -o minutes.html\n" +
			"  baraza export 2026-03-14 --format csv --anonymous > turns.csv\n" +
			"  baraza export 2026-03-14 --format csv --csv excel --lang fr -o tours.csv\n  baraza export 2026-03-14 --format xlsx --anonymous -o session.xlsx",
		Args: cobra.ExactArgs(1),
		RunE: c.action(func(args []string) error { return c.export(args[0], f) }),
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "output", "o", "", "write to this file instead of stdout (- for stdout); never a link, device or FIFO")
	fl.StringVar(&f.format, "format", "md", "md (minutes), html (printable minutes, one self-contained file), json (the whole session), csv (one row per turn) or xlsx (a workbook)")
	fl.StringVar(&f.csv, "csv", "plain", "CSV dialect: plain (RFC 4180, comma, LF) or excel (BOM, CRLF, \";\" in French)")
	fl.StringVar(&f.lang, "lang", "", "language of the minutes: en or fr (default: the session's)")
	fl.StringVar(&f.template, "template", "", "a Go text/template for the Markdown minutes (see docs/minutes.md)")
	fl.BoolVar(&f.anonymous, "anonymous", false, "attribute to levels and labels, never to people")
	fl.BoolVar(&f.chatham, "chatham-house", false, "attribute nothing to anyone: aggregate figures only")
	fl.BoolVar(&f.annotations, "annotations", false, "add the trainers' annotations at their moments (a training handout)")
	fl.BoolVar(&f.strict, "strict", false, "with --anonymous or --chatham-house: fail (exit 1, nothing written) if a possible name was not reviewed")
	f.secrets.add(cmd)
	return cmd
}

func (c *cli) export(id string, f exportFlags) error {
	switch f.format {
	case "md", "html", "json", "csv", "xlsx":
	default:
		return usageError{facilitation.Msg("cli.err.export_format", f.format)}
	}
	if f.template != "" && f.format != "md" {
		return usageError{facilitation.Msg("cli.err.template_format", f.format)}
	}
	if _, err := session.ParseCSVDialect(f.csv); err != nil {
		return usageError{facilitation.Msg("cli.err.csv_dialect", f.csv)}
	}
	if f.format == "xlsx" && (f.out == "" || f.out == "-") && terminalWidth(c.stdout) > 0 {
		return usageError{facilitation.Msg("cli.err.xlsx_needs_file")}
	}
	if f.lang != "" && !i18n.Known(f.lang) {
		return usageError{facilitation.Msg("cli.err.lang_want", f.lang, langList())}
	}
	if f.anonymous && f.chatham {
		return usageError{facilitation.Msg("cli.err.anonymous_chatham")}
	}
	a, err := c.archive()
	if err != nil {
		return err
	}
	a.Unlock = c.unlocker(&f.secrets)
	// The log streams through the fold: a long session costs its state's
	// memory, not its file's.
	rec, st, err := a.FoldRecording(id)
	if err != nil {
		return err
	}
	c.warn(rec.Warnings...)
	// No Now: a session that crashed and was never resumed ends at its last
	// event, not hours later when someone exports it.
	opts := session.MinutesOptions{Lang: f.lang, Anonymous: f.anonymous, ChathamHouse: f.chatham}
	m := session.BuildMinutes(st, opts)
	if f.annotations {
		notes, err := rec.Annotations()
		if err != nil {
			return err
		}
		var pinned []session.Annotated
		for _, n := range notes {
			pinned = append(pinned, session.Annotated{Moment: n.Moment, Text: n.Text})
		}
		session.AddAnnotations(m, st, pinned, opts)
	}
	if f.out != "" && f.out != "-" {
		if err := checkOutputPath(f.out); err != nil {
			return err // before any work, and naming the path once
		}
	}
	if report := c.unreviewedReport(rec.ID, m.Unreviewed); f.strict && report != "" {
		return strictError{c.t("cli.err.strict", report)}
	}
	if f.format != "md" { // the fingerprint is the Markdown minutes'
		if err := session.Seal(m); err != nil {
			return err
		}
	}
	// The export is written as it is produced, never held whole: the
	// minutes of a million events are tens of megabytes.
	write, err := c.exportWriter(m, f)
	if err != nil {
		return err
	}
	if f.out == "" || f.out == "-" {
		bw := bufio.NewWriterSize(c.stdout, 64<<10)
		if err := write(bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		c.exportWarnings(rec.ID, m)
		return nil
	}
	if err := writeFileAtomicFunc(f.out, write); err != nil {
		return facilitation.Msg("cli.err.cannot_write", f.out, err)
	}
	c.exportWarnings(rec.ID, m)
	fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.wrote", f.out))
	return nil
}

// exportWarnings: what the minutes warn about, and what the review has
// not decided yet.
func (c *cli) exportWarnings(id string, m *session.Minutes) {
	// In the command line's language, which may not be the minutes'.
	for _, at := range m.Redacted {
		fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.warning", c.t("min.warn_redacted", session.DescribePlace(c.cat(), at))))
	}
	if report := c.unreviewedReport(id, m.Unreviewed); report != "" {
		fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.warning", report))
	}
}

// exportWriter returns what writes the export in f's format. Markdown with
// the default template, JSON and CSV stream; a custom template is run to
// the end before anything is written, so that its error leaves no half
// file on standard output.
func (c *cli) exportWriter(m *session.Minutes, f exportFlags) (func(io.Writer) error, error) {
	whole := func(b []byte, err error) (func(io.Writer) error, error) {
		if err != nil {
			return nil, err
		}
		return func(w io.Writer) error { _, err := w.Write(b); return err }, nil
	}
	switch f.format {
	case "json":
		return func(w io.Writer) error { return session.WriteJSON(w, m) }, nil
	case "csv":
		d, _ := session.ParseCSVDialect(f.csv)
		return func(w io.Writer) error { return session.WriteCSV(w, m, d) }, nil
	case "xlsx":
		return whole(xlsx.Export(m))
	case "html":
		return whole(htmlminutes.Render(m))
	}
	if f.template == "" {
		return func(w io.Writer) error { return session.WriteMinutes(w, m, nil) }, nil
	}
	text, err := readTemplate(f.template)
	if err != nil {
		return nil, facilitation.Msg("cli.err.template_read", f.template, errors.Unwrap(err))
	}
	tmpl, err := session.MinutesTemplate(f.template, string(text), m.Lang)
	if err != nil {
		return nil, facilitation.Msg("cli.err.template_parse", err)
	}
	out, err := session.RenderMinutes(m, tmpl)
	if err != nil {
		err = facilitation.Msg("cli.err.template_render", f.template, strings.TrimPrefix(err.Error(), "minutes template: "))
	}
	return whole(out, err)
}

// writeFileAtomic writes path through a temporary file in the same
// directory, synced and renamed, with mode 0600: a crash leaves the old file
// or the new one, never half of it.
func writeFileAtomic(path string, data []byte) error {
	if err := checkOutputPath(path); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	return sessions.WriteFileAtomic(dir, filepath.Base(path), data)
}

// writeFileAtomicFunc is writeFileAtomic for a file written as it is
// produced (through a buffer, to a temporary file renamed at the end).
func writeFileAtomicFunc(path string, write func(io.Writer) error) error {
	if err := checkOutputPath(path); err != nil {
		return err
	}
	return sessions.WriteFileAtomicFunc(filepath.Dir(path), filepath.Base(path), write)
}
