package session

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// State is a session as folded from its log. Screens, minutes and replay all
// read it; nothing else is a source of truth. Only Apply changes it.
type State struct {
	ID        string
	Plan      *facilitation.Plan
	StartedAt time.Time
	LastAt    time.Time // time of the last event folded
	Seq       int64     // seq of the last event folded
	Closed    bool
	ClosedAt  time.Time

	People []*Person          // plan participants then added ones, in that order
	byID   map[string]*Person // index into People

	Round  int           // current round, 1-based; 0 before the first round starts
	Rounds []*RoundState // one per planned round, same order as Plan.Rounds

	Queue   []Waiting // speaking requests, in request order (see Arranged)
	Turns   []*Turn   // every turn; Turns[i].Number == i+1
	Current *Turn     // the running turn, nil when nobody has the floor

	Paused bool
	Clock  Clock // session clock: stops while paused

	Notes   []Note
	Items   []*Item   // every item raised or carried; Items[i].Number == i+1 (merged ones stay, marked)
	Actions []*Action // Actions[i].ID == i+1

	Follows      string // the earlier session this one follows up, if any
	FollowsTitle string // its title and date, when the log names them (FollowUpStart)
	FollowsDate  string

	ClockNotes []ClockNote // wall clock jumps seen, in log order
	tb         timebase    // how event clocks become the times above

	Review Review // the anonymity review's decisions

	Corrections []Correction                    // every correction, in log order (amendments included)
	ReadBack    map[facilitation.Level]ReadBack // each level's answer to the read-back, the last one counts
	wallAt      time.Time                       // the "at" of the event being folded, as recorded

	// What corrections need of the events folded (see fold_memory.go):
	// either the events themselves (log, a copy-on-write view, for live and
	// replay), or, for a state folded from a stream, only what it needs.
	log         []Event   // the events folded, as recorded, when kept
	ownLog      bool      // log's array is this state's: it may append in place
	stream      *streamed // folded from a stream: no events kept
	sharedTurns int       // Turns[:sharedTurns] may be shared with a clone: copy before changing one
}

// ReadBack is one level's answer to the read-back at the close.
type ReadBack struct {
	Approved bool
	At       time.Time
	Reason   string
}

// Person is a participant with their running totals (ended turns only; add
// the running turn with State.SpokenBy for live figures).
type Person struct {
	ID string
	facilitation.Participant
	Rank   int    // place in People; the plan order for round-robin
	Added  bool   // not in the plan: added during the session
	Status string // "" (not marked), present, late, left, absent
	// Attendance is every change of Status, in order, with its time: who
	// arrived late and who left when, for minutes and exports.
	Attendance []AttendanceChange
	Spoken     time.Duration
	TurnsN     int
}

// Present reports whether the person counts as in the room. Someone whose
// attendance was never marked counts as present: facilitators often don't mark.
func (p *Person) Present() bool {
	return p.Status != Left && p.Status != Absent
}

// AttendanceChange is one attendance_marked (or a late participant_added).
type AttendanceChange struct {
	Status string
	At     time.Time
}

// Attended reports whether the person was in the room at some time: someone
// who left was there, and spoke, before leaving.
func (p *Person) Attended() bool { return p.Status != Absent }

// ArrivedLate is when the person was last marked as arriving late (or added
// during the session), and whether they were.
func (p *Person) ArrivedLate() (time.Time, bool) {
	for i := len(p.Attendance) - 1; i >= 0; i-- {
		if p.Attendance[i].Status == Late {
			return p.Attendance[i].At, true
		}
	}
	return time.Time{}, false
}

// LeftAt is when the person left, while they are marked as left.
func (p *Person) LeftAt() (time.Time, bool) {
	if p.Status != Left {
		return time.Time{}, false
	}
	for i := len(p.Attendance) - 1; i >= 0; i-- {
		if p.Attendance[i].Status == Left {
			return p.Attendance[i].At, true
		}
	}
	return time.Time{}, false
}

// RoundState is what happened to one planned round.
type RoundState struct {
	Started   bool
	StartedAt time.Time // first start
	Done      bool      // ended at least once and not running now
	Clock     Clock     // time the round has run, pauses excluded
	// Spoken is each level's counted speaking time in this round (ended turns).
	Spoken      map[facilitation.Level]time.Duration
	SpokeInThis map[string]bool // who has had a turn in this round
	LastLevel   facilitation.Level
}

// Waiting is one speaking request in the queue.
type Waiting struct {
	facilitation.Waiting
	At time.Time // when they asked
}

// Turn is one speaking turn.
type Turn struct {
	Number         int
	Round          int // 1-based; 0 if given before any round started
	Participant    string
	Level          facilitation.Level
	Request        facilitation.RequestKind
	Start          time.Time
	End            time.Time // zero while running
	Speaking       Clock     // counted time: stops for interpretation and pauses
	Interpretation Clock     // interpreter's time: recorded, not counted
	Interpreting   bool      // the speaker's clock is paused for an interpreter
	Note           string
	OffRecord      bool
	StartSeq       int64 // the seq of its turn_started: what corrections name
	Voided         bool  // recorded in error: counts for nothing
	Adjusted       bool  // its counted time was corrected

	counted *time.Duration // the corrected counted time, applied when it ends
}

// Running reports whether the turn has not ended.
func (t *Turn) Running() bool { return t.End.IsZero() }

// Note is a free note taken at any time.
type Note struct {
	At    time.Time
	Round int
	Text  string
}

// Item is a consensus item raised during the session (or carried over).
type Item struct {
	Number      int
	Text        string
	Round       int
	RaisedAt    time.Time
	Participant string             // who raised it, if a person
	Level       facilitation.Level // which level raised it (a person's level, or a level as a whole)
	Positions   map[facilitation.Level]Position
	History     []Position // every position recorded, in order (merged items' too)
	SetAside    []Position // positions that lost to another at a merge: kept for the record
	Deferred    bool       // in the parking lot
	MergedInto  int        // 0 while the item stands; else the item it was merged into
	Merged      []int      // items merged into this one, in order
	Origins     []ItemOrigin
	Carried     *Origin // set when carried over from an earlier session
	Seq         int64   // the seq of its item_raised: what corrections name
	Voided      bool    // recorded in error
}

// ItemOrigin is one origin of an item: who raised it, when, in which words.
// A merged item keeps the origins of every item merged into it.
type ItemOrigin struct {
	Item        int // the item number it was raised as
	Participant string
	Level       facilitation.Level
	Round       int
	Text        string
}

// Position is a level's stance on an item.
type Position struct {
	Level  facilitation.Level
	Stance string
	Reason string
	At     time.Time
	Seq    int64 // the seq of its position_recorded: what corrections name
	Item   int   // the item it was recorded on (another one when it came with a merge)
}

// Action is an action agreed on an item, or carried over from an earlier session.
type Action struct {
	ActionRecord
	Item      int // the item it implements; 0 for an action carried over
	At        time.Time
	Carried   *Origin // set when carried over from an earlier session
	Seq       int64   // the seq of its action_agreed or action_carried
	Retracted bool    // withdrawn or recorded in error: not in the minutes
	Comment   string  // the last reviewer's comment (action_updated text)
}

// Person returns the participant with the given id, or nil.
func (s *State) Person(id string) *Person { return s.byID[id] }

// CurrentRound returns the plan round and its state, or false before the first round.
func (s *State) CurrentRound() (facilitation.Round, *RoundState, bool) {
	if s.Round < 1 || s.Round > len(s.Rounds) {
		return facilitation.Round{}, nil, false
	}
	return s.Plan.Rounds[s.Round-1], s.Rounds[s.Round-1], true
}
