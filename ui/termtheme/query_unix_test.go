//go:build unix

package termtheme

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// fakeTerminal answers baraza's query on a pseudo-terminal with answer
// (nothing when empty) and returns what Query said and how long it took.
func fakeTerminal(t *testing.T, answer string) (dark, ok bool, took time.Duration, pts *os.File) {
	t.Helper()
	ptm, pts, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	t.Cleanup(func() { ptm.Close(); pts.Close() })
	got := make(chan string, 1)
	go func() {
		buf := make([]byte, 64)
		var seen string
		for !strings.Contains(seen, "\x1b[6n") {
			n, err := ptm.Read(buf)
			if err != nil {
				break
			}
			seen += string(buf[:n])
		}
		got <- seen
		if answer != "" {
			ptm.WriteString(answer)
		}
	}()
	start := time.Now()
	dark, ok = Query(pts, QueryTimeout)
	took = time.Since(start)
	if q := <-got; !strings.HasPrefix(q, "\x1b]11;?") {
		t.Errorf("the terminal was asked %q", q)
	}
	return dark, ok, took, pts
}

// leftover is what the program would read as keys after the query.
func leftover(t *testing.T, pts *os.File) string {
	t.Helper()
	time.Sleep(20 * time.Millisecond)
	fds := []unix.PollFd{{Fd: int32(pts.Fd()), Events: unix.POLLIN}}
	if n, _ := unix.Poll(fds, 0); n == 0 {
		return ""
	}
	buf := make([]byte, 64)
	n, _ := pts.Read(buf)
	return string(buf[:n])
}

func TestQueryReadsTheBackground(t *testing.T) {
	for _, c := range []struct {
		name, answer string
		dark, ok     bool
	}{
		{"white, ST", "\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[24;1R", false, true},
		{"solarized light, BEL", "\x1b]11;rgb:fdfd/f6f6/e3e3\x07\x1b[1;1R", false, true},
		{"black, 2 digits", "\x1b]11;rgb:00/00/00\x07\x1b[1;1R", true, true},
		{"PowerShell blue", "\x1b]11;rgb:0101/2424/5656\x07\x1b[3;10R", true, true},
		{"no OSC 11: only the cursor report", "\x1b[12;40R", false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dark, ok, took, pts := fakeTerminal(t, c.answer)
			if dark != c.dark || ok != c.ok {
				t.Errorf("dark=%v ok=%v, want %v %v", dark, ok, c.dark, c.ok)
			}
			if took > time.Second {
				t.Errorf("took %v", took)
			}
			if rest := leftover(t, pts); rest != "" {
				t.Errorf("%q left in the input", rest)
			}
		})
	}
}

// A terminal that never answers costs the timeout, not more.
func TestQueryOnASilentTerminal(t *testing.T) {
	dark, ok, took, _ := fakeTerminal(t, "")
	if ok || dark {
		t.Errorf("dark=%v ok=%v from silence", dark, ok)
	}
	if took < QueryTimeout || took > QueryTimeout+time.Second {
		t.Errorf("took %v, want about %v", took, QueryTimeout)
	}
}

func TestQueryOnANonTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := Query(f, QueryTimeout); ok {
		t.Error("a file answered")
	}
}

func TestParseColour(t *testing.T) {
	for _, c := range []struct {
		s       string
		r, g, b float64
		ok      bool
	}{
		{"rgb:ffff/0000/8080", 1, 0, 0x8080 / 65535.0, true},
		{"rgb:f/0/8", 1, 0, 8 / 15.0, true},
		{"rgb:ff/00", 0, 0, 0, false},
		{"rgba:ff/00/00/ff", 0, 0, 0, false},
		{"rgb:zz/00/00", 0, 0, 0, false},
	} {
		r, g, b, ok := parseColour(c.s)
		if ok != c.ok || r != c.r || g != c.g || b != c.b {
			t.Errorf("%q: %v %v %v %v", c.s, r, g, b, ok)
		}
	}
}
