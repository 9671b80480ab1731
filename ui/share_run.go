package ui

import (
	"errors"
	"net"
	"strconv"
	"sync"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions"
)

// StartSharing starts serving a hub over SSH (package ui/serve makes it):
// what the facilitator's screen shows of the server, and what stops it. It
// does I/O (the port, the host key), so the screen calls it in a tea.Cmd.
type StartSharing func(h *Hub) (Sharing, func() error, error)

// sharedRun is a live screen on a hub, the one writer of the session's log
// from the start, so that the facilitator can share the session at any
// moment without any queued action changing hands: the facilitator's seat,
// the frame drawn around the live screen, and the SSH server once started.
type sharedRun struct {
	hub   *Hub
	seat  *Seat
	frame *shareApp
	start StartSharing
	now   func() time.Time

	mu    sync.Mutex
	stop  func() error // the server's, once it started
	ended bool         // the facilitator's program ended: start nothing more
	once  sync.Once
	err   error
}

// sharingMsg is the result of starting the server: sh, or why not.
type sharingMsg struct {
	sh  Sharing
	err error
}

// NewSharedLiveApp is the live screen of a session (demo, run, resume,
// serve) on a hub: S or F2 starts sharing it through start.
func NewSharedLiveApp(opts Options, w *sessions.Writable, start StartSharing) (*App, error) {
	r, a, err := newSharedRun(opts, w, start)
	if err != nil {
		return nil, err
	}
	a.owned.add(w.Log)
	a.shared = r
	return a, nil
}

// newSharedRun puts a session opened for writing on a hub, with the
// facilitator's seat and app (its live screen) and the frame around it.
// The log stays the caller's to close, after the run ends.
func newSharedRun(opts Options, w *sessions.Writable, start StartSharing) (*sharedRun, *App, error) {
	h, err := NewHub(opts, w.Log, w.Events, w.Dir)
	if err != nil {
		return nil, nil, err
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	seat, model, err := h.Join(Guest{Role: RoleFacilitator, Theme: opts.Theme}, now())
	if err != nil {
		return nil, nil, errors.Join(err, h.Close(0))
	}
	a := model.(*App)
	r := &sharedRun{hub: h, seat: seat, start: start, now: now}
	r.frame = newShareApp(h.commonFor(opts, ""), a, nil)
	r.frame.run = r
	if live, ok := a.screen.(*Live); ok {
		live.keys.Share.SetEnabled(start != nil)
	}
	return r, a, nil
}

// Share starts sharing before the program runs (baraza serve): an error
// (the port is taken) stops the command instead of showing on the screen.
func (a *App) Share() error {
	if a.shared == nil {
		return facilitation.Key("share.not_shared")
	}
	sh, err := a.shared.begin()
	if err == nil {
		a.shared.frame.sh = sh
	}
	return err
}

// Model is what a program runs for the app: the app itself, or on a shared
// session the facilitator's frame around it (banner and sharing panel).
func (a *App) Model() tea.Model {
	if a.shared != nil {
		return a.shared.frame
	}
	if a.root != nil {
		return a.root
	}
	return a
}

// Started gives a shared session's app its program's Send, through which
// the hub hands it each saved state. Call it once the program is made.
func (a *App) Started(send func(tea.Msg)) {
	if a.shared != nil {
		a.shared.seat.Start(send)
	}
	if a.root != nil { // for the sessions the home screen opens
		a.root.send = send
	}
}

// begin starts the server.
func (r *sharedRun) begin() (Sharing, error) {
	if r.start == nil {
		return nil, facilitation.Key("share.unavailable")
	}
	sh, stop, err := r.start(r.hub)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ended { // the facilitator quit while it started
		return nil, errors.Join(errHubClosed, stop())
	}
	r.stop = stop
	return sh, nil
}

// end follows the facilitator's program: the server stops (everyone is
// disconnected, which the log records), then the hub, once every action
// is saved. The log is closed after, by the app.
func (r *sharedRun) end() error {
	r.once.Do(func() {
		r.seat.Leave(r.now())
		r.mu.Lock()
		r.ended = true
		stop := r.stop
		r.mu.Unlock()
		var errs []error
		if stop != nil {
			errs = append(errs, stop())
		}
		r.err = errors.Join(append(errs, r.hub.Close(5*time.Second))...)
	})
	return r.err
}

// startSharing starts the server in a Cmd, from the live screen: its
// result (sharingMsg) switches the screen to sharing, or says why not.
func (a *shareApp) startSharing() tea.Cmd {
	live, ok := a.inner.screen.(*Live)
	if a.run == nil || a.run.start == nil || a.starting != nil || !ok {
		return nil
	}
	a.starting = live
	live.say(false, "serve.starting")
	r := a.run
	return func() tea.Msg {
		sh, err := r.begin()
		return sharingMsg{sh: sh, err: err}
	}
}

// shared takes the server's start: the banner appears over the live
// screen and the panel opens (addresses, fingerprint, codes); or the live
// screen says, in plain words, why sharing could not start.
func (a *shareApp) shared(msg sharingMsg) tea.Cmd {
	live := a.starting
	a.starting = nil
	if msg.err != nil {
		if live != nil {
			live.status, live.statusBad = shareError(a.c, msg.err), true
		}
		return nil
	}
	if live != nil {
		live.status = ""
	}
	a.sh, a.open, a.status = msg.sh, true, ""
	return a.resizeInner()
}

// resizeInner gives the live screen the window, less the banner's line
// while sharing.
func (a *shareApp) resizeInner() tea.Cmd {
	if a.c.width == 0 || a.c.height == 0 {
		return nil
	}
	h := a.c.height
	if a.sh != nil {
		h = max(h-1, 1)
	}
	_, cmd := a.inner.Update(tea.WindowSizeMsg{Width: a.c.width, Height: h})
	return cmd
}

// shareError says why the server did not start: the port is taken
// (another baraza serve?), or what the system said.
func shareError(c *common, err error) string {
	var op *net.OpError
	if errors.Is(err, syscall.EADDRINUSE) && errors.As(err, &op) && op.Addr != nil {
		port := ""
		if tcp, ok := op.Addr.(*net.TCPAddr); ok {
			port = strconv.Itoa(tcp.Port)
		} else {
			_, port = splitHostPort(op.Addr.String())
		}
		return c.cat.T("serve.port_in_use", port)
	}
	return c.cat.T("serve.start_failed", c.sayErr(err))
}
