package session

import "github.com/baraza-app/baraza/facilitation"

// ItemStatus derives an item's status from the positions recorded, whether
// it is deferred and whether the session is closed. An item merged into
// another has that item's status.
func (s *State) ItemStatus(it *Item) facilitation.ItemStatus {
	for it.MergedInto != 0 && it.MergedInto <= len(s.Items) {
		it = s.Items[it.MergedInto-1]
	}
	stances := make(map[facilitation.Level]facilitation.Stance, len(it.Positions))
	for l, p := range it.Positions {
		stances[l] = facilitation.Stance(p.Stance)
	}
	return facilitation.DeriveStatus(s.Plan.ConsensusScale, stances, it.Deferred, s.Closed)
}

// ActionsOf lists the actions agreed on item n, in order.
func (s *State) ActionsOf(n int) []*Action {
	var out []*Action
	for _, a := range s.Actions {
		if a.Item == n && !a.Retracted {
			out = append(out, a)
		}
	}
	return out
}

// LiveItems lists the items that stand (not merged into another), in order.
func (s *State) LiveItems() []*Item {
	var out []*Item
	for _, it := range s.Items {
		if it.MergedInto == 0 && !it.Voided {
			out = append(out, it)
		}
	}
	return out
}

// ParkingLot lists the deferred items that stand, in order.
func (s *State) ParkingLot() []*Item {
	var out []*Item
	for _, it := range s.LiveItems() {
		if it.Deferred {
			out = append(out, it)
		}
	}
	return out
}

// CarriedActions lists the actions carried over from an earlier session.
func (s *State) CarriedActions() []*Action {
	var out []*Action
	for _, a := range s.Actions {
		if a.Carried != nil && !a.Retracted {
			out = append(out, a)
		}
	}
	return out
}
