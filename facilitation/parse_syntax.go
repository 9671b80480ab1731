package facilitation

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// checkEncoding finds what makes data unreadable as text before toml sees
// it, so binary junk gets a plain message at the right place.
func checkEncoding(data []byte) (pos, Message, bool) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return pos{1, 1}, Msg("plan.utf16"), false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return posOf(data, i), Msg("plan.nul"), false
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return posOf(data, i), Msg("plan.bad_utf8", data[i]), false
		case r == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			return posOf(data, i), Msg("plan.lone_cr"), false
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f:
			return posOf(data, i), Msg("plan.control", fmt.Sprintf("U+%04X", r)), false
		}
		i += n
	}
	return pos{}, Message{}, true
}

// posOf turns a byte offset into a line and a rune column.
func posOf(data []byte, off int) pos {
	off = max(0, min(off, len(data)))
	lineStart := bytes.LastIndexByte(data[:off], '\n') + 1
	return pos{
		line: bytes.Count(data[:off], []byte{'\n'}) + 1,
		col:  utf8.RuneCount(data[lineStart:off]) + 1,
	}
}

// syntaxProblem places a toml syntax error and says it in plain words.
func syntaxProblem(data []byte, pe toml.ParseError) (pos, Message) {
	at := pos{pe.Position.Line, pe.Position.Col}
	if s := pe.Position.Start; s >= 0 && s <= len(data) && (s > 0 || at.line <= 1) {
		for s < len(data) && (data[s] == ' ' || data[s] == '\t') {
			s++ // point at what is wrong, not at the blanks before it
		}
		at = posOf(data, s) // Start is exact; toml's Line can be one too far
	}
	if at.line < 1 {
		at = pos{1, 1}
	}
	if v, col, ok := otherDateForm(data, at.line); ok {
		return pos{at.line, col}, Msg("plan.date_form", v)
	}
	return at, plainSyntax(pe)
}

// dateLike is a date written day/month/year, month/day/year or with dots.
var dateLike = regexp.MustCompile(`^(\s*"?date"?\s*=\s*)(\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b`)

// otherDateForm finds, on the line toml could not read, a date written in
// another form than TOML's year-month-day: TOML's own message for it is
// "Invalid integer "02": cannot have leading zeroes".
func otherDateForm(data []byte, line int) (string, int, bool) {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return "", 0, false
	}
	m := dateLike.FindSubmatch(lines[line-1])
	if m == nil {
		return "", 0, false
	}
	return string(m[2]), utf8.RuneCount(m[1]) + 1, true
}

func plainSyntax(pe toml.ParseError) Message {
	m, key := pe.Message, pe.LastKey
	if i := strings.LastIndex(key, "."); i >= 0 {
		key = key[i+1:]
	}
	if key == "" {
		key = "key"
	}
	var found string
	switch {
	case m == "strings cannot contain newlines" || strings.HasPrefix(m, "unexpected EOF; expected '\"'") ||
		strings.HasPrefix(m, `unexpected EOF; expected "'"`):
		return Msg("plan.syntax.unclosed")
	case strings.HasPrefix(m, "unexpected EOF; expected '\"\"\"'") || strings.HasPrefix(m, `unexpected EOF; expected "'''"`):
		return Msg("plan.syntax.unclosed_triple")
	case strings.HasSuffix(m, "has already been defined."):
		return Msg("plan.syntax.twice", quotedKey(m))
	case strings.Contains(m, "was already created"):
		return Msg("plan.syntax.twice_forms", quotedKey(m), key)
	case m == "unexpected EOF; expected value" || strings.HasPrefix(m, `expected value but found '\n'`):
		return Msg("plan.syntax.missing_value", key)
	case scan(m, "expected value but found %q instead", &found):
		return Msg("plan.syntax.bad_value", found, key)
	case scan(m, "expected a top-level item to end with a newline, comment, or EOF, but got %q instead", &found):
		return Msg("plan.syntax.after_value", found)
	case scan(m, "expected '.' or '=', but got %q instead", &found):
		return Msg("plan.syntax.in_key", found)
	case strings.HasPrefix(m, "expected '.' or ']' to end table name") || strings.HasPrefix(m, "expected end of table array name"):
		return Msg("plan.syntax.header")
	}
	return Msg("plan.syntax.other", m)
}

// scan matches m against a message with one %q and returns the quoted part.
func scan(m, format string, found *string) bool {
	i := strings.Index(format, "%q")
	pre, post := format[:i], format[i+2:]
	if !strings.HasPrefix(m, pre) || !strings.HasSuffix(m, post) || len(m) < len(pre)+len(post) {
		return false
	}
	*found = m[len(pre) : len(m)-len(post)]
	return true
}

// quotedKey pulls the last key out of "Key 'a.b' has ...".
func quotedKey(m string) any {
	i := strings.Index(m, "'")
	j := strings.LastIndex(m, "'")
	if i < 0 || j <= i {
		return Msg("plan.a_key")
	}
	k := m[i+1 : j]
	if d := strings.LastIndex(k, "."); d >= 0 && !strings.Contains(k, `"`) {
		k = k[d+1:]
	}
	return fmt.Sprintf("%q", k)
}
