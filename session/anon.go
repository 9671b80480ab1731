package session

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

// anonymiser attributes to stable labels instead of names, and scrubs the
// names that note-takers type into notes, items and actions.
type anonymiser struct {
	labels   map[string]string // participant id -> "Community participant 3"
	patterns []namePattern     // longest first
}

type namePattern struct {
	needle string // the folded text: a cheap test before the regexp
	re     *regexp.Regexp
	label  string
}

// newAnonymiser numbers people within their level in plan order, so the
// same person has the same label in every format and every export.
func newAnonymiser(st *State, cat *i18n.Catalog) *anonymiser {
	a := &anonymiser{labels: map[string]string{}}
	count := map[facilitation.Level]int{}
	tokens := map[string][]string{} // a name's distinctive words, and whose
	for _, p := range st.People {
		count[p.Level]++
		a.labels[p.ID] = cat.T("min.label", cat.Level(p.Level), count[p.Level])
		for _, w := range strings.Fields(p.Name) {
			if len([]rune(w)) >= 4 {
				k := fold(w)
				tokens[k] = append(tokens[k], p.ID)
			}
		}
	}
	add := func(text, id string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		a.patterns = append(a.patterns, namePattern{needle: fold(text), re: wordPattern(text), label: a.labels[id]})
	}
	for _, p := range st.People {
		add(p.Name, p.ID)
		for _, w := range strings.Fields(p.Name) {
			// A first or last name alone also names someone, when only one
			// person carries it; shared words are left to the full name.
			if ids := tokens[fold(w)]; len(ids) == 1 && len([]rune(w)) >= 4 {
				add(w, p.ID)
			}
		}
		add(p.Organisation, p.ID)
		add(p.Role, p.ID)
	}
	sort.SliceStable(a.patterns, func(i, j int) bool {
		return len(a.patterns[i].re.String()) > len(a.patterns[j].re.String())
	})
	return a
}

// fold lowers and strips accents: "Déogratias" and "deogratias" match.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicodeMn)), norm.NFC)
	out, _, _ := transform.String(t, strings.ToLower(s))
	return out
}

// wordPattern matches text as whole words, ignoring case and accents on
// the letters that commonly carry them.
func wordPattern(text string) *regexp.Regexp {
	var b strings.Builder
	for _, r := range fold(text) {
		if alt, ok := accentClass[r]; ok {
			b.WriteString(alt)
		} else {
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])(` + b.String() + `)($|[^\p{L}\p{N}])`)
}

var accentClass = map[rune]string{
	'a': "[aàâäáãå]", 'e': "[eéèêë]", 'i': "[iîïíì]", 'o': "[oôöóòõ]", 'u': "[uùûüú]", 'c': "[cç]", 'n': "[nñ]",
}

// scrub replaces every participant name in text by that person's label;
// found says whether it replaced anything (the caller warns).
func (a *anonymiser) scrub(text string) (out string, found bool) {
	out = text
	folded := fold(text)
	for _, p := range a.patterns {
		if !strings.Contains(folded, p.needle) {
			continue // most notes name nobody: skip the regexp
		}
		for {
			loc := p.re.FindStringSubmatchIndex(out)
			if loc == nil {
				break
			}
			out = out[:loc[4]] + p.label + out[loc[5]:]
			found = true
		}
	}
	return out, found
}

// label is a participant's anonymised label.
func (a *anonymiser) label(id string) string {
	if l, ok := a.labels[id]; ok {
		return l
	}
	return fmt.Sprintf("participant %s", id)
}
