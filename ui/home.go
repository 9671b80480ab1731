package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// Home lists the saved sessions and starts or resumes one.
type Home struct {
	c       *common
	opts    Options
	archive *sessions.Archive
	owned   *closers
	share   StartSharing // nil: the sessions it opens are not on a hub (share_home.go)
	keys    homeKeys
	help    help.Model

	list    []sessions.Summary
	hay     []string   // each session's searchText, for the filter
	layout  homeLayout // list grouped by series, filtered
	loaded  bool
	cursor  int           // in layout.order
	filter  homeFilter    // type to filter, after /
	demos   bool          // demo sessions shown (h); hidden at first
	unlock  *unlockPrompt // the secret of a sealed session, when asked
	prompt  dialog        // the plan-file prompt, when open
	status  string
	problem bool
}

type homeKeys struct {
	Up, Down, Resume, Replay, Minutes, Review, Demo, Plan, Refresh, Filter, Quit key.Binding
	Demos                                                                        key.Binding // show or hide the demo sessions
}

func newHomeKeys(cat *i18n.Catalog) homeKeys {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], cat.T(help)))
	}
	return homeKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", cat.T("key.up"))),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", cat.T("key.down"))),
		Resume: b("home.key.resume", "enter"), Replay: b("home.key.replay", "v"), Minutes: b("home.key.minutes", "m"), Review: b("home.key.review", "a"), Demo: b("home.key.demo", "d"),
		Plan: b("home.key.plan", "o"), Refresh: b("home.key.refresh", "r"), Filter: b("home.key.filter", "/"), Quit: b("home.key.quit", "q"),
		Demos: b("home.key.demos", "h"),
	}
}

// Messages of the home screen's commands.
type (
	listedMsg struct {
		list []sessions.Summary
		hay  []string
	}
	openedMsg struct {
		w   *sessions.Writable
		err error
	}
	openPlanIntent struct{ path string }
	recordingMsg   struct {
		rec     *sessions.Recording
		st      *session.State // minutes: the folded session (rec holds only its first event)
		notes   []sessions.Annotation
		err     error
		minutes bool // open the minutes preview rather than the replay
	}
)

func newHome(c *common, opts Options, archive *sessions.Archive, owned *closers) *Home {
	return &Home{c: c, opts: opts, archive: archive, owned: owned, keys: newHomeKeys(c.cat), help: newHelp(c), filter: newHomeFilter(c)}
}

// Init reads the archive in the background.
func (h *Home) Init() tea.Cmd { return h.load() }

func (h *Home) load() tea.Cmd {
	a, cat := h.archive, h.c.cat
	return func() tea.Msg {
		list, _ := a.List() // unreadable sessions come back with their Err set
		return listedMsg{list: list, hay: searchTexts(list, cat)}
	}
}

// SetSize takes the terminal's size from the root.
func (h *Home) SetSize(w, hgt int) { h.c.width, h.c.height = w, hgt }

// RequestQuit: nothing on the home screen can be unsaved.
func (h *Home) RequestQuit() tea.Cmd { return tea.Quit }

// Update handles keys and the results of the archive commands.
func (h *Home) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case listedMsg:
		h.list, h.hay, h.loaded = msg.list, msg.hay, true
		if len(h.hay) != len(h.list) {
			h.hay = searchTexts(h.list, h.c.cat)
		}
		h.relayout()
	case unlockedMsg:
		return h.unlocked(msg)
	case openedMsg:
		return h.opened(msg)
	case recordingMsg:
		return h.replay(msg)
	case reviewOpenedMsg:
		return h.openedReview(msg)
	case tea.KeyMsg:
		if h.unlock != nil {
			return h.unlockKey(msg)
		}
		if h.filter.typing {
			return h.filterKey(msg)
		}
		if h.prompt != nil {
			intent, done := h.prompt.Update(msg, nil)
			if done {
				h.prompt = nil
			}
			if in, ok := intent.(openPlanIntent); ok {
				return h.startPlan(in.path)
			}
			return nil
		}
		return h.handleKey(msg)
	}
	return nil
}

func (h *Home) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := h.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Up), key.Matches(msg, k.Down):
		h.move(msg)
	case key.Matches(msg, k.Filter):
		h.filter.start()
	case msg.Type == tea.KeyEsc && h.filter.value() != "":
		h.filter.clear()
		h.relayout()
	case key.Matches(msg, k.Refresh):
		return h.load()
	case key.Matches(msg, k.Demos):
		h.demos = !h.demos
		h.relayout()
	case key.Matches(msg, k.Demo):
		return h.takeUpDemo()
	case key.Matches(msg, k.Plan):
		h.prompt = newPrompt(h.c, h.c.cat.T("home.plan_prompt"), "", func(s string) any {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			return openPlanIntent{path: strings.TrimSpace(s)}
		})
	case key.Matches(msg, k.Replay), key.Matches(msg, k.Minutes):
		if s, ok := h.selected(); ok && s.Sealed {
			h.askSecret(s, key.Matches(msg, k.Minutes))
		} else if ok {
			id, a, minutes := s.ID, h.archive, key.Matches(msg, k.Minutes)
			return func() tea.Msg {
				if minutes { // the state is enough: stream the log through the fold
					rec, st, err := a.FoldRecording(id)
					return recordingMsg{rec: rec, st: st, err: err, minutes: true}
				}
				// As baraza replay: the first events now, a long log's
				// rest while the first frame is already on the screen.
				rec, err := a.OpenReplay(id, ReplayFirstEvents)
				if err != nil {
					return recordingMsg{err: err}
				}
				notes, err := rec.Annotations()
				if err != nil {
					closeLoader(rec)
				}
				return recordingMsg{rec: rec, notes: notes, err: err}
			}
		}
	case key.Matches(msg, k.Review):
		if s, ok := h.selected(); ok {
			h.status, h.problem = h.c.cat.T("home.opening"), false
			return openReviewFor(h.archive, s.ID)
		}
	case key.Matches(msg, k.Resume):
		if s, ok := h.selected(); ok && s.Sealed { // read-only: its minutes
			h.askSecret(s, true)
		} else if ok {
			h.status, h.problem = h.c.cat.T("home.opening"), false
			a := h.archive
			return func() tea.Msg {
				w, err := a.OpenForWriting(s.ID)
				return openedMsg{w: w, err: err}
			}
		}
	}
	return nil
}

// relayout groups and filters the list again, keeping the cursor on the
// same session when it is still shown.
func (h *Home) relayout() {
	var was string
	if s, ok := h.selected(); ok {
		was = s.ID
	}
	h.layout = layoutSessions(h.list, h.hay, h.filter.value(), h.demos)
	h.cursor = max(0, min(h.cursor, len(h.layout.order)-1))
	for i, li := range h.layout.order {
		if h.list[li].ID == was {
			h.cursor = i
		}
	}
}

// selected is the session under the cursor, if any is shown.
func (h *Home) selected() (sessions.Summary, bool) {
	if h.cursor < 0 || h.cursor >= len(h.layout.order) {
		return sessions.Summary{}, false
	}
	return h.list[h.layout.order[h.cursor]], true
}

// move goes up or down the shown sessions.
func (h *Home) move(msg tea.KeyMsg) {
	if key.Matches(msg, h.keys.Up) {
		h.cursor = max(0, h.cursor-1)
	} else {
		h.cursor = max(0, min(h.cursor+1, len(h.layout.order)-1))
	}
}

// startPlan reads a plan file in the background, then starts a session.
func (h *Home) startPlan(path string) tea.Cmd {
	return func() tea.Msg {
		src, err := facilitation.ReadPlanFile(path)
		if err != nil {
			if inner := errors.Unwrap(err); inner != nil {
				err = inner // the path is said once, by the message
			}
			return openedMsg{err: facilitation.Msg("home.plan_unreadable", path, err)}
		}
		return h.create(path, src)
	}
}

// takeUpDemo opens the open demo session of the screen's language where
// it was left, else starts one (as baraza demo does): pressing d again and
// again leaves no pile of open demo sessions behind.
func (h *Home) takeUpDemo() tea.Cmd {
	h.status, h.problem = h.c.cat.T("home.opening"), false
	a, lang := h.archive, h.opts.Lang
	return func() tea.Msg {
		w, err := a.TakeUpDemo(lang, false, time.Now())
		return openedMsg{w: w, err: err}
	}
}

// create validates a plan and creates its session; it runs inside a Cmd.
func (h *Home) create(name string, src []byte) tea.Msg {
	plan, err := facilitation.Parse(name, src)
	if err != nil {
		return openedMsg{err: fmt.Errorf("%s\n%w", h.c.cat.T("home.invalid_plan"), err)}
	}
	w, err := h.archive.Create(plan, src, time.Now())
	return openedMsg{w: w, err: err}
}

// opened switches to the live screen of a session that opened.
func (h *Home) opened(msg openedMsg) tea.Cmd {
	if msg.err != nil {
		h.status, h.problem = h.say(msg.err), true
		return nil
	}
	if h.share != nil {
		return h.openShared(msg.w)
	}
	live, err := newLiveFor(h.opts, msg.w)
	if err != nil {
		_ = msg.w.Log.Close()
		h.status, h.problem = h.say(err), true
		return nil
	}
	h.owned.add(msg.w.Log)
	h.status = ""
	return func() tea.Msg { return switchScreenMsg{to: live} }
}

// replay switches to the replay of a session read for it.
func (h *Home) replay(msg recordingMsg) tea.Cmd {
	if msg.err == nil && msg.minutes {
		return h.minutes(msg.rec, msg.st)
	}
	if msg.err == nil {
		r, err := newReplayFor(h.opts, msg.rec, msg.notes)
		if err == nil {
			return func() tea.Msg { return switchScreenMsg{to: r} }
		}
		closeLoader(msg.rec)
		msg.err = err
	}
	h.status, h.problem = h.say(msg.err), true
	return nil
}

// minutes opens the minutes preview of a session read for it.
func (h *Home) minutes(rec *sessions.Recording, st *session.State) tea.Cmd {
	info := planInfo{rec: rec.Events[0].Plan}
	c := h.opts.common(info.language(), info)
	c.width, c.height = h.c.width, h.c.height
	if rec.Sealed { // read in memory: no minutes file, no review beside it
		p := newPreviewScreen(c, st, "", h)
		p.pv.readOnly = true
		return func() tea.Msg { return switchScreenMsg{to: p} }
	}
	p := newPreviewScreen(c, st, rec.Dir, h)
	a, id := h.archive, rec.ID
	p.review = func() tea.Cmd { return openReviewFor(a, id) }
	return func() tea.Msg { return switchScreenMsg{to: p} }
}

// openedReview switches to the anonymity review of a session opened for it.
func (h *Home) openedReview(msg reviewOpenedMsg) tea.Cmd {
	if msg.err == nil {
		r, err := reviewOf(h.opts, msg, h, h.c.width, h.c.height)
		if err == nil {
			h.owned.add(msg.w.Log)
			h.status = ""
			return func() tea.Msg { return switchScreenMsg{to: r} }
		}
		_ = msg.w.Log.Close()
		msg.err = err
	}
	h.status, h.problem = h.say(msg.err), true
	return nil
}

// say is an error in the screen's language: the session package's
// refusals seen here (a session open elsewhere, a log from a newer baraza,
// a damaged line) whole; anything else as facilitation.ErrorIn says it,
// after whatever English context wraps it.
func (h *Home) say(err error) string {
	cat, lang := h.c.cat, string(h.c.cat.Lang())
	locked, damaged := (*session.LockedError)(nil), (*session.CorruptError)(nil)
	switch {
	case errors.As(err, &locked):
		return cat.T("home.locked", locked.Holder)
	case errors.Is(err, session.ErrNewerLogFormat):
		return cat.T("home.newer_log")
	case errors.As(err, &damaged):
		id := filepath.Base(filepath.Dir(damaged.File))
		return cat.T("home.damaged", filepath.Base(damaged.File), damaged.Line, facilitation.ErrorIn(damaged.Err, lang), id)
	}
	return facilitation.ErrorIn(err, lang)
}

// closeLoader lets go of a long log being read for a replay that will not open.
func closeLoader(rec *sessions.Recording) {
	if rec != nil && rec.Loader != nil {
		_ = rec.Loader.Close()
	}
}
