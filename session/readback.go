package session

import (
	"github.com/baraza-app/baraza/facilitation"
)

// recordReadBack keeps a level's answer to the read-back of what was agreed.
// It comes before session_closed: the room approves before anyone leaves.
func (s *State) recordReadBack(e Event) error {
	l := facilitation.Level(e.Level)
	if !l.Valid() {
		return facilitation.Msg("fold.unknown_level", e.Level)
	}
	var ok bool
	switch e.Status {
	case ReadBackApproved:
		ok = true
	case ReadBackNotApproved:
	default:
		return facilitation.Msg("fold.readback_status", e.Status, ReadBackApproved, ReadBackNotApproved)
	}
	if s.ReadBack == nil {
		s.ReadBack = map[facilitation.Level]ReadBack{}
	}
	s.ReadBack[l] = ReadBack{Approved: ok, At: e.At, Reason: e.Reason}
	return nil
}

// ReadBackApprovedBy lists the levels whose last answer approves, in the
// method's level order.
func (s *State) ReadBackApprovedBy() []facilitation.Level {
	var out []facilitation.Level
	for _, l := range facilitation.Levels {
		if r, ok := s.ReadBack[l]; ok && r.Approved {
			out = append(out, l)
		}
	}
	return out
}
