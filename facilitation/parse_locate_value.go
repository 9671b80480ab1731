package facilitation

import (
	"strconv"
	"strings"
)

// value records where the value of p starts and skips over it, recording
// array elements and inline-table keys as children of p.
func (lx *locator) value(p path) {
	lx.setOnce(lx.loc.values, p, lx.here())
	switch lx.peek(0) {
	case '"':
		lx.basicString()
	case '\'':
		lx.literalString()
	case '[':
		lx.adv()
		for n := 0; !lx.eof(); n++ {
			lx.skipBlank()
			if lx.peek(0) == ']' {
				lx.adv()
				return
			}
			start := lx.i
			lx.value(p.index(n))
			lx.skipBlank()
			if lx.peek(0) == ',' {
				lx.adv()
			} else if lx.i == start {
				lx.adv()
			}
		}
	case '{':
		lx.adv()
		for !lx.eof() {
			lx.skipBlank()
			switch lx.peek(0) {
			case '}':
				lx.adv()
				return
			case ',':
				lx.adv()
				continue
			}
			start := lx.i
			lx.keyValue(p)
			if lx.i == start {
				lx.adv()
			}
		}
	default:
		lx.scalar()
	}
}

// scalar skips a number, boolean or date; "2026-05-02 09:30:00" has a space.
func (lx *locator) scalar() {
	var b strings.Builder
	for r := lx.peek(0); r != 0 && !strings.ContainsRune(" \t\r\n,]}#", r); r = lx.peek(0) {
		b.WriteRune(r)
		lx.adv()
		if r := lx.peek(1); lx.peek(0) == ' ' && r >= '0' && r <= '9' && isDate(b.String()) {
			lx.adv()
			b.WriteRune(' ')
		}
	}
}

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// basicString skips "..." or """...""" and returns the text of a one-line
// string (keys are one-line strings).
func (lx *locator) basicString() string {
	if lx.peek(1) == '"' && lx.peek(2) == '"' {
		lx.multiline('"')
		return ""
	}
	lx.adv()
	var b strings.Builder
	for !lx.eof() {
		r := lx.peek(0)
		switch r {
		case '"':
			lx.adv()
			return unescape(b.String())
		case '\n':
			return unescape(b.String())
		case '\\':
			b.WriteRune(r)
			lx.adv()
			r = lx.peek(0)
		}
		b.WriteRune(r)
		lx.adv()
	}
	return unescape(b.String())
}

func (lx *locator) literalString() string {
	if lx.peek(1) == '\'' && lx.peek(2) == '\'' {
		lx.multiline('\'')
		return ""
	}
	lx.adv()
	var b strings.Builder
	for r := lx.peek(0); !lx.eof() && r != '\'' && r != '\n'; r = lx.peek(0) {
		b.WriteRune(r)
		lx.adv()
	}
	if lx.peek(0) == '\'' {
		lx.adv()
	}
	return b.String()
}

// multiline skips a string opened by three quotes; up to two extra quotes
// may end it ("""a"""" is the text a").
func (lx *locator) multiline(q rune) {
	lx.adv()
	lx.adv()
	lx.adv()
	for !lx.eof() {
		switch r := lx.peek(0); {
		case r == '\\' && q == '"':
			lx.adv()
			lx.adv()
		case r == q && lx.peek(1) == q && lx.peek(2) == q:
			lx.adv()
			lx.adv()
			lx.adv()
			for n := 0; n < 2 && lx.peek(0) == q; n++ {
				lx.adv()
			}
			return
		default:
			lx.adv()
		}
	}
}

// unescape decodes the escapes TOML allows in basic strings.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch c := s[i]; c {
		case 'b':
			b.WriteByte('\b')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'f':
			b.WriteByte('\f')
		case 'r':
			b.WriteByte('\r')
		case 'e':
			b.WriteByte(0x1b)
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if i+n < len(s) {
				if v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32); err == nil {
					b.WriteRune(rune(v))
					i += n
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
