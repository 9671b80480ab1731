package serve

import (
	"testing"
	"time"
)

// Screens that start at any moment start their frames on one phase.
func TestUntilFrameSharesOnePhase(t *testing.T) {
	frame := time.Second / remoteFPS
	for _, late := range []time.Duration{0, time.Millisecond, 40 * time.Millisecond, 3*time.Second + 7*time.Microsecond} {
		now := frameEpoch.Add(late)
		d := untilFrame(now)
		if d <= 0 || d > frame {
			t.Fatalf("%v after the epoch: wait %v, want (0, %v]", late, d, frame)
		}
		if phase := now.Add(d).Sub(frameEpoch) % frame; phase != 0 {
			t.Fatalf("%v after the epoch: starts %v off the phase", late, phase)
		}
	}
}
