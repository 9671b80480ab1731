package session

import "github.com/baraza-app/baraza/facilitation"

// ItemStatus derives an item's status from the positions recorded, whether it
// is deferred, and whether the session is closed. TODO(H5): implement.
func (s *State) ItemStatus(it *Item) facilitation.ItemStatus { return facilitation.StatusOpen }

// ActionsOf lists the actions agreed on item n, in order. TODO(H5): implement.
func (s *State) ActionsOf(n int) []*Action { return nil }
