package htmlminutes_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

var (
	styleBlock = regexp.MustCompile(`(?s)<style>.*?</style>`)
	tag        = regexp.MustCompile(`<[^>]*>`)
)

// TestFrenchTypography: the French page's text (what the PDF shows, and
// the charts' titles and descriptions) keeps French typography in every
// word baraza writes; texts people typed are set aside.
func TestFrenchTypography(t *testing.T) {
	for _, o := range []session.MinutesOptions{{Lang: "fr"}, {Lang: "fr", Anonymous: true}, {Lang: "fr", ChathamHouse: true}} {
		m := demoMinutes(t, o)
		text := tag.ReplaceAllString(styleBlock.ReplaceAllString(render(t, m), ""), "\n")
		text = html.UnescapeString(text)
		for _, u := range m.Typed() {
			if len(u) > 2 {
				text = strings.ReplaceAll(text, u, "X")
			}
		}
		for _, l := range strings.Split(text, "\n") {
			for _, p := range i18n.FrenchTypography(l) {
				t.Errorf("%+v: %s", o, p)
			}
		}
		if !strings.Contains(text, "39\u202f%") || !strings.Contains(text, "Date\u202f:") {
			t.Errorf("%+v: no French percent or label in the page", o)
		}
	}
}
