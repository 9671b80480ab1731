package serve

import (
	"net"
	"sync"
	"time"
)

// failLimiter slows down guessing: every wrong code from an address costs
// a pause, and maxFails wrong codes in a row shut the address out for
// lockout. A right code clears the count.
type failLimiter struct {
	mu    sync.Mutex
	fails map[string]*failCount
	now   func() time.Time
}

type failCount struct {
	n     int
	until time.Time
}

const (
	maxFails  = 5
	lockout   = time.Minute
	failPause = time.Second
)

func newFailLimiter() *failLimiter {
	return &failLimiter{fails: map[string]*failCount{}, now: time.Now}
}

func hostOf(addr net.Addr) string {
	if addr == nil {
		return ""
	}
	h, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return h
}

// blocked says whether the address is shut out now.
func (l *failLimiter) blocked(host string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := l.fails[host]
	return f != nil && l.now().Before(f.until)
}

// failed counts a wrong answer.
func (l *failLimiter) failed(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.fails) > 10000 { // a flood of addresses: forget the old ones
		l.fails = map[string]*failCount{}
	}
	f := l.fails[host]
	if f == nil {
		f = &failCount{}
		l.fails[host] = f
	}
	f.n++
	if f.n >= maxFails {
		f.n, f.until = 0, l.now().Add(lockout)
	}
}

func (l *failLimiter) succeeded(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.fails, host)
}
