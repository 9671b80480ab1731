//go:build unix

package serve

import (
	"syscall"
	"testing"
	"time"

	"github.com/baraza-app/baraza/ui"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIdleTenClients: the CPU the serving process uses with 10 SSH
// clients connected (room views and note-takers) and a speaker's clock
// running, over 10 s, in percent of one core. The clients run in the same
// process, so the figure is an upper bound. (docs/performance.md)
func BenchmarkIdleTenClients(b *testing.B) {
	a, id := newSession(b)
	s := start(b, a, id)
	for i := range 10 {
		role := ui.RoleRoom
		if i%2 == 1 {
			role = ui.RoleNote
		}
		sc := s.open(string(role), (&codeAuth{code: s.srv.Codes()[role]}).method())
		sc.waitFor(b, "Nyakabanda")
		if i == 1 {
			sc.keys("]g") // the first round, and give someone the floor: the clocks run
			time.Sleep(200 * time.Millisecond)
			sc.keys("\r")
		}
		defer sc.close()
	}
	time.Sleep(time.Second)
	b.ResetTimer()
	for range b.N {
		start, cpu0 := time.Now(), cpuTime()
		time.Sleep(10 * time.Second)
		b.ReportMetric(100*float64(cpuTime()-cpu0)/float64(time.Since(start)), "%cpu")
	}
}
