package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/sessions"
)

// complete runs cobra's hidden __complete command as a shell's completion
// script does, and returns the candidates (without the directive line).
func complete(t *testing.T, args ...string) []string {
	t.Helper()
	r := baraza(t, append([]string{"__complete"}, args...)...)
	r.expect(t, exitOK)
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if line == "" || strings.HasPrefix(line, ":") {
			continue
		}
		out = append(out, strings.SplitN(line, "\t", 2)[0])
	}
	return out
}

func TestCompletionOfSessionIDs(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	closed := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	open := createSession(t, a, planFiles[2], time.Date(2026, 5, 2, 9, 30, 0, 0, time.Local), 0, false)
	toSeal := createSession(t, a, planFiles[1], time.Date(2026, 1, 10, 8, 0, 0, 0, time.Local), 1, true)
	_, pub := programmeKeys(t)
	baraza(t, "seal", toSeal, "--to", pub, "--data-dir", data).expect(t, exitOK)
	sealed := ""
	list, _ := a.List()
	for _, s := range list {
		if s.Sealed {
			sealed = s.ID
		}
	}
	if sealed == "" {
		t.Fatal("the sealed session is not listed")
	}

	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"resume", ""}, []string{open}},
		{[]string{"export", ""}, []string{open, closed, sealed}},
		{[]string{"export", "2026-05"}, []string{open}},
		{[]string{"export", closed, ""}, nil}, // one id only
		{[]string{"replay", ""}, []string{open, closed, sealed}},
		{[]string{"review", ""}, []string{open, closed}},
		{[]string{"repair", ""}, []string{open, closed}},
		{[]string{"amend", ""}, []string{closed}},
		{[]string{"seal", ""}, []string{closed}},
		{[]string{"unseal", ""}, []string{sealed}},
		{[]string{"archive", "pack", closed, ""}, []string{open, sealed}}, // not twice
		{[]string{"sessions", "rm", ""}, []string{open, closed, sealed}},
		{[]string{"run", "plan.toml", "--follow-up", ""}, []string{open, closed, sealed}},
	} {
		got := complete(t, append([]string{"--data-dir", data}, tt.args...)...)
		if !slices.Equal(got, tt.want) {
			t.Errorf("baraza %q<TAB>: %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestCompletionOfCommandsAndFlags(t *testing.T) {
	cmds := complete(t, "")
	for _, want := range []string{"demo", "export", "resume", "sessions", "validate", "completion", "man"} {
		if !slices.Contains(cmds, want) {
			t.Errorf("baraza <TAB> does not offer %q: %q", want, cmds)
		}
	}
	if got := complete(t, "export", "--format", ""); !slices.Equal(got, []string{"md", "html", "json", "csv", "xlsx"}) {
		t.Errorf("export --format <TAB>: %q", got)
	}
	if got := complete(t, "--lang", ""); !slices.Equal(got, []string{"en", "fr"}) {
		t.Errorf("--lang <TAB>: %q", got)
	}
	if got := complete(t, "export", "--"); !slices.Contains(got, "--anonymous") || !slices.Contains(got, "--data-dir") {
		t.Errorf("export --<TAB>: %q", got)
	}
	// The completion scripts themselves.
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		r := baraza(t, "completion", shell)
		r.expect(t, exitOK)
		if !strings.Contains(r.stdout, "__complete") && !strings.Contains(r.stdout, "__completeNoDesc") {
			t.Errorf("completion %s does not call baraza __complete:\n%.300s", shell, r.stdout)
		}
	}
}

func TestManPage(t *testing.T) {
	r := baraza(t, "man")
	r.expect(t, exitOK)
	for _, want := range []string{`.TH "BARAZA" "1"`, ".SH NAME", "baraza - A terminal companion", "baraza-export(1)"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("baraza man lacks %q:\n%.600s", want, r.stdout)
		}
	}
	r = baraza(t, "man", "archive", "pack")
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, `.TH "BARAZA-ARCHIVE-PACK" "1"`) || !strings.Contains(r.stdout, "--since") {
		t.Errorf("baraza man archive pack:\n%.600s", r.stdout)
	}
	baraza(t, "man", "nope").expect(t, exitUsage)
}
