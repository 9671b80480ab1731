package facilitation

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wholeFile are the problems that concern the whole file and so have no line.
var wholeFile = []string{"no title ", "no participants ", "cannot read the plan: "}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/plans/*.toml")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, c := range badPlans {
		f.Add([]byte(c.src))
	}
	f.Add([]byte(budgetsPlan))
	f.Fuzz(func(t *testing.T, data []byte) {
		plan, err := Parse("f.toml", data)
		if (plan == nil) == (err == nil) {
			t.Fatalf("want a plan or an error, got %v and %v", plan, err)
		}
		if err != nil {
			checkProblems(t, data, err)
			return
		}
		checkPlan(t, plan)
	})
}

func checkProblems(t *testing.T, data []byte, err error) {
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("error is not a non-empty Problems: %#v", err)
	}
	lines := bytes.Count(data, []byte{'\n'}) + 1
	for i, p := range ps {
		whole := false
		for _, w := range wholeFile {
			whole = whole || strings.HasPrefix(p.Msg.String(), w)
		}
		if p.File != "f.toml" || p.Msg.Key == "" || p.Line > lines || (p.Line < 1 || p.Col < 1) && !whole {
			t.Errorf("bad problem %#v (file has %d lines)\n%q", p, lines, data)
		}
		if i > 0 && (p.Line < ps[i-1].Line || p.Line == ps[i-1].Line && p.Col < ps[i-1].Col) {
			t.Errorf("problems out of order: %v", ps)
		}
	}
}

func checkPlan(t *testing.T, p *Plan) {
	if strings.TrimSpace(p.Title) == "" || p.Language == "" || len(p.Participants) == 0 || len(p.Rounds) == 0 {
		t.Fatalf("incomplete plan: %+v", p)
	}
	for _, r := range p.Rounds {
		if len(r.Levels) == 0 || r.Order == "" || r.TurnLimit < 0 || !budgetPositive(r.LevelBudget) {
			t.Fatalf("incomplete round: %+v", r)
		}
	}
	for _, pt := range p.Participants {
		if pt.Name == "" || !pt.Level.Valid() {
			t.Fatalf("incomplete participant: %+v", pt)
		}
	}
}

func budgetPositive(b Budget) bool {
	for l, d := range b {
		if !l.Valid() || d <= 0 {
			return false
		}
	}
	return true
}
