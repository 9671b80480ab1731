package redact

import "strings"

// foldedWords is the folded word sequence of a phrase.
func foldedWords(s string) []string { return words(s) }

// piece is one space-separated part of a name, in words: "Traoré-Koné" is
// [traore kone], "N'Diaye" is [n diaye] with joined "ndiaye".
type piece struct {
	words  []string
	joined string // the words without their apostrophes ("ndiaye"); "" when no apostrophe
}

func pieces(name string) []piece {
	var out []piece
	for _, f := range strings.Fields(name) {
		var sc scanner
		sc.scan(f)
		toks := sc.toks
		if len(toks) == 0 {
			continue
		}
		p := piece{}
		var b strings.Builder
		apostrophe := false
		for i, t := range toks {
			key := string(sc.key(t))
			p.words = append(p.words, key)
			b.WriteString(key)
			if i+1 < len(toks) {
				gap := f[t.end:toks[i+1].start]
				if strings.ContainsAny(gap, "'\u2019\u02bc\u2018`") {
					apostrophe = true
				}
			}
		}
		if apostrophe {
			p.joined = b.String()
		}
		out = append(out, p)
	}
	return out
}

// nameVariants are the word sequences that write a whole name: as given,
// and with apostrophes dropped ("Fatou Ndiaye" for "Fatou N'Diaye").
func nameVariants(name string) [][]string {
	ps := pieces(name)
	var plain, joined []string
	hasJoin := false
	for _, p := range ps {
		plain = append(plain, p.words...)
		if p.joined != "" {
			joined = append(joined, p.joined)
			hasJoin = true
		} else {
			joined = append(joined, p.words...)
		}
	}
	if hasJoin {
		return [][]string{plain, joined}
	}
	return [][]string{plain}
}

// nameParts are the parts that alone may name someone: each word of two
// letters or more, each hyphenated or apostrophed piece whole, and an
// apostrophed piece written without its apostrophe. A one-letter word
// ("N" of "N'Diaye") names nobody alone.
func nameParts(name string) [][]string {
	var out [][]string
	for _, p := range pieces(name) {
		for _, w := range p.words {
			if len([]rune(w)) >= 2 {
				out = append(out, []string{w})
			}
		}
		if len(p.words) > 1 {
			out = append(out, p.words)
		}
		if p.joined != "" {
			out = append(out, []string{p.joined})
		}
	}
	return out
}

// PartKeys are the folded parts of a name, as the detector compares them:
// "Aïssata Traoré-Koné" gives "aissata", "traore", "kone", "traore kone".
func PartKeys(name string) []string {
	var out []string
	for _, p := range nameParts(name) {
		out = append(out, strings.Join(p, " "))
	}
	return out
}
