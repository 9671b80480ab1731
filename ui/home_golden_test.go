package ui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// TestGoldenHomeSeries runs the home screen over a series at two sites,
// sessions of no series and two sealed ones, at 80×24 and 120×40 in
// English and French, and the prompt of a sealed session; then with two
// demo sessions in the archive, hidden and shown (h); compared with
// testdata/TestGoldenHomeSeries/*.golden (go test ./ui -update rewrites
// them). The first line, which names the temporary data directory, is
// checked apart.
func TestGoldenHomeSeries(t *testing.T) {
	f := newSeriesFixtureLabelled(t, true)
	withDemos := newSeriesFixtureLabelled(t, true)
	for _, lang := range []string{"en", "fr"} {
		w, err := withDemos.archive.TakeUpDemo(lang, false, time.Date(2026, 5, 2, 9, 30, 0, 0, time.Local))
		if err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
	for _, tc := range []struct {
		name, lang string
		w, h       int
		keys       []string
		wait       string
		demos      bool
	}{
		{"en_80x24", "en", 80, 24, nil, "Vestibule", false},
		{"en_120x40", "en", 120, 40, nil, "Vestibule", false},
		{"fr_80x24", "fr", 80, 24, nil, "Vestibule", false},
		{"fr_120x40", "fr", 120, 40, nil, "Vestibule", false},
		{"en_80x24_filter", "en", 80, 24, []string{"/", "m", "o", "p", "t", "i"}, "2 of 7", false},
		{"en_80x24_sealed", "en", 80, 24, []string{"/", "g", "a", "o", "enter", "enter"}, "Sealed session", false},
		{"fr_80x24_sealed", "fr", 80, 24, []string{"/", "c", "o", "n", "f", "enter", "enter"}, "phrase secrète", false},
		{"en_80x24_demos_hidden", "en", 80, 24, nil, "Vestibule", true},
		{"en_80x24_demos_shown", "en", 80, 24, []string{"h"}, "2 demo sessions shown", true},
		{"fr_80x24_demos_hidden", "fr", 80, 24, nil, "Vestibule", true},
		{"fr_80x24_demos_shown", "fr", 80, 24, []string{"h"}, "séances de démo affichées", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(tc.lang, nil),
				now: time.Now, after: func(time.Duration, tea.Msg) tea.Cmd { return nil }}
			owned := &closers{}
			archive := f.archive
			if tc.demos {
				archive = withDemos.archive
			}
			app := &App{screen: newHome(c, Options{Lang: tc.lang}, archive, owned), owned: owned}
			tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(tc.w, tc.h))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Vestibule")) },
				teatest.WithDuration(5*time.Second))
			for _, k := range tc.keys {
				tm.Send(keyMsg(k))
			}
			if tc.keys != nil {
				teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(tc.wait)) },
					teatest.WithDuration(5*time.Second))
			}
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			view := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App).View()
			lines := strings.Split(view, "\n")
			if !strings.HasPrefix(lines[0], "baraza — ") || lipgloss.Width(lines[0]) != tc.w {
				t.Errorf("first line: %q", lines[0])
			}
			lines[0] = "(title and data directory)"
			golden.RequireEqual(t, []byte(strings.Join(lines, "\n")))
		})
	}
}
