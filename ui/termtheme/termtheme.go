// Package termtheme decides from the environment whether the terminal's
// background is dark, and pins that answer on lipgloss's default renderer
// while packages are being initialised.
//
// Why at init: Bubble Tea v1's own init (tea_init.go) calls
// lipgloss.HasDarkBackground, which on the default renderer asks termenv's
// Output.HasDarkBackground, which writes the OSC 11 query to the terminal and
// waits up to 5 s for an answer. A terminal that never answers (a serial
// console, some Windows hosts, a silent pseudo-terminal) then stalls every
// command, --version included. Go initialises packages in dependency order,
// and among the ready ones by import path: this package needs only lipgloss,
// and "github.com/baraza-app/..." sorts before "github.com/charmbracelet/
// bubbletea", so this init runs first and the query never happens.
// TestStartUpNeverWaitsOnTheTerminal (main package, on a silent
// pseudo-terminal) holds that.
package termtheme

import (
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

func init() {
	lipgloss.SetHasDarkBackground(DarkFromEnv(os.Getenv))
}

// DarkFromEnv reads BARAZA_THEME (light|dark), then COLORFGBG ("fg;bg",
// sometimes "fg;x;bg": a light background is 7 or 9-15); dark otherwise.
func DarkFromEnv(getenv func(string) string) bool {
	dark, known := FromEnv(getenv)
	return dark || !known
}

// FromEnv is DarkFromEnv saying whether the environment said anything:
// when it did not, the caller may ask the terminal (Query).
func FromEnv(getenv func(string) string) (dark, known bool) {
	switch strings.ToLower(getenv("BARAZA_THEME")) {
	case "light":
		return false, true
	case "dark":
		return true, true
	}
	if parts := strings.Split(getenv("COLORFGBG"), ";"); len(parts) >= 2 {
		if bg, err := strconv.Atoi(parts[len(parts)-1]); err == nil {
			return !(bg == 7 || bg >= 9), true
		}
	}
	return false, false
}
