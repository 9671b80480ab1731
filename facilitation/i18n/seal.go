package i18n

// Sealed sessions (encrypted at rest) on the home screen.
func init() {
	register(EN, map[string]string{
		"home.sealed":        "sealed",
		"home.sealed_hidden": "Sealed session (%s)",
		"home.sealed_help":   "Encrypted. enter or m opens its minutes, v its replay, read-only with the programme's key file or the passphrase; baraza unseal restores it.",
	})
	register(FR, map[string]string{
		"home.sealed":        "scellée",
		"home.sealed_hidden": "Session scellée (%s)",
		"home.sealed_help":   "Chiffrée. entrée ou m ouvre son compte rendu, v sa relecture, en lecture seule avec le fichier de clé du programme ou la phrase secrète\u202f; baraza unseal la restaure.",
	})
}
