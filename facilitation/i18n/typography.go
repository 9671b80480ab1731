package i18n

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// French typography: a narrow no-break space (U+202F) before ; : ! ? and
// inside « », and a no-break space (U+202F or U+00A0) between a number and
// %. A narrow no-break space is one column wide in terminals, like a space
// (lipgloss.Width counts it so), and never lets the sign start a line alone.
const (
	NarrowNoBreakSpace = '\u202f'
	noBreakSpace       = '\u00a0'
)

// FrenchTypography lists where s breaks those rules (empty when it keeps
// them). A sign between two non-spaces is not punctuation ("10:15",
// "h:mm", "%d:%02d"); one that opens s and is followed by a space is a key
// name ("? aide"); "%%" is the literal percent sign of a format string.
func FrenchTypography(s string) []string {
	var out []string
	bad := func(i int, what string) {
		from := max(0, i-12)
		for from > 0 && !utf8.RuneStart(s[from]) {
			from--
		}
		to := min(len(s), i+12)
		for to < len(s) && !utf8.RuneStart(s[to]) {
			to++
		}
		out = append(out, fmt.Sprintf("%s at byte %d: …%s…", what, i, s[from:to]))
	}
	for i, r := range s {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		if i == 0 {
			prev = utf8.RuneError
		}
		if i+utf8.RuneLen(r) == len(s) {
			next = utf8.RuneError
		}
		switch r {
		case ';', ':', '!', '?':
			switch {
			case prev == NarrowNoBreakSpace:
			case prev == ' ' || prev == noBreakSpace || prev == '\t':
				bad(i, fmt.Sprintf("a space that can break (or is too wide) before %q: use U+202F", r))
			case prev == utf8.RuneError: // a key name at the start, or a sign alone
			case next == utf8.RuneError || isSpace(next) || strings.ContainsRune(`"'*)»]`, next):
				bad(i, fmt.Sprintf("no narrow no-break space before %q", r))
			}
		case '«':
			if next != NarrowNoBreakSpace {
				bad(i, "no narrow no-break space after «")
			}
		case '»':
			if prev != NarrowNoBreakSpace {
				bad(i, "no narrow no-break space before »")
			}
		case '%':
			if strings.HasPrefix(s[i:], "%%") || (prev >= '0' && prev <= '9') {
				if prev != NarrowNoBreakSpace && prev != noBreakSpace {
					bad(i, "no no-break space before %")
				}
			}
		}
	}
	return out
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == noBreakSpace }

// Percent is a share of a whole as a whole percentage written as the
// catalog's language writes it: "39%" in English, "39 %" (a narrow
// no-break space) in French; "0%" of nothing.
func (c *Catalog) Percent(part, whole float64) string {
	p := Percent(part, whole)
	if c.lang == FR {
		return strings.TrimSuffix(p, "%") + "\u202f%"
	}
	return p
}
