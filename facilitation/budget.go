package facilitation

import "time"

// Budget is each level's speaking-time budget in a round, so that no level
// takes the room; a level missing from it has none. A plan writes it as one
// duration for every level (level_budget = "20m") or as a table by level
// (level_budget = { community = "20m", government = "10m" }).
type Budget map[Level]time.Duration

// UniformBudget gives every level d; nil (no budget) when d <= 0.
func UniformBudget(d time.Duration) Budget {
	if d <= 0 {
		return nil
	}
	b := Budget{}
	for _, l := range Levels {
		b[l] = d
	}
	return b
}

// For is level l's budget; 0 means none.
func (b Budget) For(l Level) time.Duration { return b[l] }

// Uniform reports the duration every level has, when they all have the same.
func (b Budget) Uniform() (time.Duration, bool) {
	d := b[Levels[0]]
	for _, l := range Levels {
		if b[l] != d || d <= 0 {
			return 0, false
		}
	}
	return d, true
}
