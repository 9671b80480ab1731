package main

import (
	"os"
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions/settings"
	"github.com/baraza-app/baraza/ui"
	"github.com/baraza-app/baraza/ui/termtheme"
)

// loadSettings reads the settings file and resolves every setting before a
// command runs (flag > environment > file > default).
func (c *cli) loadSettings() error {
	start := time.Now()
	s, err := settings.Load(c.flags(), c.env)
	if err != nil {
		c.ran = true // a broken settings file is not a wrong command line
		return err
	}
	switch s.Theme {
	case settings.ThemeAuto, settings.ThemeDark, settings.ThemeLight:
	default:
		return usageError{facilitation.Msg("cli.err.bad_theme", s.Origins[settings.KeyTheme].Detail, s.Theme)}
	}
	c.conf = s
	i18n.SetInclusive(s.Inclusive == settings.InclusiveDot)
	c.debugStep("settings", start, "file_found", s.Found, "language", s.Language,
		"language_from", s.Origins[settings.KeyLanguage].Kind, "theme", s.Theme, "auto_seal", s.AutoSeal)
	return nil
}

// env reads the environment (tests may give their own).
func (c *cli) env(key string) string {
	if c.getenv == nil {
		return os.Getenv(key)
	}
	return c.getenv(key)
}

func (c *cli) flags() settings.Flags {
	return settings.Flags{Lang: c.langFlag, DataDir: c.dataDirFlag, Theme: c.themeFlag, Listen: c.share.Listen, Allow: c.share.Allow}
}

// settings are the effective settings; before loadSettings ran (a test
// calling a command directly) they are resolved without the file.
func (c *cli) settings() *settings.Settings {
	if c.conf == nil {
		return settings.Resolve(c.flags(), c.env, nil, "")
	}
	return c.conf
}

// lang is the language of the command line and of the home screen.
func (c *cli) lang() string { return c.settings().Language }

func (c *cli) uiOptions() ui.Options {
	return ui.Options{Theme: c.theme(), Lang: c.lang()}
}

// theme is light or dark as chosen (flag, BARAZA_THEME, settings file),
// else as COLORFGBG says, else as the terminal answers within 100 ms, else
// dark. It is decided before the program starts, once.
func (c *cli) theme() ui.Theme {
	t := ui.Theme{NoColor: c.env("NO_COLOR") != ""}
	switch c.settings().Theme {
	case settings.ThemeLight:
		t.Dark = false
	case settings.ThemeDark:
		t.Dark = true
	default:
		dark, known := termtheme.FromEnv(func(k string) string {
			if k == settings.ThemeEnv {
				return "" // already decided above
			}
			return c.env(k)
		})
		if !known && c.queryTheme != nil {
			start := time.Now()
			dark, known = c.queryTheme()
			c.debugStep("terminal background", start, "answered", known, "dark", dark)
		}
		t.Dark = dark || !known
	}
	return t
}

// langList names the languages baraza has a translation file for.
func langList() string {
	var ls []string
	for _, l := range i18n.Languages() {
		ls = append(ls, string(l))
	}
	return strings.Join(ls, ", ")
}
