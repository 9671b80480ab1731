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
func checkEncoding(data []byte) (pos, string, bool) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return pos{1, 1}, "the file is UTF-16 text; save it as UTF-8", false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return posOf(data, i), "NUL byte: this is a binary file or UTF-16 text, not a plan; save the plan as UTF-8 text", false
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return posOf(data, i), fmt.Sprintf("invalid UTF-8 byte 0x%02x: save the file as UTF-8 text", data[i]), false
		case r == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
			return posOf(data, i), "carriage return without a newline: save the file with LF or CRLF line ends", false
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f:
			return posOf(data, i), fmt.Sprintf("control character U+%04X: remove it (is this a binary file?)", r), false
		}
		i += n
	}
	return pos{}, "", true
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
func syntaxProblem(data []byte, pe toml.ParseError) (pos, string) {
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
		return pos{at.line, col}, fmt.Sprintf("write dates as 2026-05-02 (year-month-day), e.g. date = 2026-05-02 (not %s)", v)
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

func plainSyntax(pe toml.ParseError) string {
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
		return `text in quotes is not closed: add the closing quote on the same line (use """ for text over several lines)`
	case strings.HasPrefix(m, "unexpected EOF; expected '\"\"\"'") || strings.HasPrefix(m, `unexpected EOF; expected "'''"`):
		return "text in triple quotes is never closed: add the closing quotes"
	case strings.HasSuffix(m, "has already been defined."):
		return fmt.Sprintf("%s is given twice: keep only one", quotedKey(m))
	case strings.Contains(m, "was already created"):
		return fmt.Sprintf("%s is given twice in different forms: use [[%s]] tables only", quotedKey(m), key)
	case m == "unexpected EOF; expected value" || strings.HasPrefix(m, `expected value but found '\n'`):
		return fmt.Sprintf(`missing value after "=": write %s = "..."`, key)
	case scan(m, "expected value but found %q instead", &found):
		return fmt.Sprintf(`cannot read the value %s: put text in double quotes, e.g. %s = "..."`, found, key)
	case scan(m, "expected a top-level item to end with a newline, comment, or EOF, but got %q instead", &found):
		return fmt.Sprintf("unexpected %s after the value: write one key = value per line, and put text in double quotes", found)
	case scan(m, "expected '.' or '=', but got %q instead", &found):
		return fmt.Sprintf(`unexpected %s in a key: write key = value (keys use letters, digits, _ and -)`, found)
	case strings.HasPrefix(m, "expected '.' or ']' to end table name") || strings.HasPrefix(m, "expected end of table array name"):
		return "table header is not closed: write [[participants]] or [[rounds]] on a line of its own"
	}
	return "TOML syntax error: " + m
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
func quotedKey(m string) string {
	i := strings.Index(m, "'")
	j := strings.LastIndex(m, "'")
	if i < 0 || j <= i {
		return "a key"
	}
	k := m[i+1 : j]
	if d := strings.LastIndex(k, "."); d >= 0 && !strings.Contains(k, `"`) {
		k = k[d+1:]
	}
	return fmt.Sprintf("%q", k)
}
