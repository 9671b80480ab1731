package main

import (
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	r := baraza(t, "--version")
	r.expect(t, exitOK)
	if r.stdout != "baraza "+versionString()+"\n" {
		t.Errorf("--version printed %q", r.stdout)
	}

	defer func(v, c, d string) { version, commit, date = v, c, d }(version, commit, date)
	version, commit, date = "v1.2.3", "0123456789ab", "2026-11-25T08:00:00Z"
	want := "baraza v1.2.3 (commit 0123456789ab, built 2026-11-25T08:00:00Z)\n"
	if r := baraza(t, "--version"); r.stdout != want {
		t.Errorf("with -X main.version/commit/date:\n got %q\nwant %q", r.stdout, want)
	}
}

func TestResolveVersion(t *testing.T) {
	clone := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "465b7d2f0c1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b"},
		{Key: "vcs.time", Value: "2026-11-24T17:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	installed := &debug.BuildInfo{Main: debug.Module{Version: "v0.9.0"}}
	for _, tt := range []struct {
		name    string
		v, c, d string
		info    *debug.BuildInfo
		want    buildVersion
	}{
		{"release (ldflags)", "v1.0.0", "abc", "2026-11-25", clone, buildVersion{"v1.0.0", "abc", "2026-11-25"}},
		{"clone build", "", "", "", clone, buildVersion{"dev", "465b7d2f0c1e-dirty", "2026-11-24T17:00:00Z"}},
		{"go install @version", "", "", "", installed, buildVersion{"v0.9.0", "unknown", "unknown"}},
		{"no build info", "", "", "", nil, buildVersion{"dev", "unknown", "unknown"}},
	} {
		if got := resolveVersion(tt.v, tt.c, tt.d, tt.info); got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// The names GoReleaser's ldflags set (.goreleaser.yaml) must exist: -X on a
// missing variable is silently ignored, so build as a release would.
func TestVersionFromLdflags(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "baraza")
	ldflags := "-X main.version=v9.9.9 -X main.commit=feedbeef -X main.date=2026-01-02T03:04:05Z"
	if out, err := exec.Command("go", "build", "-ldflags", ldflags, "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "baraza v9.9.9 (commit feedbeef, built 2026-01-02T03:04:05Z)"; strings.TrimSpace(string(out)) != want {
		t.Errorf("--version of a release build: %q, want %q", out, want)
	}
	yaml := string(readFile(t, ".goreleaser.yaml"))
	for _, x := range []string{"-X main.version=", "-X main.commit=", "-X main.date="} {
		if !strings.Contains(yaml, x) {
			t.Errorf(".goreleaser.yaml does not set %s", x)
		}
	}
}
