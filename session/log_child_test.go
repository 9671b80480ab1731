//go:build unix

package session

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// logChild is a running TestLogChildHelper process and what it has said.
type logChild struct {
	cmd     *exec.Cmd
	mu      sync.Mutex
	out     bytes.Buffer // stdout, then stderr once it has exited
	stderr  bytes.Buffer
	lastAck int64
	ready   chan struct{} // closed when it has opened the log
	done    chan struct{} // closed when its stdout is closed
}

func logStartChild(t *testing.T, mode, path string, seed uint64) *logChild {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLogChildHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), "BARAZA_LOG_CHILD="+mode, "BARAZA_LOG_PATH="+path,
		"BARAZA_LOG_SEED="+strconv.FormatUint(seed, 10),
		// Under -race a child would otherwise sleep a second before exiting.
		"GORACE="+os.Getenv("GORACE")+" atexit_sleep_ms=0")
	c := &logChild{cmd: cmd, ready: make(chan struct{}), done: make(chan struct{})}
	cmd.Stderr = &c.stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	go c.read(bufio.NewScanner(stdout))
	return c
}

func (c *logChild) read(sc *bufio.Scanner) {
	defer close(c.done)
	for sc.Scan() {
		line := sc.Text()
		c.mu.Lock()
		c.out.WriteString(line + "\n")
		if s, ok := strings.CutPrefix(line, "ack "); ok {
			c.lastAck, _ = strconv.ParseInt(s, 10, 64)
		}
		c.mu.Unlock()
		if strings.HasPrefix(line, "ready ") {
			close(c.ready)
		}
	}
}

func (c *logChild) waitReady(t *testing.T) {
	t.Helper()
	select {
	case <-c.ready:
	case <-c.done:
		_ = c.cmd.Wait()
		t.Fatalf("child exited before opening the log:\n%s%s", c.output(), c.stderr.String())
	case <-time.After(time.Minute):
		t.Fatalf("child did not open the log:\n%s", c.output())
	}
}

// kill sends SIGKILL, waits for the child, and returns the last seq it
// acknowledged (0 if none) and all it said.
func (c *logChild) kill(t *testing.T) (int64, string) {
	t.Helper()
	_ = c.cmd.Process.Kill()
	<-c.done
	_ = c.cmd.Wait()
	ws, _ := c.cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed but ended with %v:\n%s%s", c.cmd.ProcessState, c.output(), c.stderr.String())
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lastAck, c.out.String()
}

// wait waits for a child that exits by itself.
func (c *logChild) wait() error {
	<-c.done
	return c.cmd.Wait()
}

func (c *logChild) output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out.String()
}
