package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of a text: a run of letters, digits and combining marks.
// Apostrophes, hyphens, spaces and punctuation separate words.
type token struct {
	start, end int    // byte offsets in the text
	key        string // folded: lower case, no accents, NFC and NFD alike
	join       bool   // the gap to the next token may sit inside a name: spaces, one hyphen, one apostrophe
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// joiners may separate the parts of one name: "Traoré-Koné", "N'Diaye", "N’Diaye".
func isJoiner(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u202f', '-', '\u2010', '\u2011', '\'', '\u2019', '\u02bc', '\u2018', '`':
		return true
	}
	return false
}

// tokens splits text into words with their folded keys. buf is reused
// between calls to keep the export free of per-word allocations.
func tokens(text string, out []token) []token {
	out = out[:0]
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		ascii := true
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			if r >= utf8.RuneSelf {
				ascii = false
			}
			i += n
		}
		out = append(out, token{start: start, end: i, key: foldWord(text[start:i], ascii)})
	}
	for k := 0; k+1 < len(out); k++ {
		gap := text[out[k].end:out[k+1].start]
		out[k].join = gapJoins(gap)
	}
	return out
}

// gapJoins: at most a few joiners, with at most one hyphen or apostrophe.
func gapJoins(gap string) bool {
	if gap == "" || utf8.RuneCountInString(gap) > 3 {
		return false
	}
	marks := 0
	for _, r := range gap {
		if !isJoiner(r) {
			return false
		}
		if r != ' ' && r != '\u00a0' && r != '\u202f' {
			marks++
		}
	}
	return marks <= 1
}

// Fold is the form names are compared in: lower case, accents and other
// combining marks removed, whatever the Unicode normalisation of the input.
func Fold(s string) string {
	var b strings.Builder
	for _, t := range tokens(s, nil) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
	}
	return b.String()
}

func foldWord(w string, ascii bool) string {
	if ascii {
		for i := 0; i < len(w); i++ {
			if c := w[i]; 'A' <= c && c <= 'Z' {
				return strings.ToLower(w)
			}
		}
		return w
	}
	var b strings.Builder
	var it norm.Iter
	it.InitString(norm.NFD, w)
	for !it.Done() {
		seg := it.Next()
		for len(seg) > 0 {
			r, n := utf8.DecodeRune(seg)
			seg = seg[n:]
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
