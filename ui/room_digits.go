package ui

import "strings"

// digitFont draws 0-9 and ":" in 3×5 cells ('#' is ink). Scaled by an
// integer factor, it is the room view's clock, legible from the back of a hall.
var digitFont = map[rune][5]string{
	'0': {"###", "# #", "# #", "# #", "###"},
	'1': {" # ", "## ", " # ", " # ", "###"},
	'2': {"###", "  #", "###", "#  ", "###"},
	'3': {"###", "  #", "###", "  #", "###"},
	'4': {"# #", "# #", "###", "  #", "  #"},
	'5': {"###", "#  ", "###", "  #", "###"},
	'6': {"###", "#  ", "###", "# #", "###"},
	'7': {"###", "  #", "  #", "  #", "  #"},
	'8': {"###", "# #", "###", "# #", "###"},
	'9': {"###", "# #", "###", "  #", "###"},
	':': {"   ", " # ", "   ", " # ", "   "},
	'+': {"   ", " # ", "###", " # ", "   "},
}

// clockForm is how the big clock is drawn: its ink changes with the state
// of the turn, so the change shows on a monochrome projector too.
type clockForm int

const (
	formCalm clockForm = iota // well within the limit: solid
	formNear                  // nearing the limit: shaded
	formOver                  // past it: light, with a plus sign before the overtime
)

// ink is the character a form draws with.
func (f clockForm) ink() string {
	switch f {
	case formNear:
		return "▓"
	case formOver:
		return "░"
	}
	return "█"
}

// bigText draws s (digits, ':' and '+') at scale k: 5k lines, each glyph 3k
// cells wide with k cells between glyphs.
func bigText(s string, k int, f clockForm) []string {
	k = max(k, 1)
	ink := f.ink()
	lines := make([]string, 5*k)
	for row := range 5 {
		var b strings.Builder
		for i, r := range s {
			g, ok := digitFont[r]
			if !ok {
				continue
			}
			if i > 0 {
				b.WriteString(strings.Repeat(" ", k))
			}
			for _, c := range g[row] {
				cell := " "
				if c == '#' {
					cell = ink
				}
				b.WriteString(strings.Repeat(cell, k))
			}
		}
		for j := range k {
			lines[row*k+j] = b.String()
		}
	}
	return lines
}

// bigWidth is the width bigText gives s at scale k.
func bigWidth(s string, k int) int {
	n := 0
	for _, r := range s {
		if _, ok := digitFont[r]; ok {
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return n*3*k + (n-1)*k
}
