package facilitation

import (
	"cmp"
	"slices"
	"time"
)

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

// priority ranks request kinds: lower goes first; ordinary requests (and
// unknown kinds) come last.
func priority(k RequestKind) int {
	switch k {
	case RequestOrder:
		return 0
	case RequestClarify:
		return 1
	case RequestReply:
		return 2
	}
	return 3
}

// Arrange returns the queue in the order the round's rule gives the floor.
// queue is in request order; neither it nor h is changed.
//
// Urgent requests (point of order, then clarify, then reply) come first,
// first asked first. Ordinary requests follow the round's order (an unknown
// order is the plain queue). Last, entries the facilitator pinned are put
// at their 1-based place, lowest Pinned first, clamped to the list's end.
func Arrange(order Order, queue []Waiting, h History) []Waiting {
	out := make([]Waiting, 0, len(queue))
	var speak []Waiting
	for kind := range 3 {
		for _, w := range queue {
			if priority(w.Kind) == kind {
				out = append(out, w)
			}
		}
	}
	for _, w := range queue {
		if priority(w.Kind) == 3 {
			speak = append(speak, w)
		}
	}
	switch order {
	case OrderProgressive:
		slices.SortStableFunc(speak, func(a, b Waiting) int {
			return cmp.Compare(h.Spoken[a.ID], h.Spoken[b.ID])
		})
	case OrderAlternate:
		speak = alternate(speak, h.LastLevel)
	case OrderRoundRobin:
		speak = roundRobin(speak, h.SpokeInRound)
	}
	return pin(append(out, speak...))
}

// Next is the entry Arrange puts first; false when the queue is empty.
func Next(order Order, queue []Waiting, h History) (Waiting, bool) {
	if len(queue) == 0 {
		return Waiting{}, false
	}
	return Arrange(order, queue, h)[0], true
}

// alternate takes, after the last level heard, the first waiting entry of
// the next level in the cycle that has anyone waiting.
func alternate(speak []Waiting, last Level) []Waiting {
	out := make([]Waiting, 0, len(speak))
	taken := make([]bool, len(speak))
	for len(out) < len(speak) {
		i := nextOfLevel(speak, taken, last)
		if i < 0 {
			break // only entries without a valid level remain
		}
		taken[i] = true
		out = append(out, speak[i])
		last = speak[i].Level
	}
	for i, w := range speak {
		if !taken[i] {
			out = append(out, w)
		}
	}
	return out
}

func nextOfLevel(speak []Waiting, taken []bool, last Level) int {
	start := 0 // after no level (or an unknown one) the cycle starts at community
	for i, l := range Levels {
		if l == last {
			start = i + 1
		}
	}
	for n := range len(Levels) {
		l := Levels[(start+n)%len(Levels)]
		for i, w := range speak {
			if !taken[i] && w.Level == l {
				return i
			}
		}
	}
	return -1
}

// roundRobin puts those who have not spoken in this round first, in plan
// order (Rank), then the rest in request order.
func roundRobin(speak []Waiting, spoke map[string]bool) []Waiting {
	var fresh, again []Waiting
	for _, w := range speak {
		if spoke[w.ID] {
			again = append(again, w)
		} else {
			fresh = append(fresh, w)
		}
	}
	slices.SortStableFunc(fresh, func(a, b Waiting) int { return cmp.Compare(a.Rank, b.Rank) })
	return append(fresh, again...)
}

// pin moves pinned entries to their place, lowest Pinned first. Entries
// with the same Pinned keep their order, one after the other.
func pin(list []Waiting) []Waiting {
	var pinned, rest []Waiting
	for _, w := range list {
		if w.Pinned > 0 {
			pinned = append(pinned, w)
		} else {
			rest = append(rest, w)
		}
	}
	if len(pinned) == 0 {
		return list
	}
	slices.SortStableFunc(pinned, func(a, b Waiting) int { return cmp.Compare(a.Pinned, b.Pinned) })
	out := rest
	prev := -1
	for _, w := range pinned {
		at := max(min(w.Pinned-1, len(out)), prev+1)
		out = slices.Insert(out, at, w)
		prev = at
	}
	return out
}
