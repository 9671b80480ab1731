package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// replaySpeeds are the playback speeds a trainer can choose.
var replaySpeeds = []int{1, 2, 4, 8, 16, 60}

// replayTick is how often playback moves the replay clock on.
const replayTick = 200 * time.Millisecond

// Replay shows a past session as it happened, read-only: the live screen's
// panels at the replay clock, a timeline, playback, seeking and annotations.
// Its state is always the fold of the log up to the clock (the Timeline).
type Replay struct {
	c     *common // c.now() is the replay clock
	rec   *sessions.Recording
	tl    *session.Timeline
	st    *session.State // the fold of the first pos events
	pos   int
	clock time.Time // the moment of the session shown

	playing bool
	speed   int // index into replaySpeeds
	tickID  int

	panels *Live // draws the live screen's panels for st, never records
	keys   replayKeys
	help   help.Model
	prompt dialog // seek or annotation prompt, when open
	full   bool   // full help shown

	notes  []sessions.Annotation
	bar    timelineBar
	status string
	bad    bool

	// loader reads the rest of a long log in the background (nil once it
	// is all read): see replay_load.go.
	loader *session.TimelineLoader
	chunk  int // events per background read (replayChunk; tests take fewer)
}

// Messages of the replay's commands.
type (
	replayTickMsg struct{ id int }
	annotatedMsg  struct {
		note sessions.Annotation
		err  error
	}
	seekIntent     struct{ text string }
	annotateIntent struct{ text string }
)

// newReplay opens the replay at the session's start (after its first event).
func newReplay(c *common, rec *sessions.Recording, notes []sessions.Annotation) (*Replay, error) {
	tl := rec.Timeline // opened by the archive, perhaps still being read
	if tl == nil {
		var err error
		if tl, err = session.NewTimeline(rec.Events); err != nil {
			return nil, err
		}
	}
	r := &Replay{c: c, rec: rec, tl: tl, notes: notes, keys: newReplayKeys(c.cat), help: newHelp(c), loader: rec.Loader, chunk: replayChunk}
	c.now, c.replaying = func() time.Time { return r.clock }, true
	r.panels = &Live{c: c, j: &journal{}, replay: true, keys: newLiveKeys(c.cat), help: newHelp(c), brd: board{keys: newBoardKeys(c.cat)}}
	r.bar.build(tl, tl.StateAt(tl.Len()))
	r.seekTo(1)
	return r, nil
}

func newHelp(c *common) help.Model {
	h := help.New()
	h.Styles.ShortKey, h.Styles.ShortDesc, h.Styles.ShortSeparator = c.st.HelpKey, c.st.HelpDesc, c.st.HelpSep
	h.Styles.FullKey, h.Styles.FullDesc, h.Styles.FullSeparator = c.st.HelpKey, c.st.HelpDesc, c.st.HelpSep
	return h
}

// Init reads the rest of a long log in the background; otherwise nothing
// happens until the trainer presses play.
func (r *Replay) Init() tea.Cmd { return r.readMore() }

// SetSize takes the terminal's size from the root.
func (r *Replay) SetSize(w, h int) { r.c.width, r.c.height = w, h }

// RequestQuit: a replay has nothing unsaved (annotations are saved at
// once); a long log still being read is closed.
func (r *Replay) RequestQuit() tea.Cmd {
	if r.loader != nil {
		_ = r.loader.Close() // waits for a chunk under way: a tenth of a second at most
		r.loader = nil
	}
	return tea.Quit
}

// seekTo shows the state after the first n events, with the clock at the
// last of them.
func (r *Replay) seekTo(n int) {
	n = max(1, min(n, r.tl.Len()))
	r.st, r.pos = r.tl.StateAt(n), n
	r.clock = r.tl.Time(n - 1)
	r.show()
}

// forwardTo folds on up to the clock t (cheaper than a seek when playing).
func (r *Replay) forwardTo(t time.Time) {
	for r.pos < r.tl.Len() && !r.tl.Time(r.pos).After(t) {
		_ = r.st.Apply(r.tl.Event(r.pos))
		r.pos++
	}
	r.clock = t
	r.show()
}

// show points the panels at the current state.
func (r *Replay) show() {
	r.panels.j.saved, r.panels.j.projected = r.st, r.st
	r.panels.cursor = 0
	r.panels.brd.cursor = max(0, min(r.panels.brd.cursor, len(r.st.LiveItems())-1))
}

func (r *Replay) atEnd() bool {
	return !r.tl.Loading() && r.pos >= r.tl.Len() && !r.clock.Before(r.tl.End())
}

func (r *Replay) tick() tea.Cmd { return r.c.after(replayTick, replayTickMsg{id: r.tickID}) }

// Update handles playback ticks, keys and saved annotations.
func (r *Replay) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case replayTickMsg:
		if msg.id != r.tickID || !r.playing {
			return nil
		}
		r.forwardTo(r.clock.Add(time.Duration(replaySpeeds[r.speed]) * replayTick))
		if r.atEnd() {
			r.playing = false
			r.say(false, "replay.at_end")
			return nil
		}
		return r.tick()
	case timelineReadMsg:
		return r.read(msg)
	case annotatedMsg:
		if msg.err != nil {
			r.say(true, "replay.note_failed", r.c.sayErr(msg.err))
			return nil
		}
		r.notes = append(r.notes, msg.note)
		r.say(false, "replay.note_saved", sessions.AnnotationsFile)
	case tea.KeyMsg:
		if r.prompt != nil {
			intent, done := r.prompt.Update(msg, r.st)
			if done {
				r.prompt = nil
			}
			return r.apply(intent)
		}
		return r.handleKey(msg)
	}
	return nil
}

func (r *Replay) say(bad bool, key string, args ...any) {
	r.status, r.bad = r.c.cat.T(key, args...), bad
}
