package demo

import (
	"testing"

	"github.com/baraza-app/baraza/facilitation"
)

// The demo must stay a realistic three-level dialogue: valid, about fifteen
// people across the three levels, with women and youth among them.
func TestDemoPlansAreValidAndRealistic(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		name, src := Plan(lang)
		plan, err := facilitation.Parse(name, src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if plan.Language != lang {
			t.Errorf("%s: language %q", name, plan.Language)
		}
		levels := map[facilitation.Level]int{}
		women, youth := 0, 0
		for _, p := range plan.Participants {
			levels[p.Level]++
			if p.Gender == facilitation.Woman {
				women++
			}
			if p.Youth {
				youth++
			}
		}
		if n := len(plan.Participants); n < 12 || n > 20 || len(levels) != 3 || women < 4 || youth < 2 {
			t.Errorf("%s: %d people, levels %v, %d women, %d youth", name, n, levels, women, youth)
		}
		if len(plan.Rounds) != 6 {
			t.Errorf("%s: %d rounds, want the six of the method", name, len(plan.Rounds))
		}
	}
}
