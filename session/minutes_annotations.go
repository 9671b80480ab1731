package session

import (
	"sort"
	"time"
)

// AddAnnotations places trainers' notes in the minutes at their moments:
// with the round of the turn under way (or last begun) then, or at the top
// when no turn had begun. It makes a training handout of the minutes.
func AddAnnotations(m *Minutes, st *State, notes []Annotated, b MinutesOptions) {
	loc := b.Location
	if loc == nil {
		loc = st.StartedAt.Location()
	}
	// In the order of the moments they mark, not of their writing; k stays
	// the note's own number, which review decisions name.
	order := make([]int, len(notes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return notes[order[a]].Moment.Before(notes[order[b]].Moment) })
	for _, k := range order {
		n := notes[k]
		text := n.Text
		if m.an != nil { // a training handout leaves the room too
			text, _ = m.an.scrub(oneLine(text), place{"annotation", k + 1, ""}, false)
			m.Unreviewed = m.an.unreviewed
		}
		row := AnnotationRow{Time: n.Moment.In(loc).Format("15:04"), At: n.Moment.In(loc).Format(time.RFC3339), Text: text}
		i := sort.Search(len(st.Turns), func(i int) bool { return st.Turns[i].Start.After(n.Moment) })
		if i == 0 {
			m.Annotations = append(m.Annotations, row)
			continue
		}
		t := st.Turns[i-1]
		row.Turn = t.Number
		placed := false
		for j := range m.Rounds {
			if m.Rounds[j].N == t.Round {
				m.Rounds[j].Annotations = append(m.Rounds[j].Annotations, row)
				placed = true
			}
		}
		if !placed {
			m.Annotations = append(m.Annotations, row)
		}
	}
}
