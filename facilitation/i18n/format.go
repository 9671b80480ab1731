package i18n

import (
	"fmt"
	"time"
)

// Clock formats a duration as a clock: "4:05" under an hour, "1:02:11" after.
// Clocks read the same in English and French.
func Clock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s%3600/60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Percent formats a share of a whole as a whole percentage ("0%" of nothing).
func Percent(part, whole float64) string {
	if whole <= 0 {
		return "0%"
	}
	return fmt.Sprintf("%.0f%%", 100*part/whole)
}

// Date writes a day as people write it in the catalog's language:
// "14 March 2026", "14 mars 2026" (in t's own location).
func (c *Catalog) Date(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), c.T(fmt.Sprintf("min.month.%d", int(t.Month()))), t.Year())
}
