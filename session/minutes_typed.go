package session

import "sort"

// Typed are the texts of the minutes that people typed (the plan, names,
// notes, items, reasons, actions), as opposed to baraza's own words: checks
// of what baraza writes (French typography) set them aside. Longest first,
// so that masking them one by one never leaves half of one.
func (m *Minutes) Typed() []string {
	out := []string{m.Title, m.Location, m.Facilitator, m.NoteTaker, m.Session, m.Follows, m.FollowsTitle}
	for _, a := range m.Attendance {
		out = append(out, a.Names...)
	}
	for _, c := range m.AttendanceChanges {
		out = append(out, c.Who)
	}
	for _, a := range m.Agenda {
		out = append(out, a.Title)
	}
	for _, r := range m.Rounds {
		out = append(out, r.Title, r.Question)
		for _, t := range r.Turns {
			out = append(out, t.Speaker, t.Note)
		}
	}
	for _, items := range [][]ItemRow{m.Items, m.ParkingLot, m.CarriedItems} {
		for _, it := range items {
			out = append(out, it.Text, it.RaisedBy, it.From)
			for _, p := range it.Positions {
				out = append(out, p.Reason)
			}
			for _, p := range append(it.SetAside, it.CarriedPositions...) {
				out = append(out, p.Reason)
			}
			for _, o := range it.Merged {
				out = append(out, o.Text, o.RaisedBy)
			}
		}
	}
	for _, acts := range [][]ActionRow{m.Actions, m.CarriedActs} {
		for _, a := range acts {
			out = append(out, a.What, a.Who, a.With, a.When, a.From, a.Comment)
		}
	}
	for _, n := range m.Notes {
		out = append(out, n.Text)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}
