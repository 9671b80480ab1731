package facilitation

import (
	"fmt"
	"testing"
)

// expectStatus is an independent statement of the rule, position by position.
func expectStatus(leanings []Leaning, deferred, closed bool) ItemStatus {
	if deferred {
		return StatusDeferred
	}
	positioned, blocking, reserved := 0, false, false
	for _, l := range leanings {
		if l != LeanNone {
			positioned++
		}
		blocking = blocking || l == LeanBlock || l == LeanUnresolved
		reserved = reserved || l == LeanReservations
	}
	if positioned == 3 && !blocking {
		if reserved {
			return StatusAgreedWithReservations
		}
		return StatusAgreed
	}
	if closed {
		return StatusNoConsensus
	}
	return StatusOpen
}

// TestDeriveStatusOverEveryCombination: every combination of positions of
// the three levels (no position included), on both scales, open and closed,
// deferred or not.
func TestDeriveStatusOverEveryCombination(t *testing.T) {
	for _, scale := range Scales {
		choices := append([]Stance{""}, scale.Stances()...)
		n := 0
		for _, a := range choices {
			for _, b := range choices {
				for _, c := range choices {
					stances := map[Level]Stance{Community: a, CivilSociety: b, Government: c}
					leanings := []Leaning{scale.Leaning(a), scale.Leaning(b), scale.Leaning(c)}
					for _, deferred := range []bool{false, true} {
						for _, closed := range []bool{false, true} {
							n++
							got := DeriveStatus(scale, stances, deferred, closed)
							if want := expectStatus(leanings, deferred, closed); got != want {
								t.Errorf("%s %v deferred=%v closed=%v: %s, want %s", scale, stances, deferred, closed, got, want)
							}
						}
					}
				}
			}
		}
		if want := 4 * len(choices) * len(choices) * len(choices); n != want {
			t.Fatalf("%s: %d combinations, want %d", scale, n, want)
		}
	}
}

func TestScalesAndLeanings(t *testing.T) {
	cases := []struct {
		scale  Scale
		stance Stance
		lean   Leaning
		reason bool
	}{
		{ScaleDefault, StanceSupport, LeanSupport, false},
		{ScaleDefault, StanceReservations, LeanReservations, true},
		{ScaleDefault, StanceStandAside, LeanStandAside, false},
		{ScaleDefault, StanceBlock, LeanBlock, true},
		{ScaleDefault, GradientVeto, LeanNone, false}, // not of this scale
		{"", StanceSupport, LeanSupport, false},       // empty means default
		{ScaleGradients, GradientEndorse, LeanSupport, false},
		{ScaleGradients, GradientMinorPoint, LeanSupport, false},
		{ScaleGradients, GradientReservations, LeanReservations, true},
		{ScaleGradients, GradientAbstain, LeanStandAside, false},
		{ScaleGradients, GradientMoreDiscussion, LeanUnresolved, true},
		{ScaleGradients, GradientDislike, LeanReservations, true},
		{ScaleGradients, GradientDisagree, LeanUnresolved, true},
		{ScaleGradients, GradientVeto, LeanBlock, true},
		{ScaleGradients, StanceBlock, LeanNone, false},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s/%s", c.scale, c.stance), func(t *testing.T) {
			if got := c.scale.Leaning(c.stance); got != c.lean {
				t.Errorf("leaning %d, want %d", got, c.lean)
			}
			if got := c.scale.NeedsReason(c.stance); got != c.reason {
				t.Errorf("needs reason %v, want %v", got, c.reason)
			}
		})
	}
	if len(ScaleDefault.Stances()) != 4 || len(ScaleGradients.Stances()) != 8 {
		t.Error("a scale lost a stance")
	}
}
