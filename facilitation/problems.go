package facilitation

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong in a plan file. Line and Col are 1-based; Col
// counts characters (runes), not bytes. Line 0 means the problem concerns the
// whole file (something missing, such as the title or any participant).
type Problem struct {
	File      string
	Line, Col int
	Msg       Message
}

// In says the problem in lang, after its place: "file:line:col: message".
func (p Problem) In(lang string) string {
	msg := p.Msg.In(lang)
	switch {
	case p.Line == 0:
		return fmt.Sprintf("%s: %s", p.File, msg)
	case p.Col == 0:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, msg)
}

// String says the problem in English.
func (p Problem) String() string { return p.In("en") }

// Problems is every problem found in a plan, sorted by line and column.
type Problems []Problem

// In gives one problem per line, "file:line:col: message", in lang.
func (ps Problems) In(lang string) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.In(lang)
	}
	return strings.Join(lines, "\n")
}

// Error gives the problems in English.
func (ps Problems) Error() string { return ps.In("en") }

func (ps Problems) sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Col < ps[j].Col
	})
}

// suggest returns the candidate closest to word when it is close enough to
// be a likely typo, or "".
func suggest(word string, candidates []string) string {
	w := strings.ToLower(strings.ReplaceAll(word, "-", "_"))
	best, bestD := "", 0
	for _, c := range candidates {
		d := editDistance(w, strings.ToLower(strings.ReplaceAll(c, "-", "_")))
		limit := 2
		if len([]rune(c)) <= 4 {
			limit = 1
		}
		if d <= limit && (best == "" || d < bestD) {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// orList writes "a, b or c" in the reader's language.
func orList(words []string) any {
	if len(words) <= 1 {
		return strings.Join(words, "")
	}
	return Msg("plan.or", strings.Join(words[:len(words)-1], ", "), words[len(words)-1])
}
