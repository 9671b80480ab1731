package serve

import (
	"net"
	"testing"
	"time"

	"github.com/baraza-app/baraza/ui"
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

// Sharing stopped at once (the facilitator quit as it started): stop
// returns, the port is free, whether or not Serve had begun.
func TestStopAtOnce(t *testing.T) {
	a, id := newSession(t)
	w, err := a.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	hub, err := ui.NewHub(ui.Options{Theme: ui.Theme{NoColor: true}}, w.Log, w.Events, w.Dir)
	if err != nil {
		t.Fatal(err)
	}
	defer hub.Close(time.Second)
	for range 20 {
		sh, stop, err := Starter(Config{Listen: "127.0.0.1:0", DataDir: a.Dir})(hub)
		if err != nil {
			t.Fatal(err)
		}
		addr := sh.(*Server).Addr().String()
		done := make(chan error, 1)
		go func() { done <- stop() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("stop: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("stop never returned")
		}
		if ln, err := net.Listen("tcp", addr); err != nil {
			t.Fatalf("the port is still taken: %v", err)
		} else {
			_ = ln.Close()
		}
	}
}
