package session

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// A plan's level budgets survive the log: one duration when every level has
// the same (the form older logs have), a table by level otherwise.
func TestLevelBudgetsRoundTripThroughTheLog(t *testing.T) {
	plan := testPlan(
		facilitation.Round{Title: "By level", Levels: facilitation.Levels[:], Order: facilitation.OrderQueue,
			LevelBudget: facilitation.Budget{facilitation.Community: 20 * time.Minute, facilitation.Government: 5 * time.Minute}},
		facilitation.Round{Title: "Same for all", Levels: facilitation.Levels[:], Order: facilitation.OrderQueue,
			LevelBudget: facilitation.UniformBudget(10 * time.Minute)},
		facilitation.Round{Title: "None", Levels: facilitation.Levels[:], Order: facilitation.OrderQueue},
	)
	plan.LevelBudget = facilitation.Budget{facilitation.CivilSociety: 15 * time.Minute}
	start := NewSessionStarted("s", plan)
	start.V, start.Seq, start.At = FormatVersion, 1, time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
	line, err := EncodeLine(start)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"level_budgets":{"community":"20m","government":"5m"}`, `"level_budget":"10m"`, `"level_budgets":{"civil_society":"15m"}`} {
		if !strings.Contains(string(line), want) {
			t.Errorf("log line lacks %s:\n%s", want, line)
		}
	}
	e, err := DecodeLine(line)
	if err != nil {
		t.Fatal(err)
	}
	st, err := Fold([]Event{e})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st.Plan.LevelBudget, plan.LevelBudget) {
		t.Errorf("plan budget %v, want %v", st.Plan.LevelBudget, plan.LevelBudget)
	}
	for i, r := range st.Plan.Rounds {
		if !reflect.DeepEqual(r.LevelBudget, plan.Rounds[i].LevelBudget) {
			t.Errorf("round %d budget %v, want %v", i+1, r.LevelBudget, plan.Rounds[i].LevelBudget)
		}
	}

	// A log written before budgets by level, and one naming a level that does not exist.
	old := &PlanRecord{LevelBudget: "20m"}
	if b, err := parseBudgetText(old.LevelBudget, old.LevelBudgets); err != nil || !reflect.DeepEqual(b, facilitation.UniformBudget(20*time.Minute)) {
		t.Errorf("old form: %v, %v", b, err)
	}
	if _, err := parseBudgetText("", map[string]string{"state": "5m"}); err == nil {
		t.Error("a budget for an unknown level was accepted")
	}
}
