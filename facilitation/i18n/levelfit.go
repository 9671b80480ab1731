package i18n

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/baraza-app/baraza/facilitation"
)

// LevelFit is a level's name in at most w columns, never cut: the plan's
// name if it fits, else the catalog's name ("Communauté"), else its
// abbreviation ("Soc. civ."), else the badge ("SOC"). Only a column
// narrower than the badge cuts it.
func (c *Catalog) LevelFit(l facilitation.Level, w int) string {
	for _, name := range []string{c.Level(l), c.T("level." + string(l)), c.T("level.short." + string(l))} {
		if ansi.StringWidth(name) <= w {
			return name
		}
	}
	return ansi.Truncate(c.LevelBadge(l), w, "")
}
