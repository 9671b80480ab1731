package i18n

// Sealed sessions (encrypted at rest) on the home screen.
func init() {
	register(EN, map[string]string{
		"home.sealed":        "sealed",
		"home.sealed_hidden": "Sealed session (%s)",
		"home.sealed_help":   "Encrypted. Read it with: baraza export ID --identity KEYFILE, or restore it with baraza unseal.",
	})
	register(FR, map[string]string{
		"home.sealed":        "scellée",
		"home.sealed_hidden": "Session scellée (%s)",
		"home.sealed_help":   "Chiffrée. Pour la lire\u202f: baraza export ID --identity FICHIER_CLÉ, ou la restaurer\u202f: baraza unseal.",
	})
}
