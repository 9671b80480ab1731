// Package ui holds baraza's Bubble Tea models. Screens read the session state
// folded by package session and never touch files inside Update or View: all
// I/O goes through tea.Cmd functions that return typed messages.
package ui

import (
	"os"

	"github.com/baraza-app/baraza/ui/termtheme"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Theme says how to draw: background and whether colour is allowed. It is
// decided once at start-up from the environment, never by querying the
// terminal, which could stall the first frame or leak its reply into input.
type Theme struct {
	Dark    bool
	NoColor bool
}

// ThemeFromEnv reads NO_COLOR, BARAZA_THEME (light|dark) and COLORFGBG.
func ThemeFromEnv(getenv func(string) string) Theme {
	return Theme{Dark: termtheme.DarkFromEnv(getenv), NoColor: getenv("NO_COLOR") != ""}
}

// Renderer returns a lipgloss renderer for the theme. It also pins the
// default renderer (used by bubbles components) so nothing queries the terminal.
//
// NO_COLOR forbids colour, not bold or reverse video: our renderer keeps
// plain ANSI attributes (Styles then carries no colour), so warnings stay
// bold and the text cursor stays visible; bubbles' own defaults, which do
// carry colours, get the attribute-free Ascii profile.
func (t Theme) Renderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(os.Stdout)
	for _, x := range []*lipgloss.Renderer{r, lipgloss.DefaultRenderer()} {
		x.SetHasDarkBackground(t.Dark)
		if t.NoColor {
			x.SetColorProfile(termenv.Ascii)
		}
	}
	if t.NoColor {
		r.SetColorProfile(termenv.ANSI)
	}
	return r
}

// Styles builds the theme's styles on r: without colours under NO_COLOR.
func (t Theme) Styles(r *lipgloss.Renderer) Styles {
	return newStyles(r, !t.NoColor)
}

// Styles are every style the screens use, built once from a renderer.
type Styles struct {
	Title, Subtle, Faint, Bold      lipgloss.Style
	PanelTitle                      lipgloss.Style
	Rule                            lipgloss.Style
	Selected                        lipgloss.Style
	Good, Warn, Bad                 lipgloss.Style
	Paused                          lipgloss.Style
	Badge                           lipgloss.Style
	Dialog                          lipgloss.Style
	HelpKey, HelpDesc, HelpSep      lipgloss.Style
	StatusOK, StatusErr, StatusBusy lipgloss.Style
	Cursor                          lipgloss.Style // text inputs' cursor (bubbles adds reverse video)
}

// NewStyles builds the styles with adaptive colours for light and dark terminals.
func NewStyles(r *lipgloss.Renderer) Styles { return newStyles(r, true) }

// Palette is every colour the screens draw text in, for a light and for a
// dark background. Each one carries meaning (a warning, a level, help), so
// each keeps at least WCAG's 4.5:1 contrast on the common backgrounds of
// its kind (TestPaletteContrast).
var Palette = map[string]lipgloss.AdaptiveColor{
	"accent": {Light: "#1F5F8B", Dark: "#7FB8E0"},
	"subtle": {Light: "#4A4A4A", Dark: "#C0C0C0"},
	"faint":  {Light: "#666666", Dark: "#9E9E9E"},
	"good":   {Light: "#2A7030", Dark: "#81C784"},
	"warn":   {Light: "#8A5C00", Dark: "#FFD166"},
	"bad":    {Light: "#B3261E", Dark: "#FF8A80"},
}

func newStyles(r *lipgloss.Renderer, colour bool) Styles {
	c := func(role string) lipgloss.TerminalColor {
		if !colour {
			return lipgloss.NoColor{}
		}
		return Palette[role]
	}
	accent, subtle, faint := c("accent"), c("subtle"), c("faint")
	good, warn, bad := c("good"), c("warn"), c("bad")
	return Styles{
		Title:      r.NewStyle().Bold(true).Foreground(accent),
		Subtle:     r.NewStyle().Foreground(subtle),
		Faint:      r.NewStyle().Foreground(faint),
		Bold:       r.NewStyle().Bold(true),
		PanelTitle: r.NewStyle().Bold(true).Foreground(accent),
		Rule:       r.NewStyle().Foreground(faint),
		Selected:   r.NewStyle().Reverse(true),
		Good:       r.NewStyle().Foreground(good),
		Warn:       r.NewStyle().Bold(true).Foreground(warn),
		Bad:        r.NewStyle().Bold(true).Foreground(bad),
		Paused:     r.NewStyle().Bold(true).Reverse(true),
		Badge:      r.NewStyle().Foreground(subtle),
		Dialog:     r.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		HelpKey:    r.NewStyle().Foreground(subtle),
		HelpDesc:   r.NewStyle().Foreground(faint),
		HelpSep:    r.NewStyle().Foreground(faint),
		StatusOK:   r.NewStyle().Foreground(good),
		StatusErr:  r.NewStyle().Bold(true).Foreground(bad),
		StatusBusy: r.NewStyle().Foreground(subtle),
		Cursor:     r.NewStyle(),
	}
}
