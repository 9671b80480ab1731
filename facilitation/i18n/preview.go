package i18n

// The minutes preview.
func init() {
	register(EN, map[string]string{
		"key.preview": "minutes preview", "preview.key.scroll": "scroll", "preview.key.write": "save minutes.md",
		"preview.key.back": "back", "preview.rendering": "Rendering the minutes…",
		"preview.hint":         "The minutes so far, from the log. s saves them as minutes.md in the session's folder.",
		"preview.written":      "Minutes saved: %s",
		"preview.write_failed": "Minutes NOT saved: %s",
	})
	register(FR, map[string]string{
		"key.preview": "aperçu du compte rendu", "preview.key.scroll": "défiler", "preview.key.write": "enregistrer minutes.md",
		"preview.key.back": "retour", "preview.rendering": "Mise en forme du compte rendu…",
		"preview.hint":         "Le compte rendu à ce stade, tiré du journal. s l'enregistre (minutes.md) dans le dossier de la séance.",
		"preview.written":      "Compte rendu enregistré\u202f: %s",
		"preview.write_failed": "Compte rendu NON enregistré\u202f: %s",
	})
}
