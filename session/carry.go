package session

import "github.com/baraza-app/baraza/facilitation"

// CarryOver is what a follow-up session takes from an earlier one: each
// deferred item still standing (item_carried, numbered from 1 in the new
// log) and each action still planned or under way (action_carried), each
// naming where it came from (and, for an item, the level that raised it).
// Items carried into the earlier session and still deferred there carry on
// again, so a chain of sessions keeps them.
// The events have no seq or time: the archive stamps them when it appends.
// FollowUpStart marks a session_started as following earlier: its id in
// follows, its title and date in from, so that screens name it in words.
func FollowUpStart(start Event, earlier *State) Event {
	start.Follows = earlier.ID
	start.From = &Origin{Session: earlier.ID, Text: earlier.Plan.Title, Date: earlier.Plan.Date}
	if start.From.Date == "" {
		start.From.Date = earlier.StartedAt.Format("2006-01-02")
	}
	return start
}

func CarryOver(earlier *State) []Event {
	var out []Event
	for _, it := range earlier.ParkingLot() {
		from := &Origin{Session: earlier.ID, Item: it.Number, Text: it.Text}
		for _, l := range facilitation.Levels { // why it was deferred: the positions as they stood
			if p, ok := it.Positions[l]; ok {
				from.Positions = append(from.Positions, OriginPosition{Level: string(l), Stance: p.Stance, Reason: p.Reason})
			}
		}
		if from.Positions == nil && it.Carried != nil { // carried on again, untouched: the older context
			from.Positions = it.Carried.Positions
		}
		out = append(out, Event{Type: ItemCarried, Item: len(out) + 1, Text: it.Text, Level: string(it.Level), From: from})
	}
	for _, a := range earlier.Actions {
		if a.Status != facilitation.ActionPlanned && a.Status != facilitation.ActionUnderWay {
			continue
		}
		rec := a.ActionRecord
		rec.ID = 0 // numbered again in the new session
		text := ""
		if a.Item >= 1 && a.Item <= len(earlier.Items) {
			text = earlier.Items[a.Item-1].Text
		} else if a.Carried != nil {
			text = a.Carried.Text
		}
		out = append(out, Event{Type: ActionCarried, Action: &rec,
			From: &Origin{Session: earlier.ID, Action: a.ID, Text: text}})
	}
	return out
}
