//go:build unix

package termtheme

import (
	"errors"
	"os"
	"strings"
	"time"

	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

// Query asks the terminal on tty for its background colour and says
// whether it is dark. ok is false when the terminal did not say within
// timeout (or is not a terminal, or not in the foreground): the caller
// keeps its default. The terminal's modes are restored, and input that
// arrived during the query is consumed, so nothing leaks into the program.
func Query(tty *os.File, timeout time.Duration) (dark, ok bool) {
	fd := int(tty.Fd())
	if !term.IsTerminal(fd) || strings.HasPrefix(os.Getenv("TERM"), "dumb") {
		return false, false
	}
	if pgrp, err := unix.IoctlGetInt(fd, unix.TIOCGPGRP); err == nil && pgrp != unix.Getpgrp() {
		return false, false // in the background, reading would stop us (SIGTTIN)
	}
	old, err := term.MakeRaw(fd)
	if err != nil {
		return false, false
	}
	defer term.Restore(fd, old) //nolint:errcheck
	if _, err := tty.WriteString(query); err != nil {
		return false, false
	}
	deadline := time.Now().Add(timeout)
	var buf []byte
	chunk := make([]byte, 256)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			break
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left/time.Millisecond)+1)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil || n == 0 {
			break
		}
		m, err := unix.Read(fd, chunk)
		if err != nil || m <= 0 {
			break
		}
		buf = append(buf, chunk[:m]...)
		if r, g, b, hasColour, done := parseReply(buf); done {
			return hasColour && isDark(r, g, b), hasColour
		}
		if len(buf) > 4096 {
			break
		}
	}
	// No full answer in time: drop what has arrived so it is not read as keys.
	for range 16 {
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		if n, err := unix.Poll(fds, 0); err != nil || n == 0 {
			break
		}
		if m, err := unix.Read(fd, chunk); err != nil || m <= 0 {
			break
		}
	}
	return false, false
}

// QueryTerminal is Query on the process's controlling terminal (/dev/tty),
// whatever stdin and stdout are.
func QueryTerminal(timeout time.Duration) (dark, ok bool) {
	f, err := os.OpenFile("/dev/tty", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		return false, false
	}
	defer f.Close()
	return Query(f, timeout)
}
