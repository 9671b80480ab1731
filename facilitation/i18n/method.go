package i18n

// The method's vocabulary: levels, default rounds, requests, orders.
func init() {
	register(EN, map[string]string{
		"level.community":     "Community",
		"level.civil_society": "Civil society",
		"level.government":    "Government",
		"badge.community":     "COM",
		"badge.civil_society": "CSO",
		"badge.government":    "GOV",

		"round.listen_community":     "Listening: community",
		"round.listen_civil_society": "Listening: civil society",
		"round.listen_government":    "Listening: government",
		"round.exchange":             "Exchange across levels",
		"round.consensus":            "Consensus on priorities",
		"round.actions":              "Action planning",

		"request.speak":          "to speak",
		"request.reply":          "direct reply",
		"request.clarify":        "clarifying question",
		"request.point_of_order": "point of order",

		"order.queue":       "first asked, first heard",
		"order.progressive": "least heard first",
		"order.alternate":   "levels alternate",
		"order.round-robin": "everyone in turn",
	})
	register(FR, map[string]string{
		"level.community":     "Communauté",
		"level.civil_society": "Société civile",
		"level.government":    "Gouvernement",
		"badge.community":     "COM",
		"badge.civil_society": "SOC",
		"badge.government":    "GOU",

		"round.listen_community":     "Écoute\u202f: communauté",
		"round.listen_civil_society": "Écoute\u202f: société civile",
		"round.listen_government":    "Écoute\u202f: gouvernement",
		"round.exchange":             "Échange entre les niveaux",
		"round.consensus":            "Consensus sur les priorités",
		"round.actions":              "Plan d'action",

		"request.speak":          "prise de parole",
		"request.reply":          "réponse directe",
		"request.clarify":        "question de clarification",
		"request.point_of_order": "motion d'ordre",

		"order.queue":       "premier inscrit, premier entendu",
		"order.progressive": "les moins entendus d'abord",
		"order.alternate":   "les niveaux alternent",
		"order.round-robin": "chacun à son tour",
	})
}
