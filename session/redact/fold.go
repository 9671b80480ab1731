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
	start, end int  // byte offsets in the text
	ks, ke     int  // the folded word (lower case, no accents, NFC and NFD alike) in the scanner's buffer
	join       bool // the gap to the next token may sit inside a name: spaces, one hyphen, one apostrophe
	near       bool // the gap to the next token may sit inside an organisation's or a term's name: "n°3", "A.S.B.L."
}

// scanner holds the buffers one text's words are folded into, reused from
// text to text so that a long export allocates nothing per word.
type scanner struct {
	toks []token
	buf  []byte
}

func (s *scanner) key(t token) []byte { return s.buf[t.ks:t.ke] }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
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

// scan splits text into words with their folded keys.
func (s *scanner) scan(text string) {
	s.toks, s.buf = s.toks[:0], s.buf[:0]
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
		ks := len(s.buf)
		s.buf = foldWord(s.buf, text[start:i], ascii)
		s.toks = append(s.toks, token{start: start, end: i, ks: ks, ke: len(s.buf)})
	}
	for k := 0; k+1 < len(s.toks); k++ {
		gap := text[s.toks[k].end:s.toks[k+1].start]
		s.toks[k].join = gapJoins(gap)
		s.toks[k].near = s.toks[k].join || gapNear(gap)
	}
}

// words is text's folded words.
func words(text string) []string {
	var s scanner
	s.scan(text)
	out := make([]string, len(s.toks))
	for i, t := range s.toks {
		out[i] = string(s.key(t))
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

// gapNear: a few characters of punctuation, as inside "Mutuelle n°3",
// "A.S.B.L. Amani" or "Radio Maendeleo (RM)"; never what ends a clause or
// a line ("à la radio, Amani Bahati" is no "Radio Amani").
func gapNear(gap string) bool {
	if gap == "" || utf8.RuneCountInString(gap) > 3 {
		return false
	}
	return !strings.ContainsAny(gap, ",;:!?\n\r\u2028\u2029")
}

// Fold is the form names are compared in: lower case, accents and other
// combining marks removed, whatever the Unicode normalisation of the input.
func Fold(s string) string { return strings.Join(words(s), " ") }

// foldWord appends w folded to buf.
func foldWord(buf []byte, w string, ascii bool) []byte {
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		return buf
	}
	if latin := foldLatin(buf, w); latin != nil {
		return latin
	}
	return foldSlow(buf, w)
}

// latinFold is every rune below U+0250 (Latin-1 and Latin Extended-A and
// B: the accented letters of French, Bambara, Swahili... names) folded as
// foldSlow folds it alone, built once.
var latinFold = func() [0x250]string {
	var t [0x250]string
	for r := rune(0); r < 0x250; r++ {
		t[r] = string(foldSlow(nil, string(r)))
	}
	return t
}()

// foldLatin folds a word of runes below U+0250 from the table, or returns
// nil for any other word (combining marks, other scripts), which foldSlow
// takes. Without combining marks a rune's decomposition does not depend on
// its neighbours, so rune by rune gives what the whole word gives.
func foldLatin(buf []byte, w string) []byte {
	for _, r := range w {
		if r >= 0x250 {
			return nil
		}
	}
	for _, r := range w {
		buf = append(buf, latinFold[r]...)
	}
	return buf
}

// foldSlow decomposes (NFD), drops the combining marks and lowers.
func foldSlow(buf []byte, w string) []byte {
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
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}
