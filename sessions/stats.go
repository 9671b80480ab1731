package sessions

import (
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// Share groups, in the order of Stats.Shares: what a programme follows
// over a series (the report's groups, in its order).
const (
	ShareWomen = iota
	ShareYouth
	ShareCommunity
	ShareCivilSociety
	ShareGovernment
	NumShares
)

// Stats are the figures the home screen draws over a series: each group's
// share of the speaking time (0..1) and the actions still to do. They come
// from folding the log once; the index keeps them until the log changes.
type Stats struct {
	Spoken      bool // someone spoke: the shares mean something
	Shares      [NumShares]float32
	OpenActions int // planned or under way, carried ones included
}

// statsOf folds a session's log for its Stats. A log the fold refuses
// gives none: the listing itself does not depend on them.
func statsOf(dir string) Stats {
	st, _, err := session.FoldLog(filepath.Join(dir, LogFile))
	if err != nil {
		return Stats{}
	}
	return StatsOf(st)
}

// StatsOf sums a folded session's speaking time by group, the same way as
// the series report (sessions/report).
func StatsOf(st *session.State) Stats {
	var s Stats
	var all time.Duration
	var by [NumShares]time.Duration
	for _, p := range st.People {
		all += p.Spoken
		if p.Gender == facilitation.Woman {
			by[ShareWomen] += p.Spoken
		}
		if p.Youth {
			by[ShareYouth] += p.Spoken
		}
		for i, l := range facilitation.Levels {
			if p.Level == l {
				by[ShareCommunity+i] += p.Spoken
			}
		}
	}
	if all > 0 {
		s.Spoken = true
		for i, d := range by {
			s.Shares[i] = float32(d.Seconds() / all.Seconds())
		}
	}
	for _, a := range st.Actions {
		if a.Retracted {
			continue
		}
		switch a.Status {
		case "", facilitation.ActionPlanned, facilitation.ActionUnderWay:
			s.OpenActions++
		}
	}
	return s
}
