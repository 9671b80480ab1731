// Package report is what a programme reads over many sessions of a series:
// per session, who came and who was heard; the trend of women's, youth's
// and each level's share of speaking time against their share of the
// people present; the consensus items across the series (raised, agreed,
// carried over, still open, and for how long); and the actions by horizon
// and status. It is built from the sessions' folded logs alone, and with
// Anonymous every text goes through the same anonymiser as the minutes.
package report

import (
	"sort"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// FormatName is the JSON report's "format".
const FormatName = "baraza-report/1"

// Filter chooses the sessions of a report.
type Filter struct {
	Series    string `json:"series,omitempty"`
	Site      string `json:"site,omitempty"`
	Since     string `json:"since,omitempty"` // YYYY-MM-DD, inclusive
	Until     string `json:"until,omitempty"` // YYYY-MM-DD, inclusive
	Anonymous bool   `json:"anonymous"`
}

// Report is the whole report. Codes (levels, statuses, horizons) are the
// log's, the same in every language.
type Report struct {
	Format    string        `json:"format"`
	Generated string        `json:"generated"` // RFC 3339
	Filter    Filter        `json:"filter"`
	Sessions  []SessionRow  `json:"sessions"`
	Items     []ItemTrack   `json:"items"`
	Actions   []ActionTrack `json:"actions"`
}

// SessionRow is one session's attendance and speaking time.
type SessionRow struct {
	ID              string     `json:"id"`
	Date            string     `json:"date"` // YYYY-MM-DD
	Title           string     `json:"title"`
	Series          string     `json:"series,omitempty"`
	Site            string     `json:"site,omitempty"`
	Closed          bool       `json:"closed"`
	Turns           int        `json:"turns"`
	Present         int        `json:"present"`
	PresentByLevel  [3]int     `json:"present_by_level"` // community, civil_society, government
	Women           int        `json:"women"`
	Youth           int        `json:"youth"`
	SpeakingSeconds int        `json:"speaking_seconds"`
	Shares          []ShareRow `json:"shares"` // women, youth, then each level
}

// ShareRow compares a group's share of speaking time with its share of the
// people present (both 0..1). Groups: "women", "youth", and level codes.
type ShareRow struct {
	Group       string  `json:"group"`
	TimeShare   float64 `json:"time_share"`
	PeopleShare float64 `json:"people_share"`
}

// ItemTrack follows one consensus item through the sessions it was
// carried into.
type ItemTrack struct {
	Text      string   `json:"text"`
	Level     string   `json:"level,omitempty"` // the level that raised it
	Sessions  []string `json:"sessions"`        // where it was on the table, first to last
	RaisedOn  string   `json:"raised_on"`
	Status    string   `json:"status"`               // its status in the last of those sessions
	SettledOn string   `json:"settled_on,omitempty"` // the date it was agreed or found without consensus
	DaysOpen  int      `json:"days_open"`            // from raised to settled, or to the report's date
	Carried   bool     `json:"carried_over"`         // it went on to a later session
}

// ActionTrack follows one action through the sessions that reviewed it.
type ActionTrack struct {
	What     string   `json:"what"`
	Who      string   `json:"who,omitempty"`
	With     string   `json:"with,omitempty"`
	When     string   `json:"when,omitempty"`
	Horizon  string   `json:"horizon"` // short, medium, long, or date (a deadline)
	Status   string   `json:"status"`  // planned, under_way, done, dropped
	Sessions []string `json:"sessions"`
	AgreedOn string   `json:"agreed_on"`
	DaysOpen int      `json:"days_open"` // from agreed to the last review if done or dropped, else to the report's date
}

// Input is one session for a report: its folded state, and with Anonymous
// the minutes built from it, whose texts are already anonymised.
type Input struct {
	State   *session.State
	Minutes *session.Minutes
}

// Build makes the report of the given sessions (already filtered), oldest
// first, as of now.
func Build(in []Input, f Filter, now time.Time) *Report {
	sort.SliceStable(in, func(i, j int) bool { return in[i].State.StartedAt.Before(in[j].State.StartedAt) })
	r := &Report{Format: FormatName, Generated: now.UTC().Format(time.RFC3339), Filter: f,
		Sessions: []SessionRow{}, Items: []ItemTrack{}, Actions: []ActionTrack{}}
	t := newTracker(now)
	for _, s := range in {
		r.Sessions = append(r.Sessions, sessionRow(s.State))
		t.add(s)
	}
	r.Items, r.Actions = t.items, t.actions
	return r
}

// sessionRow sums one session's attendance and speaking time.
func sessionRow(st *session.State) SessionRow {
	row := SessionRow{ID: st.ID, Date: Date(st), Title: st.Plan.Title, Series: st.Plan.Series, Site: st.Plan.Site,
		Closed: st.Closed, Turns: len(st.Turns)}
	var spoken, women, youth time.Duration
	var byLevel [3]time.Duration
	for _, p := range st.People {
		spoken += p.Spoken
		li := levelIndex(p.Level)
		if li >= 0 {
			byLevel[li] += p.Spoken
		}
		if p.Gender == facilitation.Woman {
			women += p.Spoken
		}
		if p.Youth {
			youth += p.Spoken
		}
		if !p.Present() {
			continue
		}
		row.Present++
		if li >= 0 {
			row.PresentByLevel[li]++
		}
		if p.Gender == facilitation.Woman {
			row.Women++
		}
		if p.Youth {
			row.Youth++
		}
	}
	row.SpeakingSeconds = int(spoken.Seconds())
	share := func(group string, t time.Duration, n int) ShareRow {
		return ShareRow{Group: group, TimeShare: ratio(t.Seconds(), spoken.Seconds()), PeopleShare: ratio(float64(n), float64(row.Present))}
	}
	row.Shares = []ShareRow{share("women", women, row.Women), share("youth", youth, row.Youth)}
	for i, l := range facilitation.Levels {
		row.Shares = append(row.Shares, share(string(l), byLevel[i], row.PresentByLevel[i]))
	}
	return row
}

func levelIndex(l facilitation.Level) int {
	for i, x := range facilitation.Levels {
		if x == l {
			return i
		}
	}
	return -1
}

func ratio(a, b float64) float64 {
	if b <= 0 {
		return 0
	}
	return float64(int(a/b*1000+0.5)) / 1000 // three decimals: enough for a chart, stable in goldens
}

// Date is the day a session is reported under: the plan's date, else the
// day it started.
func Date(st *session.State) string {
	if d := st.Plan.Date; len(d) >= len("2006-01-02") {
		return d[:len("2006-01-02")]
	}
	return st.StartedAt.UTC().Format("2006-01-02")
}
