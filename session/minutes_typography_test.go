package session_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// FrenchTypographyProblems scans text baraza wrote (user texts masked).
func FrenchTypographyProblems(m *session.Minutes, text string) []string {
	for _, u := range m.Typed() {
		if len(u) > 2 {
			text = strings.ReplaceAll(text, u, "X")
		}
	}
	var out []string
	for i, l := range strings.Split(text, "\n") {
		for _, p := range i18n.FrenchTypography(l) {
			out = append(out, "line "+strconv.Itoa(i+1)+": "+p)
		}
	}
	return out
}

// TestFrenchMinutesTypography: the French minutes (the golden file's
// content) keep French typography in everything baraza writes: labels,
// statuses, the speaking-time shares ("39 %").
func TestFrenchMinutesTypography(t *testing.T) {
	st := demoState(t)
	for _, o := range []session.MinutesOptions{{Lang: "fr"}, {Lang: "fr", Anonymous: true}, {Lang: "fr", ChathamHouse: true}} {
		m, out := minutes(t, st, o)
		md := string(out)
		if i := strings.Index(md, "```mermaid"); i >= 0 { // chart syntax, not prose
			md = md[:i]
		}
		for _, p := range FrenchTypographyProblems(m, md) {
			t.Errorf("%+v: %s", o, p)
		}
		if !strings.Contains(md, "\u202f%") || !strings.Contains(md, "**Date\u202f:**") {
			t.Errorf("%+v: no French percent or label in the minutes", o)
		}
	}
}
