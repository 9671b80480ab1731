package ui

import (
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// timelineBar is the whole session drawn once: when each round began and
// which level held the floor. It is built once from the final state and
// only re-sampled when the width changes, so drawing it costs O(width).
type timelineBar struct {
	start, end time.Time
	rounds     []time.Time
	turns      []span      // turns in order: who held the floor, when
	fixes      []time.Time // when each correction was made
	width      int
	cells      []rune // cached for width
}

type span struct {
	from, to time.Time
	level    facilitation.Level
}

// build draws the bar from final, the fold of every event of tl (of
// every event read so far while a long log is still being read).
func (b *timelineBar) build(tl *session.Timeline, final *session.State) {
	b.start, b.end = tl.Start(), tl.End()
	b.rounds, b.turns, b.fixes = b.rounds[:0], b.turns[:0], b.fixes[:0]
	for _, rs := range final.Rounds {
		if rs.Started {
			b.rounds = append(b.rounds, rs.StartedAt)
		}
	}
	for _, t := range final.Turns {
		to := t.End
		if to.IsZero() {
			to = b.end
		}
		b.turns = append(b.turns, span{t.Start, to, t.Level})
	}
	for _, c := range final.Corrections {
		b.fixes = append(b.fixes, c.At)
	}
	b.width, b.cells = 0, nil
}

// levelLetter marks a level on the bar with a letter, not a colour.
var levelLetter = map[facilitation.Level]rune{
	facilitation.Community: 'c', facilitation.CivilSociety: 's', facilitation.Government: 'g',
}

// column is where t falls on a bar of w cells.
func (b *timelineBar) column(t time.Time, w int) int {
	total := b.end.Sub(b.start)
	if total <= 0 || w <= 1 {
		return 0
	}
	return max(0, min(w-1, int(float64(w-1)*float64(t.Sub(b.start))/float64(total)+0.5)))
}

// sample draws the bar for width w: per cell the level of the turn that
// covers its middle (· when nobody spoke), │ where a round began.
func (b *timelineBar) sample(w int) []rune {
	if b.width == w && b.cells != nil {
		return b.cells
	}
	cells := []rune(strings.Repeat("·", max(w, 0)))
	total := b.end.Sub(b.start)
	j := 0
	for i := range cells {
		if total <= 0 {
			break
		}
		mid := b.start.Add(time.Duration((float64(i) + 0.5) / float64(w) * float64(total)))
		for j < len(b.turns) && b.turns[j].to.Before(mid) {
			j++
		}
		if j < len(b.turns) && !b.turns[j].from.After(mid) {
			cells[i] = levelLetter[b.turns[j].level]
		}
	}
	for _, t := range b.rounds {
		if w > 0 {
			cells[b.column(t, w)] = '│'
		}
	}
	b.width, b.cells = w, cells
	return cells
}

// marks draws the line under the bar: the replay clock (▲), annotations
// (*) and corrections (×, where they were made).
func (b *timelineBar) marks(w int, clock time.Time, notes []sessions.Annotation) string {
	line := []rune(strings.Repeat(" ", max(w, 0)))
	if w == 0 {
		return ""
	}
	for _, t := range b.fixes {
		line[b.column(t, w)] = '×'
	}
	for _, n := range notes {
		line[b.column(n.Moment, w)] = '*'
	}
	line[b.column(clock, w)] = '▲'
	return string(line)
}
