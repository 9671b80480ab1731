package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

func (r *Replay) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := r.keys
	r.status = ""
	switch {
	case key.Matches(msg, k.Quit):
		return r.RequestQuit()
	case key.Matches(msg, k.Help):
		r.full = !r.full
	case key.Matches(msg, k.Board):
		r.panels.showBoard = !r.panels.showBoard
	case key.Matches(msg, k.Up):
		r.panels.brd.cursor = max(0, r.panels.brd.cursor-1)
	case key.Matches(msg, k.Down):
		r.panels.brd.cursor++
	case key.Matches(msg, k.Play):
		return r.togglePlay()
	case key.Matches(msg, k.Faster):
		r.speed = min(r.speed+1, len(replaySpeeds)-1)
	case key.Matches(msg, k.Slower):
		r.speed = max(r.speed-1, 0)
	case key.Matches(msg, k.StepOn):
		r.pause()
		if r.pos >= r.tl.Len() && r.unread() {
			return nil
		}
		r.seekTo(r.pos + 1)
	case key.Matches(msg, k.StepBack):
		r.pause()
		r.seekTo(r.pos - 1)
	case key.Matches(msg, k.NextTurn):
		r.jump(session.TurnStarted, 1)
	case key.Matches(msg, k.PrevTurn):
		r.jump(session.TurnStarted, -1)
	case key.Matches(msg, k.NextRound):
		r.jump(session.RoundStarted, 1)
	case key.Matches(msg, k.PrevRound):
		r.jump(session.RoundStarted, -1)
	case key.Matches(msg, k.Seek):
		r.pause()
		r.prompt = newPrompt(r.c, r.c.cat.T("replay.seek_prompt"), "", func(s string) any { return seekIntent{s} })
	case key.Matches(msg, k.Annotate):
		r.pause()
		r.prompt = newPrompt(r.c, r.c.cat.T("replay.note_prompt", clockOf(r)), "", func(s string) any { return annotateIntent{s} })
	}
	return nil
}

func (r *Replay) togglePlay() tea.Cmd {
	if r.playing {
		r.pause()
		return nil
	}
	if r.atEnd() {
		r.seekTo(1)
	}
	r.playing = true
	r.tickID++
	return r.tick()
}

func (r *Replay) pause() { r.playing = false }

// jump moves to the next (d=1) or previous (d=-1) event of a type, e.g. the
// start of a turn, so that the trainer lands where it begins.
func (r *Replay) jump(typ session.Type, d int) {
	r.pause()
	if d > 0 {
		for i := r.pos; i < r.tl.Len(); i++ {
			if r.tl.Event(i).Type == typ {
				r.seekTo(i + 1)
				return
			}
		}
		if !r.unread() {
			r.say(false, "replay.none_after")
		}
		return
	}
	for i := r.pos - 2; i >= 0; i-- {
		if r.tl.Event(i).Type == typ {
			r.seekTo(i + 1)
			return
		}
	}
	r.say(false, "replay.none_before")
}

// apply handles what the seek and annotation prompts return.
func (r *Replay) apply(intent any) tea.Cmd {
	switch in := intent.(type) {
	case seekIntent:
		t, err := parseSeek(in.text, r.tl.Start(), r.clock)
		if err != nil {
			r.status, r.bad = r.c.sayErr(err), true
			return nil
		}
		if t.After(r.tl.End()) && r.unread() {
			return nil
		}
		r.seekTo(r.tl.CountAt(t))
		r.clock = maxTime(r.clock, minTime(t, r.tl.End()))
	case annotateIntent:
		text := strings.TrimSpace(in.text)
		if text == "" {
			return nil
		}
		note := sessions.Annotation{Moment: r.clock, Events: r.pos, Text: text, Written: time.Now()}
		dir := r.rec.Dir
		return func() tea.Msg { return annotatedMsg{note: note, err: sessions.AppendAnnotation(dir, note)} }
	}
	return nil
}

// parseSeek reads "1:05:00" or "65:00" (from the session's start) or
// "+5m" / "-90s" (from the replay clock).
func parseSeek(s string, start, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		d, err := time.ParseDuration(s)
		if err != nil {
			return now, facilitation.Msg("replay.bad_time", s)
		}
		return now.Add(d), nil
	}
	var h, m, sec int
	parts := strings.Split(s, ":")
	var err error
	switch len(parts) {
	case 3:
		_, err = fmt.Sscanf(s, "%d:%d:%d", &h, &m, &sec)
	case 2:
		_, err = fmt.Sscanf(s, "%d:%d", &m, &sec)
	default:
		return now, facilitation.Msg("replay.bad_time", s)
	}
	if err != nil || h < 0 || m < 0 || sec < 0 {
		return now, facilitation.Msg("replay.bad_time", s)
	}
	return start.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second), nil
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
