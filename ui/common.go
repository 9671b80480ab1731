package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

// Minimum terminal size the screens are laid out for; below it they say so.
const (
	MinWidth  = 70
	MinHeight = 20
)

// common is what every screen shares: styles, words, the clock and the size.
// The root model owns it and sets the size; screens only read it.
type common struct {
	st    Styles
	theme Theme // decided at start-up: glamour's style follows it
	cat   *i18n.Catalog
	now   func() time.Time
	mono  func() time.Duration // a monotonic clock (realMono); nil in tests with a fake now
	clock *sessionClock        // the session's clock for running clocks (live_clock.go)
	// replaying: now is the replay's clock, already the session's.
	replaying bool
	// after sends msg after d: tea.Tick in the app, a recorder in tests so
	// that tests never sleep.
	after  func(d time.Duration, msg tea.Msg) tea.Cmd
	width  int
	height int
}

func (c *common) tooSmall() bool { return c.width < MinWidth || c.height < MinHeight }

// secondTick sends msg at the next whole second of the process's
// monotonic clock, for the running clocks: every screen of a shared session
// ticks at the same instant, whenever its chain began, so ten screens wake
// the process once a second instead of ten times. Without a monotonic clock
// (tests), a second from now.
func (c *common) secondTick(msg tea.Msg) tea.Cmd {
	d := time.Second
	if c.mono != nil {
		d -= c.mono() % time.Second
	}
	return c.after(d, msg)
}

// realAfter is after for the running app.
func realAfter(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// sayErr is err in the screen's language: a message from the catalog (or
// an error that wraps one) is said in it, the system's common refusals in
// plain words (facilitation.ErrorIn).
func (c *common) sayErr(err error) string {
	return facilitation.ErrorIn(err, string(c.cat.Lang()))
}
