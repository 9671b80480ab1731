package main

import (
	"fmt"
	"runtime/debug"
)

// Set at build time by GoReleaser (see .goreleaser.yaml):
//
//	-ldflags "-X main.version=v1.2.3 -X main.commit=abc1234 -X main.date=2026-11-25T08:00:00Z"
//
// A build from a clone leaves them empty; buildInfo then fills them from
// what the Go toolchain recorded (module version, VCS revision and time).
var version, commit, date string

// buildVersion is what --version reports.
type buildVersion struct{ Version, Commit, Date string }

// currentVersion is the version set by the linker, else the build info's.
func currentVersion() buildVersion {
	info, _ := debug.ReadBuildInfo()
	return resolveVersion(version, commit, date, info)
}

// resolveVersion fills what the linker did not set from the build info:
// "go install …@v1.2.3" records the module version; "go build" in a git
// clone records vcs.revision, vcs.time and vcs.modified.
func resolveVersion(v, c, d string, info *debug.BuildInfo) buildVersion {
	bv := buildVersion{v, c, d}
	if info != nil {
		if bv.Version == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			bv.Version = info.Main.Version
		}
		dirty := false
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if bv.Commit == "" {
					bv.Commit = s.Value[:min(12, len(s.Value))]
				}
			case "vcs.time":
				if bv.Date == "" {
					bv.Date = s.Value
				}
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if dirty && c == "" && bv.Commit != "" {
			bv.Commit += "-dirty"
		}
	}
	if bv.Version == "" {
		bv.Version = "dev"
	}
	if bv.Commit == "" {
		bv.Commit = "unknown"
	}
	if bv.Date == "" {
		bv.Date = "unknown"
	}
	return bv
}

// versionString is the one line --version prints after "baraza ".
func versionString() string {
	v := currentVersion()
	return fmt.Sprintf("%s (commit %s, built %s)", v.Version, v.Commit, v.Date)
}
