package main

import (
	"strings"
	"testing"
)

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}} {
		r := baraza(t, args...)
		r.expect(t, exitOK)
		for _, want := range []string{"three-level dialogue", "validate", "sessions", "--data-dir", "--version"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("baraza %q: help does not mention %q:\n%s", args, want, r.stdout)
			}
		}
	}
	r := baraza(t, "validate", "--help")
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, "baraza validate PLAN.toml...") {
		t.Errorf("validate --help:\n%s", r.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args       []string
		want, help string
	}{
		{[]string{"valdate", "x.toml"}, `baraza: unknown command "valdate"`, "baraza --help"},
		{[]string{"--no-such-flag"}, "baraza: unknown flag: --no-such-flag", "baraza --help"},
		{[]string{"validate"}, "baraza: validate needs at least one plan file", "baraza validate --help"},
		{[]string{"sessions", "extra"}, "baraza: unknown command", "baraza sessions --help"},
	} {
		r := baraza(t, tt.args...)
		r.expect(t, exitUsage)
		if !strings.HasPrefix(r.stderr, tt.want) || !strings.Contains(r.stderr, tt.help) {
			t.Errorf("baraza %q stderr:\n%s\nwant it to start with %q and point to %s", tt.args, r.stderr, tt.want, tt.help)
		}
		if r.stdout != "" {
			t.Errorf("baraza %q printed on stdout: %q", tt.args, r.stdout)
		}
	}
}
