package sessions

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlug is the longest slug NewID writes: enough to recognise a title in a
// directory listing, short enough to type a prefix of.
const maxSlug = 40

// idTimeLayout is the start-time part of an id. Ids sort by start time
// because this layout does.
const idTimeLayout = "2006-01-02-1504"

// NewID makes a session id from the start time, as given (callers pass local
// time), and the plan's title: "2026-03-14-0930-ikassa-dialogue-space".
// Create makes it unique by adding "-2", "-3"... when needed.
func NewID(title string, start time.Time) string {
	return start.Format(idTimeLayout) + "-" + Slug(title)
}

// ligatures are letters that NFD does not split into a base and a mark.
var ligatures = strings.NewReplacer("œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae", "ß", "ss",
	"ø", "o", "Ø", "o", "ł", "l", "Ł", "l", "đ", "d", "Đ", "d")

// Slug turns a title into lowercase ASCII words joined by "-": accents are
// stripped, every other run of characters outside [a-z0-9] becomes one "-",
// and the result is cut at a word boundary to at most 40 characters. A title
// with no Latin letters or digits (Arabic, Chinese) gives "session".
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(ligatures.Replace(title)) {
		if unicode.Is(unicode.Mn, r) {
			continue // the accent of a decomposed letter
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	s := b.String()
	if len(s) > maxSlug {
		// Keep whole words: cut at the last "-" that leaves at most maxSlug.
		if i := strings.LastIndexByte(s[:maxSlug+1], '-'); i > 0 {
			s = s[:i]
		} else {
			s = s[:maxSlug]
		}
	}
	if s == "" {
		return "session"
	}
	return s
}

// idTime reads the start time back from an id, in local time; ok is false
// for a directory name that is not an id.
func idTime(id string) (time.Time, bool) {
	if len(id) < len(idTimeLayout) {
		return time.Time{}, false
	}
	t, err := time.ParseInLocation(idTimeLayout, id[:len(idTimeLayout)], time.Local)
	return t, err == nil
}
