package ui

import (
	"math/rand"
	"testing"

	"github.com/baraza-app/baraza/session/demorec"
)

// replayKeyAlphabet is every replay key, the board's, typing and noise.
var replayKeyAlphabet = []string{
	"space", "+", "=", "-", "right", "left", "l", "h", "n", "N", "]", "[", "g", "a", "?", "b",
	"up", "down", "k", "j", "enter", "esc", "backspace", "1:05", "10:30", "x", "Déo", "王", "tab", "q",
}

// TestReplayRandomKeysNeverPanic drives the replay of the demo recording with
// random keys, playback ticks and resizes; every frame must fit, and the
// replay clock must stay within the recording.
func TestReplayRandomKeysNeverPanic(t *testing.T) {
	runs, keys := 4, 800
	if testing.Short() {
		runs = 1
	}
	events := demorec.Events()
	first, last := events[0].At, events[len(events)-1].At
	var rh *replayHarness
	randomSteps(t, runs, keys, func() { rh = newReplayHarness(t, events) }, func(rng *rand.Rand, where string) {
		switch r := rng.Intn(100); {
		case r < 4:
			rh.r.SetSize(rng.Intn(200), rng.Intn(60))
		case r < 20:
			rh.run(rh.r.Update(replayTickMsg{id: rh.r.tickID}))
		default:
			rh.run(rh.r.Update(keyMsg(replayKeyAlphabet[rng.Intn(len(replayKeyAlphabet))])))
		}
		assertFits(t, rh.r.View(), rh.r.c.width, rh.r.c.height, where)
		if rh.r.clock.Before(first) || rh.r.clock.After(last) {
			t.Fatalf("%s: replay clock %v outside the recording [%v, %v]", where, rh.r.clock, first, last)
		}
	})
}
