package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// A laptop's clock corrected mid-turn (an hour ahead, then back) does not
// change the running turn: the clocks advance on the monotonic clock
// (issue 12, "the clock is trusted").
func TestRunningClocksIgnoreAWallClockJump(t *testing.T) {
	h := newHarness(t, harnessPlan())
	var mono time.Duration
	h.m.c.mono = func() time.Duration { return mono }
	h.keys("]", "a").typeText("amani").keys("enter", "n")
	h.mustSee("► Amani Kahindo", "0:00 / 3:00")
	mono += 40 * time.Second
	h.advance(time.Hour + 40*time.Second) // the wall clock jumps an hour ahead
	h.mustSee("0:40 / 3:00")
	h.mustNotSee("OVER LIMIT")
	mono += 20 * time.Second
	h.advance(-time.Hour + 20*time.Second) // and is set back
	h.mustSee("1:00 / 3:00")
	// A new event re-anchors on the session's clock, not on the jump.
	h.keys("]", "g").typeText("bien").keys("enter")
	mono += 10 * time.Second
	h.advance(10 * time.Second)
	h.mustSee("Session 1:10", "1:00/40:00")
}

// The running clocks tick on the monotonic clock's whole seconds, so that
// every screen of a shared session ticks at the same instant.
func TestSecondTickOnWholeSeconds(t *testing.T) {
	var got []time.Duration
	c := &common{mono: func() time.Duration { return 2300 * time.Millisecond },
		after: func(d time.Duration, _ tea.Msg) tea.Cmd { got = append(got, d); return nil }}
	c.secondTick(tickMsg{})
	c.mono = nil // tests with a fake clock: a second from now
	c.secondTick(tickMsg{})
	if len(got) != 2 || got[0] != 700*time.Millisecond || got[1] != time.Second {
		t.Fatalf("ticks after %v, want [700ms 1s]", got)
	}
}
