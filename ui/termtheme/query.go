package termtheme

import (
	"bytes"
	"math"
	"strconv"
	"time"
)

// QueryTimeout bounds the whole background query: a terminal that does not
// answer costs at most this at start-up.
const QueryTimeout = 100 * time.Millisecond

// The query: OSC 11 asks for the background colour (terminals that do not
// know it ignore it), then CSI 6n asks for the cursor position, which every
// terminal answers. Replies come in order, so once the cursor report is in,
// the colour's reply (if any) has been read too and nothing is left over
// for the program's input.
const query = "\x1b]11;?\x07\x1b[6n"

// parseReply reads what the terminal answered so far: the background
// colour if it gave one, and whether the cursor report (the end) arrived.
func parseReply(b []byte) (r, g, bl float64, hasColour, done bool) {
	if i := bytes.Index(b, []byte("\x1b]11;")); i >= 0 {
		rest := b[i+5:]
		end := bytes.IndexAny(rest, "\x07\x1b")
		if end >= 0 {
			r, g, bl, hasColour = parseColour(string(rest[:end]))
		}
	}
	// A cursor position report: ESC [ digits ; digits R.
	for i := bytes.Index(b, []byte("\x1b[")); i >= 0; {
		j := i + 2
		for j < len(b) && (b[j] >= '0' && b[j] <= '9' || b[j] == ';') {
			j++
		}
		if j < len(b) && b[j] == 'R' && j > i+2 {
			return r, g, bl, hasColour, true
		}
		next := bytes.Index(b[i+2:], []byte("\x1b["))
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return r, g, bl, hasColour, false
}

// parseColour reads X11's "rgb:RRRR/GGGG/BBBB" (1 to 4 hex digits each)
// into 0..1 channels.
func parseColour(s string) (r, g, b float64, ok bool) {
	if len(s) < 4 || s[:4] != "rgb:" {
		return 0, 0, 0, false
	}
	parts := bytes.Split([]byte(s[4:]), []byte("/"))
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	var ch [3]float64
	for i, p := range parts {
		if len(p) == 0 || len(p) > 4 {
			return 0, 0, 0, false
		}
		v, err := strconv.ParseUint(string(p), 16, 16)
		if err != nil {
			return 0, 0, 0, false
		}
		ch[i] = float64(v) / float64(uint64(1)<<(4*len(p))-1)
	}
	return ch[0], ch[1], ch[2], true
}

// Luminance is WCAG's relative luminance of an sRGB colour (0..1 channels).
func Luminance(r, g, b float64) float64 {
	lin := func(c float64) float64 {
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// isDark: light text reads better than dark text on it (WCAG contrast
// with white above contrast with black).
func isDark(r, g, b float64) bool {
	l := Luminance(r, g, b)
	return (1+0.05)/(l+0.05) > (l+0.05)/0.05
}
