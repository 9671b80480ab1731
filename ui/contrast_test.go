package ui

import (
	"strconv"
	"testing"

	"github.com/baraza-app/baraza/ui/termtheme"
)

// Backgrounds the palette is drawn on: terminals' default light and dark
// backgrounds as shipped (Windows Terminal, PowerShell, VS Code, GNOME,
// Ubuntu, Solarized, One Dark...).
var (
	lightBackgrounds = []string{"#FFFFFF", "#FDF6E3", "#F0F0F0", "#EEEEEE"}
	darkBackgrounds  = []string{"#000000", "#0C0C0C", "#1E1E1E", "#282C34", "#300A24", "#012456", "#002B36"}
)

func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	var ch [3]float64
	for i := range ch {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil || len(hex) != 7 {
			t.Fatalf("bad colour %q", hex)
		}
		ch[i] = float64(v) / 255
	}
	return termtheme.Luminance(ch[0], ch[1], ch[2])
}

// Contrast is WCAG 2's contrast ratio of two colours.
func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// TestPaletteContrast: every colour that carries meaning reads at 4.5:1 or
// better on every common background of its theme.
func TestPaletteContrast(t *testing.T) {
	if len(Palette) < 6 {
		t.Fatalf("palette has %d colours", len(Palette))
	}
	for role, c := range Palette {
		for _, bg := range lightBackgrounds {
			if r := contrast(t, c.Light, bg); r < 4.5 {
				t.Errorf("%s %s on light %s: %.2f:1, want 4.5:1", role, c.Light, bg, r)
			}
		}
		for _, bg := range darkBackgrounds {
			if r := contrast(t, c.Dark, bg); r < 4.5 {
				t.Errorf("%s %s on dark %s: %.2f:1, want 4.5:1", role, c.Dark, bg, r)
			}
		}
	}
}

// The case: the dark theme's warning on a white background is
// unreadable, which is why the background must be known.
func TestContrastFormula(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"#000000", "#FFFFFF", 21},
		{"#FFFFFF", "#FFFFFF", 1},
		{"#FFD166", "#FFFFFF", 1.44},
		{"#767676", "#FFFFFF", 4.54},
	} {
		if got := contrast(t, c.a, c.b); got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("%s on %s: %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}
