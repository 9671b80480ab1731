package ui

import (
	"io"
	"regexp"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestThemeFromEnv(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want Theme
	}{
		{map[string]string{}, Theme{Dark: true}},
		{map[string]string{"NO_COLOR": "1"}, Theme{Dark: true, NoColor: true}},
		{map[string]string{"BARAZA_THEME": "light", "COLORFGBG": "15;0"}, Theme{Dark: false}},
		{map[string]string{"BARAZA_THEME": "DARK", "COLORFGBG": "0;15"}, Theme{Dark: true}},
		{map[string]string{"COLORFGBG": "0;15"}, Theme{Dark: false}},
		{map[string]string{"COLORFGBG": "0;default;7"}, Theme{Dark: false}},
		{map[string]string{"COLORFGBG": "15;0"}, Theme{Dark: true}},
		{map[string]string{"COLORFGBG": "junk"}, Theme{Dark: true}},
	}
	for _, c := range cases {
		if got := ThemeFromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: got %+v, want %+v", c.env, got, c.want)
		}
	}
}

// sgrColour matches an SGR sequence that sets a foreground or background
// colour (30–49, 90–107, or 38;…/48;…).
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m`)

// Under NO_COLOR the screens keep bold and reverse video (a warning stays
// bold, the selection and the text cursor stay visible) but carry no colour.
func TestNoColorKeepsAttributesButNoColour(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI) // what Theme.Renderer gives under NO_COLOR
	st := Theme{NoColor: true}.Styles(r)
	for name, out := range map[string]string{
		"warn": st.Warn.Render("over time"), "selected": st.Selected.Render("row"),
		"title": st.Title.Render("Floor"), "subtle": st.Subtle.Render("org"), "dialog": st.Dialog.Render("box"),
	} {
		if sgrColour.MatchString(out) {
			t.Errorf("%s carries a colour under NO_COLOR: %q", name, out)
		}
	}
	if out := st.Warn.Render("x"); out == "x" {
		t.Errorf("warn lost its bold under NO_COLOR: %q", out)
	}

	c := dlgCommon("en")
	c.st = st
	in := newDialogInput(c, "Amani", 80)
	if v := in.View(); !regexp.MustCompile(`\x1b\[[0-9;]*7[0-9;]*m`).MatchString(v) {
		t.Errorf("the text cursor is invisible under NO_COLOR (no reverse video): %q", v)
	}

	// With colour, the same styles do colour: the regexp above would catch it.
	if out := (Theme{}).Styles(r).Warn.Render("x"); !sgrColour.MatchString(out) {
		t.Errorf("colour styles carry no colour: %q", out)
	}
}
