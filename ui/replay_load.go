package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// A long log is read in the background after the first frame (the archive
// read its first events: sessions.Archive.OpenReplay). Each chunk comes
// back as a message, extends the timeline and asks for the next one; the
// trainer can play, step and seek in what is read meanwhile, and a key
// that needs the rest says so instead of doing nothing.

// ReplayFirstEvents is how many events of a long log are read before the
// replay's first frame: a few hundredths of a second of work.
const ReplayFirstEvents = 1 << 14

// replayChunk is how many events a background read folds before the
// timeline grows: about a tenth of a second of work.
const replayChunk = 1 << 16

// timelineReadMsg is a chunk of the log read in the background.
type timelineReadMsg struct {
	chunk session.TimelineChunk
	err   error
}

// readMore reads the next chunk off the loop (nil once all is read).
func (r *Replay) readMore() tea.Cmd {
	l, n := r.loader, r.chunk
	if l == nil {
		return nil
	}
	return func() tea.Msg {
		c, err := l.Next(n)
		return timelineReadMsg{chunk: c, err: err}
	}
}

// read takes a chunk read in the background into the timeline.
func (r *Replay) read(msg timelineReadMsg) tea.Cmd {
	if msg.err != nil {
		r.loader = nil
		r.tl.Extend(session.TimelineChunk{Done: true}) // what was read stays
		r.say(true, "replay.read_failed", r.tl.Len(), r.c.sayErr(msg.err))
		return nil
	}
	r.tl.Extend(msg.chunk)
	if msg.chunk.Rebased() { // the events moved: the state shown folds on from the new array
		r.st = r.tl.StateAt(r.pos)
		r.show()
	}
	r.bar.build(r.tl, msg.chunk.Final())
	if !msg.chunk.Done {
		return r.readMore()
	}
	r.loader = nil
	if len(msg.chunk.Warnings) > 0 && r.status == "" {
		r.status, r.bad = msg.chunk.Warnings[0].In(string(r.c.cat.Lang())), false
	}
	return nil
}

// unread says, when the log is still being read, that what a key asked
// for is in the part not read yet; false when everything is read.
func (r *Replay) unread() bool {
	if !r.tl.Loading() {
		return false
	}
	r.say(false, "replay.loading_wait", readPercent(r.tl.Progress()))
	return true
}

func readPercent(f float64) int { return int(f*100 + 0.5) }
