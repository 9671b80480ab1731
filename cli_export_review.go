package main

import (
	"strings"

	"github.com/baraza-app/baraza/session"
)

// unreviewedReport says, for stderr and in the command line's language,
// which ambiguous words nobody reviewed (redacted to be safe), where they
// are, and the command that reviews them.
func (c *cli) unreviewedReport(id string, list []session.Unreviewed) string {
	if len(list) == 0 {
		return ""
	}
	cat := c.cat()
	var order []string
	where := map[string][]string{}
	for _, u := range list {
		if _, ok := where[u.Term]; !ok {
			order = append(order, u.Term)
		}
		where[u.Term] = append(where[u.Term], session.DescribePlace(cat, u.Where))
	}
	var parts []string
	for i, t := range order {
		if i == 10 {
			parts = append(parts, cat.N("cli.unreviewed.more", len(order)-10, len(order)-10))
			break
		}
		w := where[t]
		if len(w) > 3 {
			w = append(w[:3:3], "…")
		}
		parts = append(parts, cat.T("cli.unreviewed.word", t, strings.Join(w, ", ")))
	}
	return cat.N("cli.unreviewed", len(list), len(list), strings.Join(parts, cat.T("cli.sep")), id)
}

// strictError is --strict's refusal: unreviewed candidates are an error,
// said already in the command line's language.
type strictError struct{ text string }

func (e strictError) Error() string { return e.text }
