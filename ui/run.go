package ui

import (
	"errors"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/log"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
)

// keyBinding shortens help lists.
type keyBinding = key.Binding

// Options are what the command line decides for the screens.
type Options struct {
	Theme Theme
	Lang  string           // language of the home screen and of the demo ("en", "fr")
	Now   func() time.Time // the clock; time.Now when nil
	// Renderer draws for another terminal than this one (an SSH client's);
	// nil: this process's terminal, as Theme.Renderer makes it.
	Renderer *lipgloss.Renderer
}

func (o Options) common(lang string, plan levelNamer) *common {
	now, mono := o.Now, (func() time.Duration)(nil)
	if now == nil {
		now, mono = time.Now, realMono
	}
	r := o.Renderer
	if r == nil {
		r = o.Theme.Renderer()
	}
	c := &common{st: o.Theme.Styles(r), theme: o.Theme, now: now, mono: mono, after: realAfter}
	if plan != nil {
		c.cat = i18n.New(lang, plan.levelNames())
	} else {
		c.cat = i18n.New(lang, nil)
	}
	return c
}

// closers are the session logs the app opened, closed when it ends.
type closers struct{ list []io.Closer }

func (c *closers) add(x io.Closer) { c.list = append(c.list, x) }

// NewHomeApp is the app on the home screen. With start, the sessions it
// opens run on a hub and S or F2 shares them, as on baraza resume's screen.
func NewHomeApp(opts Options, archive *sessions.Archive, start StartSharing) *App {
	owned := &closers{}
	h := newHome(opts.common(opts.Lang, nil), opts, archive, owned)
	a := &App{screen: h, owned: owned}
	if start != nil {
		h.share = start
		a.root = &homeRoot{app: a}
	}
	return a
}

// newLiveFor opens the live screen on a session opened for writing, in the
// language of its plan.
func newLiveFor(opts Options, w *sessions.Writable) (*Live, error) {
	var first planInfo
	if len(w.Events) > 0 && w.Events[0].Plan != nil {
		first = planInfo{rec: w.Events[0].Plan}
	}
	c := opts.common(first.language(), first)
	live, err := newLive(c, w.Log, w.Events)
	if err == nil {
		live.dir = w.Dir
	}
	return live, err
}

// Close releases the session logs the app opened (their locks included).
func (a *App) Close() error {
	var errs []error
	if a.shared != nil { // the server and the hub first: the log is theirs until then
		errs = append(errs, a.shared.end())
	}
	for _, c := range a.owned.list {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// Run runs the app full-screen until the user quits.
func Run(a *App) error { return RunLogged(a, nil) }

// RunLogged is Run with a debug log of messages and timings (nil: none).
func RunLogged(a *App, l *log.Logger) error {
	m := a.Model()
	if l != nil {
		m = WithDebug(m, l)
		l.Debug("program start")
		defer l.Debug("program end")
	}
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithOutput(os.Stdout))
	a.Started(p.Send)
	_, err := p.Run()
	return errors.Join(err, a.Close())
}

// NewReplayApp is the app replaying a recorded session, in its plan's language.
func NewReplayApp(opts Options, rec *sessions.Recording, notes []sessions.Annotation) (*App, error) {
	r, err := newReplayFor(opts, rec, notes)
	if err != nil {
		return nil, err
	}
	return &App{screen: r, owned: &closers{}}, nil
}

func newReplayFor(opts Options, rec *sessions.Recording, notes []sessions.Annotation) (*Replay, error) {
	var info planInfo
	if len(rec.Events) > 0 {
		info = planInfo{rec: rec.Events[0].Plan}
	}
	return newReplay(opts.common(info.language(), info), rec, notes)
}
