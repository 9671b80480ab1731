//go:build unix

package session_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, every thread (the
// garbage collector's too): on a shared, loaded machine it measures the
// work where the wall clock measures the wait for a core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
