package ui

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/baraza-app/baraza/session"
)

// Scores of the fuzzy matcher: a letter that starts a word, or follows the
// previous matched letter, counts far more than a scattered one, so that
// "kas" finds "Kasereka" before "Kahindo Amani Sifa".
const (
	fuzzyLetter      = 1
	fuzzyWordStart   = 6
	fuzzyNameStart   = 2
	fuzzyConsecutive = 7
	fuzzyMaxGap      = 5 // a gap costs one point per letter skipped, up to this
)

// foldLetters maps letters that have no decomposition to what people type.
var foldLetters = map[rune]string{
	'œ': "oe", 'æ': "ae", 'ß': "ss", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i",
}

// foldName lowers s and strips its accents (NFD, marks dropped), so that
// "deo" finds "Déogratias"; other scripts keep their own letters. start[i]
// tells whether out[i] begins a word.
func foldName(s string) (out []rune, start []bool) {
	sep := true
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		letters := string(r)
		if f, ok := foldLetters[r]; ok {
			letters = f
		}
		isSep := !unicode.IsLetter(r) && !unicode.IsDigit(r)
		for _, x := range letters {
			out = append(out, x)
			start = append(start, sep && !isSep)
			sep = false
		}
		sep = isSep
	}
	return out, start
}

// foldQuery folds what was typed and drops its spaces: "deo kas" matches
// "Déogratias Kasereka" letter by letter.
func foldQuery(q string) []rune {
	runes, _ := foldName(q)
	return slices.DeleteFunc(runes, unicode.IsSpace)
}

// fuzzyPreferred is the bonus of a preferred person (present, of the
// current round's levels): a little more than a letter that starts a word,
// so that in the community's round "ma" finds Amani Kahindo before Grâce
// Mapendo, but less than a word's first letters typed together, so "gra"
// still finds Grâce before Déogratias.
const fuzzyPreferred = fuzzyWordStart + 1

// fuzzyRank returns the people whose name contains the query's letters in
// order, best match first; ties keep plan order (Rank). An empty query
// returns everyone in plan order, the preferred first. prefer may be nil.
// people is not changed.
func fuzzyRank(query string, people []*session.Person, prefer func(*session.Person) bool) []*session.Person {
	q := foldQuery(query)
	type scored struct {
		p     *session.Person
		score int
	}
	hits := make([]scored, 0, len(people))
	for _, p := range people {
		bonus := 0
		if prefer != nil && prefer(p) {
			bonus = fuzzyPreferred
		}
		if len(q) == 0 {
			hits = append(hits, scored{p, bonus})
			continue
		}
		if s, ok := fuzzyScore(q, p.Name); ok {
			hits = append(hits, scored{p, s + bonus})
		}
	}
	slices.SortStableFunc(hits, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.p.Rank, b.p.Rank)
	})
	out := make([]*session.Person, len(hits))
	for i, h := range hits {
		out[i] = h.p
	}
	return out
}

// fuzzyScore is the best score of q as a subsequence of name's folded
// letters, by dynamic programming over where each query letter lands
// (names are short: the quadratic cost is a few thousand steps).
func fuzzyScore(q []rune, name string) (int, bool) {
	n, start := foldName(name)
	if len(q) == 0 || len(q) > len(n) {
		return 0, len(q) == 0
	}
	const none = -1 << 30
	bonus := func(j int) int {
		b := fuzzyLetter
		if start[j] {
			b += fuzzyWordStart
		}
		if j == 0 {
			b += fuzzyNameStart
		}
		return b
	}
	prev, cur := make([]int, len(n)), make([]int, len(n))
	for j := range n {
		prev[j] = none
		if n[j] == q[0] {
			prev[j] = bonus(j)
		}
	}
	for i := 1; i < len(q); i++ {
		for j := range n {
			cur[j] = none
			if n[j] != q[i] {
				continue
			}
			for k := range j {
				if prev[k] == none {
					continue
				}
				link := -min(j-k-1, fuzzyMaxGap)
				if j == k+1 {
					link = fuzzyConsecutive
				}
				cur[j] = max(cur[j], prev[k]+link+bonus(j))
			}
		}
		prev, cur = cur, prev
	}
	best := none
	for _, s := range prev {
		best = max(best, s)
	}
	return best, best != none
}

// normName is a name as compared for duplicates: case and spaces ignored.
func normName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}
