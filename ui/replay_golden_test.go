package ui

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session/demorec"
	"github.com/baraza-app/baraza/sessions"
)

// TestGoldenReplayOfTheDemoRecording: three moments of the built-in
// recording, reached as a trainer would (go to a time, next round, the
// board), in the real program loop; -update rewrites the files.
func TestGoldenReplayOfTheDemoRecording(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []tea.Msg
	}{
		{"listening_0h20", seekKeys("0:20:00")},
		{"exchange_after_tea", append(seekKeys("1:15:00"), keyMsg("n"))},
		{"board_at_the_end", append(seekKeys("3:30:00"), keyMsg("b"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events := demorec.Events()
			c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New("en", events[0].Plan.LevelNamesMap()),
				after: func(time.Duration, tea.Msg) tea.Cmd { return nil }}
			r, err := newReplay(c, &sessions.Recording{ID: demorec.ID, Dir: t.TempDir(), Events: events}, nil)
			if err != nil {
				t.Fatal(err)
			}
			tm := teatest.NewTestModel(t, &App{screen: r, owned: &closers{}}, teatest.WithInitialTermSize(100, 32))
			for _, k := range tc.keys {
				tm.Send(k)
			}
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("event")) },
				teatest.WithDuration(5*time.Second))
			time.Sleep(100 * time.Millisecond) // let the last keys land
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}

func seekKeys(to string) []tea.Msg {
	return []tea.Msg{keyMsg("g"), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(to)}, keyMsg("enter")}
}
