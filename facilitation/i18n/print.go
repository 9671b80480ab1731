package i18n

// The printable (HTML) minutes: labels and the charts' words. The rest of
// the HTML minutes uses the minutes' own messages (min.*).
func init() {
	register(EN, map[string]string{
		"print.label":         "%s:",
		"print.chart_levels":  "Speaking time by level",
		"print.chart_groups":  "Speaking time of women and youth",
		"print.chart_desc":    "Bar chart. For each group, a solid bar for its share of the speaking time and a hatched bar for its share of the people present.",
		"print.chart_row":     "%s: %s of the speaking time, %s of the people present.",
		"print.generated":     "Minutes written by baraza from the session log %s.",
		"print.people_legend": "Share of people present",
		"print.time_legend":   "Share of speaking time",
	})
	register(FR, map[string]string{
		"print.label":         "%s\u202f:",
		"print.chart_levels":  "Temps de parole par niveau",
		"print.chart_groups":  "Temps de parole des femmes et des jeunes",
		"print.chart_desc":    "Graphique en barres. Pour chaque groupe, une barre pleine pour sa part du temps de parole et une barre hachurée pour sa part des personnes présentes.",
		"print.chart_row":     "%s\u202f: %s du temps de parole, %s des personnes présentes.",
		"print.generated":     "Compte rendu écrit par baraza à partir du journal de séance %s.",
		"print.people_legend": "Part des personnes présentes",
		"print.time_legend":   "Part du temps de parole",
	})
}
