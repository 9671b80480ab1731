package i18n

// The home screen.
func init() {
	register(EN, map[string]string{
		"home.title":        "baraza — dialogue sessions",
		"home.data":         "sessions in %s",
		"home.loading":      "Reading the archive…",
		"home.empty":        "No saved session yet. Press d to start the demo, or o to open a plan file.",
		"home.open":         "open",
		"home.closed":       "closed",
		"home.unreadable":   "unreadable: %s",
		"home.people":       "%d people",
		"home.turns":        "%d turns",
		"home.key.resume":   "resume / open",
		"home.key.replay":   "replay",
		"home.key.minutes":  "minutes",
		"home.key.demo":     "new demo session",
		"home.key.plan":     "open a plan file",
		"home.key.refresh":  "refresh",
		"home.key.quit":     "quit",
		"home.plan_prompt":  "Plan file (TOML) — enter starts the session, esc cancels",
		"home.opening":      "Opening…",
		"home.invalid_plan": "This plan has problems; fix them and try again:",
	})
	register(FR, map[string]string{
		"home.title":        "baraza — séances de dialogue",
		"home.data":         "séances dans %s",
		"home.loading":      "Lecture des archives…",
		"home.empty":        "Aucune séance enregistrée. d lance la démo, o ouvre un fichier de plan.",
		"home.open":         "ouverte",
		"home.closed":       "close",
		"home.unreadable":   "illisible : %s",
		"home.people":       "%d personnes",
		"home.turns":        "%d interventions",
		"home.key.resume":   "reprendre / ouvrir",
		"home.key.replay":   "relecture",
		"home.key.minutes":  "compte rendu",
		"home.key.demo":     "nouvelle séance de démo",
		"home.key.plan":     "ouvrir un fichier de plan",
		"home.key.refresh":  "actualiser",
		"home.key.quit":     "quitter",
		"home.plan_prompt":  "Fichier de plan (TOML) — entrée lance la séance, échap annule",
		"home.opening":      "Ouverture…",
		"home.invalid_plan": "Ce plan a des problèmes ; corrigez-les puis réessayez :",
	})
}
