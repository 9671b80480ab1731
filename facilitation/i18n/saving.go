package i18n

// Saving failures on the live screen: the cause first, in plain words.
func init() {
	register(EN, map[string]string{
		"save.failing":          "%s: %d actions not saved yet, retrying",
		"save.failing.one":      "%s: %d action not saved yet, retrying",
		"save.unsaved":          "Not saved yet:",
		"save.more":             "+%d more",
		"save.cause.disk_full":  "Disk full",
		"save.cause.read_only":  "Disk is read-only",
		"save.cause.io":         "Disk error",
		"save.cause.permission": "Not allowed to write",
		"save.cause.gone":       "Session folder missing",
		"save.cause.other":      "Cannot save",
	})
	register(FR, map[string]string{
		"save.failing":          "%s\u202f: %d actions pas encore enregistrées, nouvel essai",
		"save.failing.one":      "%s\u202f: %d action pas encore enregistrée, nouvel essai",
		"save.unsaved":          "Pas encore enregistré\u202f:",
		"save.more":             "+%d autres",
		"save.cause.disk_full":  "Disque plein",
		"save.cause.read_only":  "Disque en lecture seule",
		"save.cause.io":         "Erreur du disque",
		"save.cause.permission": "Écriture non autorisée",
		"save.cause.gone":       "Dossier de la séance introuvable",
		"save.cause.other":      "Enregistrement impossible",
	})
}
