package i18n

// The home screen's series view, filter, and opening a sealed session.
func init() {
	register(EN, map[string]string{
		"home.key.filter":         "filter",
		"home.filter.count":       "%d of %d",
		"home.filter.none":        "No session matches the filter. esc clears it.",
		"home.no_series":          "No series",
		"home.sessions":           "%d sessions",
		"home.sessions.one":       "%d session",
		"home.open_actions":       "%d open actions",
		"home.open_actions.one":   "%d open action",
		"home.trend":              "%s: share of speaking time, last %d sessions",
		"home.trend_one":          "%s: share of speaking time in its one session",
		"home.unlock.title":       "Sealed session %s",
		"home.unlock.key":         "The programme's private key file (made by age-keygen):",
		"home.unlock.passphrase":  "The passphrase it was sealed with:",
		"home.unlock.busy":        "Decrypting…",
		"home.unlock.wrong":       "This key or passphrase does not open the session. Nothing was changed.",
		"home.unlock.hint":        "enter opens it read-only, in memory · esc cancels",
		"home.unlock.hint_switch": "enter opens it read-only, in memory · tab key file / passphrase · esc cancels",
	})
	register(FR, map[string]string{
		"home.key.filter":         "filtrer",
		"home.filter.count":       "%d sur %d",
		"home.filter.none":        "Aucune séance ne correspond au filtre. échap l’efface.",
		"home.no_series":          "Hors série",
		"home.sessions":           "%d séances",
		"home.sessions.one":       "%d séance",
		"home.open_actions":       "%d actions en cours",
		"home.open_actions.one":   "%d action en cours",
		"home.trend":              "%s\u202f: part du temps de parole, %d dernières séances",
		"home.trend_one":          "%s\u202f: part du temps de parole dans sa seule séance",
		"home.unlock.title":       "Séance scellée %s",
		"home.unlock.key":         "Le fichier de clé privée du programme (fait par age-keygen)\u202f:",
		"home.unlock.passphrase":  "La phrase secrète utilisée pour la sceller\u202f:",
		"home.unlock.busy":        "Déchiffrement…",
		"home.unlock.wrong":       "Cette clé ou cette phrase secrète n’ouvre pas la séance. Rien n’a été modifié.",
		"home.unlock.hint":        "entrée l’ouvre en lecture seule, en mémoire · échap annule",
		"home.unlock.hint_switch": "entrée l’ouvre en lecture seule, en mémoire · tab fichier de clé / phrase secrète · échap annule",
	})
}
