package redact

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// oldAnonymiser is the regular-expression anonymiser as it was before the
// review (session/anon.go at 0608319), reduced to what it matched.
type oldAnonymiser struct{ patterns []oldPattern }

type oldPattern struct {
	re *regexp.Regexp
	id string
}

type oldMatch struct {
	start, end int
	id         string
}

func newOldAnonymiser(people []Person) *oldAnonymiser {
	a := &oldAnonymiser{}
	tokens := map[string][]string{}
	for _, p := range people {
		for _, w := range strings.Fields(p.Name) {
			if len([]rune(w)) >= 4 {
				k := oldFold(w)
				tokens[k] = append(tokens[k], p.ID)
			}
		}
	}
	add := func(text, id string) {
		if strings.TrimSpace(text) != "" {
			a.patterns = append(a.patterns, oldPattern{re: oldWordPattern(text), id: id})
		}
	}
	for _, p := range people {
		add(p.Name, p.ID)
		for _, w := range strings.Fields(p.Name) {
			if ids := tokens[oldFold(w)]; len(ids) == 1 && len([]rune(w)) >= 4 {
				add(w, p.ID)
			}
		}
		add(p.Organisation, p.ID)
		add(p.Role, p.ID)
	}
	sort.SliceStable(a.patterns, func(i, j int) bool { return len(a.patterns[i].re.String()) > len(a.patterns[j].re.String()) })
	return a
}

func (a *oldAnonymiser) find(text string) []oldMatch {
	var out []oldMatch
	for _, p := range a.patterns {
		for _, loc := range p.re.FindAllStringSubmatchIndex(text, -1) {
			out = append(out, oldMatch{start: loc[4], end: loc[5], id: p.id})
		}
	}
	return out
}

func oldFold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, _ := transform.String(t, strings.ToLower(s))
	return out
}

func oldWordPattern(text string) *regexp.Regexp {
	var b strings.Builder
	for _, r := range oldFold(text) {
		if alt, ok := oldAccentClass[r]; ok {
			b.WriteString(alt)
		} else {
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])(` + b.String() + `)($|[^\p{L}\p{N}])`)
}

var oldAccentClass = map[rune]string{
	'a': "[aàâäáãå]", 'e': "[eéèêë]", 'i': "[iîïíì]", 'o': "[oôöóòõ]", 'u': "[uùûüú]", 'c': "[cç]", 'n': "[nñ]",
}
