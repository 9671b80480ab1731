package main

import (
	"strings"
	"testing"
)

func TestValidateExamplePlans(t *testing.T) {
	r := baraza(t, append([]string{"validate"}, planFiles...)...)
	r.expect(t, exitOK)
	want := planFiles[0] + ": ok (13 participants, 6 rounds)\n" +
		planFiles[1] + ": ok (3 participants, 6 rounds)\n" +
		planFiles[2] + ": ok (7 participants, 4 rounds)\n"
	if r.stdout != want || r.stderr != "" {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.stdout, want, r.stderr)
	}
}

func TestValidateReportsEveryProblemOfEveryFile(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.toml", `title = "Bad"
turn_limit = "soon"

[[participants]]
name = "Amani"
level = "village"
`)
	good := writeFile(t, dir, "good.toml", "title = \"Good\"\n\n[[participants]]\nname = \"Amani\"\nlevel = \"community\"\n")
	r := baraza(t, "validate", bad, good, dir+"/missing.toml")
	r.expect(t, exitError)
	if want := good + ": ok (1 participant, 6 rounds)\n"; r.stdout != want {
		t.Errorf("stdout = %q, want %q", r.stdout, want)
	}
	for _, want := range []string{
		bad + ":2:", // the bad turn limit, with its position
		bad + ":6:", // the unknown level
		`baraza: cannot read plan "` + dir + `/missing.toml": no such file`,
		"baraza: 2 of 3 plans have problems",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not contain %q:\n%s", want, r.stderr)
		}
	}
}

func TestValidateOneBadFileSaysItOnce(t *testing.T) {
	r := baraza(t, "validate", "no-such-plan.toml")
	r.expect(t, exitError)
	if r.stderr != "baraza: cannot read plan \"no-such-plan.toml\": no such file\n" {
		t.Errorf("stderr = %q", r.stderr)
	}
}
