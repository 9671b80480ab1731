// Package facilitation holds the three-level dialogue method: session plans,
// the three levels, rounds, speaking-order policies, turn limits and consensus
// scales. It is pure Go: no file I/O, no UI.
package facilitation

import "time"

// Level is one of the three fixed levels of a three-level dialogue.
type Level string

// The three levels, in the order the method gives them the floor.
const (
	Community    Level = "community"
	CivilSociety Level = "civil_society"
	Government   Level = "government"
)

// Levels lists the three levels in method order.
var Levels = [...]Level{Community, CivilSociety, Government}

// Valid reports whether l is one of the three level keys.
func (l Level) Valid() bool {
	return l == Community || l == CivilSociety || l == Government
}

// Gender is optional self-described participant data used only for balance figures.
type Gender string

// Genders a plan may give; the empty string means "not given".
const (
	Woman       Gender = "woman"
	Man         Gender = "man"
	OtherGender Gender = "other"
)

// Order is a round's speaking-order policy.
type Order string

// Speaking orders (see order.go for the rules).
const (
	OrderQueue       Order = "queue"       // first asked, first heard
	OrderProgressive Order = "progressive" // whoever has spoken least so far goes first
	OrderAlternate   Order = "alternate"   // levels take turns
	OrderRoundRobin  Order = "round-robin" // everyone of the round's levels, in plan order
)

// Orders lists the valid speaking orders.
var Orders = [...]Order{OrderQueue, OrderProgressive, OrderAlternate, OrderRoundRobin}

// Participant is one person expected at the session.
type Participant struct {
	Name         string
	Level        Level
	Organisation string
	Role         string
	Gender       Gender
	Youth        bool
}

// Round is one step of the session's agenda.
type Round struct {
	// Key names a default-method round ("listen_community", ...) so screens can
	// translate its title; empty for rounds the plan gives.
	Key       string
	Title     string
	Levels    []Level       // who may take the floor; never empty after parsing
	Question  string        // optional
	Duration  time.Duration // planned; 0 = not given
	TurnLimit time.Duration // effective limit for this round (plan's if not overridden); 0 = none
	Order     Order         // never empty after parsing
	// LevelBudget is each level's speaking-time budget in this round; nil = none.
	LevelBudget Budget
}

// HasLevel reports whether the round lets level l take the floor.
func (r Round) HasLevel(l Level) bool {
	for _, x := range r.Levels {
		if x == l {
			return true
		}
	}
	return false
}

// Plan is a validated session plan.
type Plan struct {
	Title       string
	Location    string
	Series      string // the dialogue space's series of sessions, e.g. "Ikassa dialogue space"
	Site        string // where the series meets, when it meets in several places
	Date        string // "2026-03-14" or "2026-05-02T09:30:00" as written; "" if not given
	Language    string // "en" or "fr"; never empty after parsing
	Facilitator string
	NoteTaker   string
	Anonymous   bool
	Anonymity   Anonymity     // [anonymity]: words always redacted, words never a name
	TurnLimit   time.Duration // plan-wide default; 0 = none
	LevelBudget Budget        // plan-wide default budget of each level per round; nil = none
	// LevelNames holds display names from [levels]; missing keys fall back to the catalog.
	LevelNames   map[Level]string
	Participants []Participant
	Rounds       []Round // never empty after parsing: the default method fills it
	// ConsensusScale is how levels' positions on consensus items are
	// recorded; never empty after parsing (ScaleDefault).
	ConsensusScale Scale
	// DefaultRounds is true when the plan gave no [[rounds]] and the default method applies.
	DefaultRounds bool
}
