package session

import (
	"slices"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// What the room decided and who was there over time (issue 16): merged items
// keep every origin and position, and arrivals and departures are dated.

// MergedRow is an item merged into the one it is listed under.
type MergedRow struct {
	N        int    `json:"item"`
	Text     string `json:"text"`
	RaisedBy string `json:"raised_by,omitempty"`
}

// AttendanceChangeRow is one arrival or departure during the session.
type AttendanceChangeRow struct {
	Time      string `json:"-"`    // the session's clock, e.g. "10:40"
	At        string `json:"time"` // RFC 3339 with offset
	Who       string `json:"participant,omitempty"`
	LevelCode string `json:"level,omitempty"`
	Level     string `json:"level_label,omitempty"`
	Code      string `json:"status"` // late, left, present (came back), absent
	Status    string `json:"status_label"`
	Label     string `json:"-"` // who, with their level when minutes may say it
}

// raisedBy names who raised an item or one of its origins, as minutes may.
func (b *minutesBuilder) raisedBy(participant string, level facilitation.Level) string {
	if b.o.ChathamHouse || (participant == "" && level == "") {
		return ""
	}
	if participant == "" {
		return b.levelOf(level)
	}
	who := b.who(participant)
	if !b.anon { // an anonymised label already names the level
		who += " (" + b.levelOf(level) + ")"
	}
	return who
}

// mergedRows lists the items merged into it, each with who raised it.
func (b *minutesBuilder) mergedRows(it *Item) []MergedRow {
	var out []MergedRow
	for _, o := range it.Origins[1:] {
		out = append(out, MergedRow{N: o.Item, Text: b.text(oneLine(o.Text), place{"item", o.Item, ""}),
			RaisedBy: b.raisedBy(o.Participant, o.Level)})
	}
	return out
}

// position is one position as minutes show it; from says which item it was
// recorded on when that is not the item it is listed under.
func (b *minutesBuilder) position(it *Item, pos Position) PositionRow {
	row := PositionRow{Level: b.cat.Level(pos.Level), LevelCode: string(pos.Level),
		Stance: b.cat.T("board.long." + pos.Stance), StanceCode: pos.Stance,
		Reason: b.text(oneLine(pos.Reason), place{"reason", it.Number, string(pos.Level)})}
	if pos.Item != 0 && pos.Item != it.Number {
		row.FromItem = pos.Item
		row.Reason = b.text(oneLine(pos.Reason), place{"reason", pos.Item, string(pos.Level)})
	}
	return row
}

// attendanceChanges lists every arrival and departure in time order: a
// person's mark before any turn (present, absent) is attendance, not a change.
func (b *minutesBuilder) attendanceChanges() []AttendanceChangeRow {
	type change struct {
		p *Person
		c AttendanceChange
	}
	var all []change
	for _, p := range b.st.People {
		for i, c := range p.Attendance {
			back := c.Status == Present && i > 0 && p.Attendance[i-1].Status == Left // came back
			if c.Status == Late || c.Status == Left || back {
				all = append(all, change{p, c})
			}
		}
	}
	slices.SortStableFunc(all, func(x, y change) int { return x.c.At.Compare(y.c.At) })
	var out []AttendanceChangeRow
	for _, ch := range all {
		row := AttendanceChangeRow{Time: b.clock(ch.c.At), At: b.stamp(ch.c.At), Code: ch.c.Status,
			Status: b.cat.T("att.status." + ch.c.Status)}
		switch {
		case b.o.ChathamHouse:
			row.Who = b.cat.T("min.a_participant")
		default:
			row.Who, row.LevelCode, row.Level = b.who(ch.p.ID), string(ch.p.Level), b.levelOf(ch.p.Level)
		}
		row.Label = row.Who
		if row.Level != "" && !b.anon { // an anonymised label already names the level
			row.Label += " (" + row.Level + ")"
		}
		out = append(out, row)
	}
	return out
}

// noted is a name with its arrival and departure, for the attendance list.
func (b *minutesBuilder) noted(p *Person) string {
	name := p.Name
	if at, ok := p.ArrivedLate(); ok {
		name += " (" + b.cat.T("att.arrived_at", b.clock(at)) + ")"
	}
	if at, ok := p.LeftAt(); ok {
		name += " (" + b.cat.T("att.left_at", b.clock(at)) + ")"
	}
	return name
}

// followsLabel names the session this one follows: "Title, 14 March 2026",
// or its id when the log does not say (logs written before this field).
func (b *minutesBuilder) followsLabel(st *State) string {
	if st.Follows == "" || st.FollowsTitle == "" {
		return st.Follows
	}
	if d, err := time.Parse(time.DateOnly, st.FollowsDate); err == nil {
		return st.FollowsTitle + ", " + b.cat.Date(d)
	}
	return st.FollowsTitle
}

// plannedFor is the plan's date when the session ran on another day.
func (b *minutesBuilder) plannedFor(st *State, ran string) (iso, label string) {
	d := st.Plan.Date
	if len(d) < len(time.DateOnly) {
		return "", ""
	}
	d = d[:len(time.DateOnly)]
	t, err := time.Parse(time.DateOnly, d)
	if err != nil || d == ran {
		return "", ""
	}
	return d, b.cat.Date(t)
}

// carriedPositions are a carried item's positions in the earlier session.
func (b *minutesBuilder) carriedPositions(it *Item) []PositionRow {
	var out []PositionRow
	for _, p := range it.Carried.Positions {
		l := facilitation.Level(p.Level)
		out = append(out, PositionRow{Level: b.cat.Level(l), LevelCode: p.Level, StanceCode: p.Stance,
			Stance: b.cat.T("board.long." + p.Stance), Reason: b.text(oneLine(p.Reason), place{"carried", it.Number, p.Level})})
	}
	return out
}
