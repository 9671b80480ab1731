package facilitation

import "time"

// RequestKind is why someone asked for the floor. Every kind but
// RequestSpeak goes ahead of ordinary requests. The string values are part
// of the session log format.
type RequestKind string

// Request kinds, from ordinary to most urgent.
const (
	RequestSpeak   RequestKind = "speak"
	RequestReply   RequestKind = "reply"          // a direct reply to the current speaker
	RequestClarify RequestKind = "clarify"        // a clarifying question
	RequestOrder   RequestKind = "point_of_order" // a point of order
)

// Waiting is one entry of a round's speaking queue.
type Waiting struct {
	ID    string // participant id
	Level Level
	Kind  RequestKind
	// Rank is the participant's place in the plan (round-robin order).
	Rank int
	// Pinned is a 1-based queue position the facilitator moved them to; 0 = not moved.
	Pinned int
}

// History is what the speaking rules need to know of the session so far.
type History struct {
	Spoken       map[string]time.Duration // speaking time in the whole session, by participant id
	SpokeInRound map[string]bool          // who has had a turn in the current round
	LastLevel    Level                    // level of the current round's last speaker; "" if none
}

// Arrange returns the queue in the order the round's rule gives the floor.
// queue is in request order. TODO(H1): implement and table-test.
func Arrange(order Order, queue []Waiting, h History) []Waiting {
	return append([]Waiting(nil), queue...)
}
