//go:build unix

package logtest

import (
	"syscall"
	"time"
)

// CPUTime is the processor time (user and system) this process has used.
// Benchmarks report it beside the wall clock: on a machine shared with
// other work, waiting for a core inflates the wall clock, not this.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
