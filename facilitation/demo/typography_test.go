package demo

import (
	"testing"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

// The French demo is what a French facilitator sees first: its texts keep
// French typography (narrow no-break spaces before : ; ! ? and in « »).
func TestFrenchDemoTypography(t *testing.T) {
	name, src := Plan("fr")
	plan, err := facilitation.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{plan.Title, plan.Location}
	for _, r := range plan.Rounds {
		texts = append(texts, r.Title, r.Question)
	}
	for _, p := range plan.Participants {
		texts = append(texts, p.Name, p.Organisation, p.Role)
	}
	for _, s := range texts {
		for _, p := range i18n.FrenchTypography(s) {
			t.Errorf("%s: %s", name, p)
		}
	}
}
