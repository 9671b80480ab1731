package ui

import (
	"testing"
	"time"
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
