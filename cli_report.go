package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions/report"
)

// reportFlags are baraza report's options.
type reportFlags struct {
	series, site, since, until string
	format, lang, out          string
	anonymous                  bool
	secrets                    secretFlags
}

func (c *cli) reportCommand() *cobra.Command {
	var f reportFlags
	cmd := &cobra.Command{
		Use:   "report",
		Short: "A programme's view of a series: attendance, who is heard, items and actions over time",
		Long: `Report on many sessions at once, from their logs alone: per session the
people present by level, women and youth, and the speaking time; the trend of
women's, youth's and each level's share of speaking time against their share
of the people present; the consensus items across the series (raised, agreed,
carried over, still open, and for how long); the actions by horizon and
status, with how long each has been open.

A session belongs to the series named in its plan (series = "..."), or to the
series of the session it follows up. --anonymous puts every text through the
same review and redaction as anonymised minutes. Sealed sessions are included
when --identity or the passphrase is given.`,
		Example: "  baraza report --series \"Vestibule de la Paix\" --since 2026-01-01\n  baraza report --site Mopti --format html -o mopti.html --anonymous\n  baraza report --series Ikassa --format xlsx -o ikassa.xlsx",
		Args:    cobra.NoArgs,
		RunE:    c.action(func([]string) error { return c.report(f) }),
	}
	fl := cmd.Flags()
	fl.StringVar(&f.series, "series", "", "only the sessions of this series (case and accents do not matter)")
	fl.StringVar(&f.site, "site", "", "only the sessions at this site")
	fl.StringVar(&f.since, "since", "", "only sessions on or after this date (2026-01-01)")
	fl.StringVar(&f.until, "until", "", "only sessions on or before this date (2026-12-31)")
	fl.StringVar(&f.format, "format", "md", "md (Markdown), html (printable, with charts), json or xlsx (a workbook, one sheet per table)")
	fl.StringVar(&f.lang, "lang", "", "language of the report: en or fr (default: the command line's, from --lang, the settings file or the system)")
	fl.StringVarP(&f.out, "output", "o", "", "write to this file instead of stdout (- for stdout); never a link, device or FIFO")
	fl.BoolVar(&f.anonymous, "anonymous", false, "put every text through the anonymiser, as anonymised minutes")
	f.secrets.add(cmd)
	return cmd
}

func (c *cli) report(f reportFlags) error {
	switch f.format {
	case "md", "html", "json", "xlsx":
	default:
		return usageError{facilitation.Msg("cli.err.report_format", f.format)}
	}
	if f.format == "xlsx" && (f.out == "" || f.out == "-") && terminalWidth(c.stdout) > 0 {
		return usageError{facilitation.Msg("cli.err.xlsx_needs_file")}
	}
	lang := f.lang
	if lang == "" {
		lang = c.lang() // the command line's: --lang, BARAZA_LANG, the settings file, the system
	}
	if lang != "" && !i18n.Known(lang) {
		return usageError{facilitation.Msg("cli.err.lang_want", lang, langList())}
	}
	for _, d := range []struct{ flag, value string }{{"--since", f.since}, {"--until", f.until}} {
		if _, err := time.Parse("2006-01-02", d.value); d.value != "" && err != nil {
			return usageError{facilitation.Msg("cli.err.date_flag", d.flag, d.value)}
		}
	}
	if f.out != "" && f.out != "-" {
		if err := checkOutputPath(f.out); err != nil {
			return err
		}
	}
	a, err := c.archive()
	if err != nil {
		return err
	}
	if len(f.secrets.identities) > 0 || f.secrets.passphraseFile != "" {
		a.Unlock = c.unlocker(&f.secrets)
	}
	filter := report.Filter{Series: f.series, Site: f.site, Since: f.since, Until: f.until, Anonymous: f.anonymous}
	in, notes, err := report.Gather(a, filter, lang)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintf(c.stderr, "baraza: %s\n", n.In(c.cliLang()))
	}
	r := report.Build(in, filter, time.Now())
	out, err := renderReport(r, f.format, lang)
	if err != nil {
		return err
	}
	if f.out == "" || f.out == "-" {
		_, err = c.stdout.Write(out)
		return err
	}
	if err := writeFileAtomic(f.out, out); err != nil {
		return facilitation.Msg("cli.err.cannot_write", f.out, err)
	}
	fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.wrote", f.out))
	return nil
}

func renderReport(r *report.Report, format, lang string) ([]byte, error) {
	switch format {
	case "json":
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err := enc.Encode(r)
		return buf.Bytes(), err
	case "html":
		return report.HTML(r, lang), nil
	case "md":
		return report.Markdown(r, lang), nil
	case "xlsx":
		return report.XLSX(r, lang)
	}
	return nil, facilitation.Msg("cli.err.report_format", format)
}
