package main

import (
	"fmt"
	"strings"

	"github.com/baraza-app/baraza/session"
)

// unreviewedReport says, for stderr, which ambiguous words nobody reviewed
// (redacted to be safe), where they are, and the command that reviews them.
func unreviewedReport(id string, list []session.Unreviewed) string {
	if len(list) == 0 {
		return ""
	}
	var order []string
	where := map[string][]string{}
	for _, u := range list {
		if _, ok := where[u.Term]; !ok {
			order = append(order, u.Term)
		}
		where[u.Term] = append(where[u.Term], strings.ReplaceAll(u.Where, "/", " "))
	}
	var parts []string
	for i, t := range order {
		if i == 10 {
			parts = append(parts, fmt.Sprintf("and %d more", len(order)-10))
			break
		}
		w := where[t]
		if len(w) > 3 {
			w = append(w[:3:3], "…")
		}
		parts = append(parts, fmt.Sprintf("%q (%s)", t, strings.Join(w, ", ")))
	}
	noun := "words that may name someone were"
	if len(list) == 1 {
		noun = "word that may name someone was"
	}
	return fmt.Sprintf("%d %s not reviewed, so redacted: %s\nreview them with: baraza review %s",
		len(list), noun, strings.Join(parts, "; "), id)
}

// strictError is --strict's refusal: unreviewed candidates are an error.
type strictError struct{ report string }

func (e strictError) Error() string {
	return "--strict: " + e.report + "\nnothing was written"
}
