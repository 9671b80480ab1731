package i18n

// Hardening (issue 12): notes about the computer's clock in the minutes.
func init() {
	register(EN, map[string]string{
		"min.clock_ahead":    "The computer's clock jumped %s ahead at %s; durations leave the jump out.",
		"min.clock_back":     "The computer's clock went back %s at %s; durations leave the jump out.",
		"dlg.add.err_hidden": "Retype it: it holds %s, which can make two names look alike.",
	})
	register(FR, map[string]string{
		"min.clock_ahead":    "L'horloge de l'ordinateur a avancé de %s à %s\u202f; les durées ne comptent pas ce saut.",
		"min.clock_back":     "L'horloge de l'ordinateur a reculé de %s à %s\u202f; les durées ne comptent pas ce saut.",
		"dlg.add.err_hidden": "Retapez-le\u202f: il contient %s, qui peut faire se ressembler deux noms.",
	})
}
