package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/sessions/settings"
)

func (c *cli) configCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Show the effective settings and where each comes from",
		Long: `Show the settings baraza uses and where each comes from: a flag, the
environment, the settings file or the default. The settings file is
config.toml in baraza's folder of your config directory, or the file
$BARAZA_CONFIG names; docs/settings.md lists its keys.`,
		Args: cobra.NoArgs,
		RunE: c.action(func([]string) error { return c.showConfig() }),
	}
}

func (c *cli) showConfig() error {
	s := c.settings()
	cat := i18n.New(c.lang(), nil)
	if s.Found {
		fmt.Fprintln(c.stdout, cat.T("config.file", s.File))
	} else {
		fmt.Fprintln(c.stdout, cat.T("config.no_file", s.File))
	}
	fmt.Fprintln(c.stdout)
	w := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	for _, k := range settings.Keys {
		v := s.Value(k)
		if k == settings.KeyDataDir {
			if dir, err := sessions.DataDir(v); err == nil {
				v = dir
			}
		}
		if v == "" {
			v = cat.T("config.none")
		}
		o := s.Origins[k]
		from := cat.T("config.from." + string(o.Kind))
		detail := o.Detail
		if o.Kind == settings.FromDefault && (k == settings.KeyDataDir || k == settings.KeyTheme) {
			detail = cat.T("config.default." + k)
		}
		if detail != "" {
			from += " (" + detail + ")"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", k, v, from)
	}
	return w.Flush()
}
