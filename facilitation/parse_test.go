package facilitation

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func parseFile(t *testing.T, name string) *Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "plans", name))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := Parse(name, data)
	if err != nil {
		t.Fatalf("%s:\n%v", name, err)
	}
	checkPlan(t, plan)
	return plan
}

func TestSamplePlanIkassa(t *testing.T) {
	p := parseFile(t, "ikassa-fr.toml")
	if p.Language != "fr" || p.TurnLimit != 3*time.Minute || p.Date != "2026-03-14" || !p.Anonymous || p.DefaultRounds {
		t.Errorf("plan-wide values: %+v", p)
	}
	if len(p.Rounds) != 6 || len(p.Participants) != 13 {
		t.Fatalf("%d rounds, %d participants; want 6 and 13", len(p.Rounds), len(p.Participants))
	}
	if p.LevelNames[CivilSociety] != "Société civile" || p.NoteTaker != "Jean-Paul Bahati" {
		t.Errorf("level names %v, note taker %q", p.LevelNames, p.NoteTaker)
	}
	first := p.Rounds[0]
	if first.Order != OrderProgressive || !reflect.DeepEqual(first.Levels, []Level{Community}) || first.Duration != 40*time.Minute || first.TurnLimit != 3*time.Minute || first.Key != "" {
		t.Errorf("round 1: %+v", first)
	}
	if r := p.Rounds[3]; r.Order != OrderAlternate || len(r.Levels) != 3 {
		t.Errorf("round 4: %+v", r)
	}
	if r := p.Rounds[4]; r.TurnLimit != 2*time.Minute || r.Order != OrderQueue {
		t.Errorf("round 5 keeps its own turn limit: %+v", r)
	}
	if want := (Participant{Name: "Déogratias Kasereka", Level: Community, Organisation: "Association des éleveurs", Gender: Man}); p.Participants[3] != want {
		t.Errorf("participant 4 = %+v, want %+v", p.Participants[3], want)
	}
}

func TestSamplePlanTownhall(t *testing.T) {
	p := parseFile(t, "townhall-en.toml")
	if p.Date != "2026-05-02T09:30:00" || p.Language != "en" || p.TurnLimit != 2*time.Minute+30*time.Second {
		t.Errorf("plan-wide values: %+v", p)
	}
	if r := p.Rounds[0]; r.TurnLimit != time.Minute || r.Order != OrderRoundRobin {
		t.Errorf("round 1: %+v", r)
	}
	if r := p.Rounds[1]; r.TurnLimit != 150*time.Second || !reflect.DeepEqual(r.Levels, []Level{Community, CivilSociety}) || r.Duration != time.Hour {
		t.Errorf("round 2: %+v", r)
	}
	if got := p.Participants[1].Organisation; got != "Fishers' cooperative" {
		t.Errorf("organization spelling not read: %q", got)
	}
}

func TestSamplePlanMinimalGetsTheDefaultMethod(t *testing.T) {
	p := parseFile(t, "minimal.toml")
	if !p.DefaultRounds || p.Language != "en" || p.Date != "" || p.LevelNames == nil {
		t.Errorf("plan-wide values: %+v", p)
	}
	if !reflect.DeepEqual(p.Rounds, DefaultRounds(0, nil)) {
		t.Errorf("rounds = %+v, want the default method", p.Rounds)
	}
}

func TestDefaultRounds(t *testing.T) {
	rs := DefaultRounds(2*time.Minute, UniformBudget(20*time.Minute))
	var keys []string
	for _, r := range rs {
		keys = append(keys, r.Key)
		if r.TurnLimit != 2*time.Minute || !reflect.DeepEqual(r.LevelBudget, UniformBudget(20*time.Minute)) || r.Title == "" {
			t.Errorf("round %s: %+v", r.Key, r)
		}
	}
	want := []string{"listen_community", "listen_civil_society", "listen_government", "exchange", "consensus", "actions"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
	for i, l := range Levels {
		if !reflect.DeepEqual(rs[i].Levels, []Level{l}) {
			t.Errorf("listening round %d levels = %v, want only %s", i+1, rs[i].Levels, l)
		}
	}
	if rs[3].Order != OrderAlternate || len(rs[4].Levels) != 3 || len(rs[5].Levels) != 3 {
		t.Errorf("exchange, consensus, actions: %+v", rs[3:])
	}
	rs[3].Levels[0] = Government // the caller may change its copy freely
	if Levels[0] != Community || DefaultRounds(0, nil)[3].Levels[0] != Community {
		t.Error("rounds share the Levels array")
	}
}

func TestOverridesAndDefaults(t *testing.T) {
	src := `title = "  Budget talk  "
date = 2026-05-02 09:30:00
turn_limit = "3m"
level_budget = "20m"
anonymous = false

[[participants]]
name = "  Amani "
level = " community "
organization = "X"
youth = true
gender = "other"

[[rounds]]
title = "A"
level_budget = "10m"
levels = ["government", "community"]

[[rounds]]
title = "B"
turn_limit = "90s"
order = "round-robin"
`
	p, err := Parse("o.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Budget talk" || p.Date != "2026-05-02T09:30:00" || p.Participants[0] != (Participant{Name: "Amani", Level: Community, Organisation: "X", Gender: OtherGender, Youth: true}) {
		t.Errorf("plan: %+v", p)
	}
	a, b := p.Rounds[0], p.Rounds[1]
	if !reflect.DeepEqual(a.LevelBudget, UniformBudget(10*time.Minute)) || a.TurnLimit != 3*time.Minute || a.Order != OrderQueue || !reflect.DeepEqual(a.Levels, []Level{Government, Community}) {
		t.Errorf("round A: %+v", a)
	}
	if !reflect.DeepEqual(b.LevelBudget, UniformBudget(20*time.Minute)) || b.TurnLimit != 90*time.Second || b.Order != OrderRoundRobin || len(b.Levels) != 3 {
		t.Errorf("round B: %+v", b)
	}
}

func TestSeveralProblemsAreAllReportedInLineOrder(t *testing.T) {
	src := `title = ""
language = "EN"

[[participants]]
name = "Amani"
level = "goverment"

[[rounds]]
title = "Listen"
order = "random"

[[participants]]
name = "amani"
level = "community"
organsation = "X"
`
	want := `many.toml:1:9: title is blank (write the session's title between the quotes)
many.toml:2:12: unknown language "EN" (want en or fr)
many.toml:6:9: unknown level "goverment" (want community, civil_society or government)
many.toml:10:9: unknown order "random" (want queue, progressive, alternate or round-robin)
many.toml:13:8: participant name "amani" (line 13) is too close to "Amani" (line 5): names must differ by more than accents, capitals or spaces, or minutes could give one person's words to the other
many.toml:15:1: unknown key "organsation" in [[participants]] (did you mean "organisation"?)`
	_, err := Parse("many.toml", []byte(src))
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

func TestProblemFormat(t *testing.T) {
	ps := Problems{{File: "a.toml", Line: 3, Col: 7, Msg: Msg("plan.type.text")}, {File: "a.toml", Line: 4, Msg: Msg("plan.type.number")}, {File: "a.toml", Msg: Msg("plan.type.list")}}
	if got, want := ps.Error(), "a.toml:3:7: text\na.toml:4: a number\na.toml: a list"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := Parse("", nil); err == nil || err.(Problems)[0].File != "plan" {
		t.Errorf("empty file name: %v", err)
	}
}

// The example in the format documentation must stay a valid plan.
func TestDocExampleParses(t *testing.T) {
	doc, err := os.ReadFile("../docs/plan-format.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```toml\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no toml example in docs/plan-format.md")
	}
	p, err := Parse("plan-format.md", []byte(example))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rounds) != 2 || !reflect.DeepEqual(p.LevelBudget, UniformBudget(20*time.Minute)) || p.LevelNames[Government] != "County officials" {
		t.Errorf("example plan: %+v", p)
	}
}

// level_budget by level: a table at the top or in a round; a round's
// budget replaces the plan's; levels left out have none.
func TestLevelBudgetByLevel(t *testing.T) {
	p, err := Parse("b.toml", []byte(budgetsPlan))
	if err != nil {
		t.Fatal(err)
	}
	want := []Budget{
		{Community: 20 * time.Minute, Government: 10 * time.Minute},
		{CivilSociety: 15 * time.Minute},
		UniformBudget(5 * time.Minute),
	}
	for i, r := range p.Rounds {
		if !reflect.DeepEqual(r.LevelBudget, want[i]) {
			t.Errorf("round %d budget %v, want %v", i+1, r.LevelBudget, want[i])
		}
	}
	if p.Rounds[0].LevelBudget.For(CivilSociety) != 0 {
		t.Error("a level left out of the table has a budget")
	}
}

// budgetsPlan gives budgets in each form (also a fuzz seed).
const budgetsPlan = `title = "Budgets"
level_budget = { community = "20m", government = "10m" }

[[participants]]
name = "Amani"
level = "community"

[[rounds]]
title = "Plan's budget"

[[rounds]]
title = "Round's own"
[rounds.level_budget]
civil_society = "15m"

[[rounds]]
title = "Same for all"
level_budget = "5m"
`

func TestBudgetUniform(t *testing.T) {
	cases := []struct {
		b    Budget
		d    time.Duration
		same bool
	}{
		{nil, 0, false},
		{UniformBudget(0), 0, false},
		{UniformBudget(20 * time.Minute), 20 * time.Minute, true},
		{Budget{Community: 20 * time.Minute, CivilSociety: 20 * time.Minute}, 0, false},
		{Budget{Community: 20 * time.Minute, CivilSociety: 20 * time.Minute, Government: 10 * time.Minute}, 0, false},
	}
	for i, c := range cases {
		if d, same := c.b.Uniform(); d != c.d || same != c.same {
			t.Errorf("case %d: %v, %v; want %v, %v", i, d, same, c.d, c.same)
		}
	}
}
