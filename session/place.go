package session

import (
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

// DescribePlace names a text of the minutes for people, in the catalog's
// language: "turn/12" is "turn 12" ("tour 12"), "reason/3/government" is
// "reason, item 3 · Government", "action/2/who" is "action 2 · who".
// The review screen and the export's warnings say it the same way.
func DescribePlace(cat *i18n.Catalog, place string) string {
	parts := strings.Split(place, "/")
	if len(parts) < 2 {
		return place
	}
	out := cat.T("review.where."+parts[0], parts[1])
	if len(parts) == 3 { // the action's field, or the reason's level
		sub := parts[2]
		if parts[0] == "reason" {
			sub = cat.Level(facilitation.Level(sub))
		} else {
			sub = cat.T("review.field." + sub)
		}
		out += " · " + sub
	}
	return out
}
