package session

import (
	"strconv"
	"strings"
	"time"
)

// clockNotes says, for each wall clock jump the fold saw, when and by how
// much, so that a reader knows why the clock times leave a gap or repeat.
func (b *minutesBuilder) clockNotes() []string {
	var out []string
	for _, n := range b.st.ClockNotes {
		key := "min.clock_ahead"
		if n.Jump < 0 {
			key = "min.clock_back"
		}
		out = append(out, b.cat.T(key, jumpText(n.Jump), b.clock(n.At)))
	}
	return out
}

// jumpText is a jump's size in words a reader takes in at once: days for a
// year-sized jump, hours and minutes otherwise.
func jumpText(d time.Duration) string {
	d = d.Abs()
	if d >= 48*time.Hour {
		return strconv.FormatInt(int64(d/(24*time.Hour)), 10) + " d"
	}
	d = d.Round(time.Minute)
	s := d.String()
	s = strings.TrimSuffix(s, "0s")
	return strings.TrimSuffix(strings.Replace(s, "h0m", "h", 1), "0m")
}
