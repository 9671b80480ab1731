package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// windowsSafe are the symbols (not letters) baraza may draw. Each is in
// WGL4, the set Consolas and Lucida Console (the fonts of the Windows
// console and of PowerShell's window) always have; Windows Terminal's
// Cascadia Mono has them too. A sign outside it (√ × ► ║ * └ were used
// before) draws as an empty box there, and the signs here carry meaning:
// who speaks, a stance, an unsaved action. See docs/platforms.md.
const windowsSafe = "·—–…‹›«»’‘“”×÷±≈≤≥√←↑→↓↔─│┌┐└┘├┤┬┴┼║═█▌▐░▒▓■□▪▫▲►▼◄○●◊•°§¶" +
	"\u00a0\u202f" // no-break spaces of French typography

func TestEveryDrawnSymbolIsInTheWindowsConsoleFonts(t *testing.T) {
	var files []string
	for _, glob := range []string{"*.go", "../facilitation/i18n/*.go", "../facilitation/i18n/locales/*.toml"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d files found: the test looks in the wrong place", len(files))
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue // comments are not drawn
			}
			for _, r := range line {
				if r < 0x80 || unicode.IsLetter(r) || unicode.IsMark(r) || strings.ContainsRune(windowsSafe, r) {
					continue
				}
				t.Errorf("%s:%d: %q (U+%04X) is missing from the Windows console fonts; use a sign from windowsSafe", name, i+1, r, r)
			}
		}
	}
}
