package sessions

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/bundle"
	"github.com/baraza-app/baraza/sessions/seal"
)

// Summary is one saved session as listed: enough to recognise and pick it.
type Summary struct {
	ID           string
	Title        string
	Date         string // the plan's date (YYYY-MM-DD), else the local start date
	Participants int    // everyone in the record: planned and added
	Turns        int
	Open         bool // not closed yet: can be resumed
	StartedAt    time.Time
	Sealed       bool // encrypted: only Title and Date, if shown, are known
	SealedWith   SealedWith
	Series       string // the plan's series, else that of the session it follows up
	Site         string
	Stats        Stats
	Conflicts    []string // sync tools' conflict copies in its directory: never read
	Demo         bool     // made by "baraza demo": hidden from listings unless asked
	Follows      string   // the earlier session this one follows up, if any
	FollowedBy   []string // the sessions that follow this one up, oldest first
	Err          error    // the log could not be read; only ID is set
}

// noOpenSessionError says there is no open session, in the reader's
// language, and is ErrNoOpenSession.
type noOpenSessionError struct{ facilitation.Message }

func (noOpenSessionError) Is(target error) bool { return target == ErrNoOpenSession }

// ErrNoOpenSession is wrapped by MostRecentOpen when there is nothing to resume.
var ErrNoOpenSession = errors.New("no open session")

// List reads every saved session, newest first. A session that cannot be
// read is listed with its Err set rather than hiding the others; the
// returned errors repeat those, each naming its session, plus any error
// reading the archive itself, so a caller can report them all at once.
// List reads without locking, so it works while sessions are being recorded.
func (a *Archive) List() ([]Summary, []error) {
	ids, err := a.ids()
	if err != nil {
		return nil, []error{err}
	}
	var errs []error
	list := make([]Summary, 0, len(ids))
	idx, changed, now := a.readIndex(), false, time.Now()
	present := make(map[string]bool, len(ids))
	for _, id := range ids {
		present[id] = true
		s, ch := summariseCached(idx, id, filepath.Join(a.SessionsDir(), id), now)
		changed = changed || ch
		if s.Err != nil {
			errs = append(errs, facilitation.Msg("sessions.session_error", id, s.Err))
		}
		list = append(list, s)
	}
	for id := range idx.Entries {
		if !present[id] { // deleted, moved or sealed under another name
			delete(idx.Entries, id)
			changed = true
		}
	}
	if changed {
		a.writeIndex(idx)
	}
	sort.SliceStable(list, func(i, j int) bool {
		ti, tj := list[i].sortTime(), list[j].sortTime()
		if !ti.Equal(tj) {
			return ti.After(tj)
		}
		return list[i].ID > list[j].ID // "-2" was made after its twin
	})
	linkFollowUps(list)
	inheritSeries(list)
	return list, errs
}

func summarise(id, dir string) Summary {
	s := summariseLog(id, dir)
	s.Conflicts = conflictCopies(dir)
	return s
}

// conflictCopies names the files a sync tool left in a session directory
// when two computers changed one file (Syncthing's
// log.sync-conflict-….jsonl and the like).
func conflictCopies(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if bundle.IsConflictCopy(e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out
}

func summariseLog(id, dir string) Summary {
	if seal.IsSealed(dir) {
		return summariseSealed(id, dir)
	}
	// The first line and the tail: listing never folds whole logs.
	pk, err := session.PeekLog(filepath.Join(dir, LogFile))
	if err != nil {
		return Summary{ID: id, Err: err}
	}
	st := pk.Start
	s := Summary{
		ID:           id,
		Title:        st.Plan.Title,
		Date:         summaryDate(st),
		Participants: pk.People,
		Turns:        pk.Turns,
		Open:         !pk.Closed,
		StartedAt:    st.StartedAt,
		Follows:      st.Follows,
		Series:       st.Plan.Series,
		Site:         st.Plan.Site,
		Stats:        statsOf(dir),
		Demo:         isDemo(dir),
	}
	return s
}

// sortTime is when the session started, or for one that cannot be read,
// the time its id gives.
func (s Summary) sortTime() time.Time {
	if !s.StartedAt.IsZero() {
		return s.StartedAt
	}
	t, _ := idTime(s.ID)
	return t
}

// MostRecentOpen is the id of the newest session not yet closed: the one to
// resume. Sessions that cannot be read are skipped.
func (a *Archive) MostRecentOpen() (string, error) {
	list, errs := a.List()
	for _, s := range list {
		if s.Err == nil && s.Open {
			return s.ID, nil
		}
	}
	if len(list) == 0 && len(errs) > 0 {
		return "", errs[0] // the archive itself could not be read
	}
	return "", noOpenSessionError{facilitation.Msg("sessions.no_open", a.SessionsDir())}
}

// linkFollowUps fills FollowedBy from the others' Follows: the archive knows
// which session follows which from the later sessions' logs alone.
func linkFollowUps(list []Summary) {
	index := make(map[string]int, len(list))
	for i, s := range list {
		index[s.ID] = i
	}
	for i := len(list) - 1; i >= 0; i-- { // oldest first
		if j, ok := index[list[i].Follows]; ok {
			list[j].FollowedBy = append(list[j].FollowedBy, list[i].ID)
		}
	}
}

// inheritSeries gives a session with no series of its own that of the
// session it follows up, up the chain: a follow-up chain is one series.
func inheritSeries(list []Summary) {
	index := make(map[string]int, len(list))
	for i, s := range list {
		index[s.ID] = i
	}
	for i := range list {
		seen := 0
		for j := i; list[i].Series == "" && seen < len(list); seen++ {
			k, ok := index[list[j].Follows]
			if !ok {
				break
			}
			list[i].Series, j = list[k].Series, k
		}
	}
}

// RanOn is the day the session ran (its minutes' date, YYYY-MM-DD); the
// plan's date only when the start is unknown (a sealed session shows what
// its label says). Date, the plan's, may differ: "planned for".
func (s Summary) RanOn() string {
	if s.StartedAt.IsZero() || s.Sealed {
		return s.Date
	}
	return s.StartedAt.Local().Format(time.DateOnly)
}
