package i18n

// The dialogs over the live screen: picker, prompts, people, turns, confirm.
func init() {
	register(EN, map[string]string{
		"dlg.key.move": "move", "dlg.key.choose": "choose", "dlg.key.cancel": "cancel",
		"dlg.key.kind": "request type", "dlg.key.save": "save", "dlg.key.close": "close",
		"dlg.key.present": "present", "dlg.key.late": "arrived late", "dlg.key.left": "left",
		"dlg.key.absent": "absent", "dlg.key.sort": "sort", "dlg.key.add": "add someone",
		"dlg.key.next_field": "next field", "dlg.key.change": "change", "dlg.key.add_person": "add",
		"dlg.key.back": "back", "dlg.key.edit_note": "edit note", "dlg.key.off_record": "off the record",
		"dlg.key.yes": "yes", "dlg.key.no": "no",

		"dlg.more": "… %d more",
		"dlg.yes":  "yes",
		"dlg.no":   "no",

		"dlg.status.present":  "present",
		"dlg.status.late":     "arrived late",
		"dlg.status.left":     "left",
		"dlg.status.absent":   "absent",
		"dlg.status.unmarked": "not marked",

		"dlg.pick.queue_title": "Add to the queue",
		"dlg.pick.floor_title": "Give the floor to",
		"dlg.pick.request":     "Request: %s",
		"dlg.pick.tab":         "tab: change",
		"dlg.pick.placeholder": "type a few letters of the name",
		"dlg.pick.none":        "Nobody's name matches “%s”.",
		"dlg.pick.nobody":      "No participants in this session yet.",

		"dlg.prompt.count": "%d/%d characters",

		"dlg.people.title":      "People",
		"dlg.people.by_plan":    "order of the plan (s: by time)",
		"dlg.people.by_time":    "most speaking time first (s: plan)",
		"dlg.people.col_name":   "Name",
		"dlg.people.col_level":  "Lvl",
		"dlg.people.col_status": "Attendance",
		"dlg.people.col_time":   "Time",
		"dlg.people.col_turns":  "Turns",
		"dlg.people.empty":      "No participants yet. + adds someone.",

		"dlg.add.title":     "Add a participant",
		"dlg.add.name":      "Name",
		"dlg.add.level":     "Level",
		"dlg.add.gender":    "Gender",
		"dlg.add.youth":     "Youth",
		"dlg.add.org":       "Organisation",
		"dlg.add.optional":  "optional",
		"dlg.add.err_blank": "Type a name first.",
		"dlg.add.err_taken": "%s is already on the list.",
		"dlg.gender.none":   "not given",
		"dlg.gender.woman":  "woman",
		"dlg.gender.man":    "man",
		"dlg.gender.other":  "other",

		"dlg.turns.title":      "Turns, most recent first (%d)",
		"dlg.turns.empty":      "No turn recorded yet.",
		"dlg.turns.round":      "R%d",
		"dlg.turns.off_record": "off the record",
		"dlg.turns.now":        "speaking now",
		"dlg.turns.edit_note":  "Note for turn %d (%s)",

		"dlg.confirm.choices": "y or enter: yes · n or esc: no",
	})
	register(FR, map[string]string{
		"dlg.key.move": "déplacer", "dlg.key.choose": "choisir", "dlg.key.cancel": "annuler",
		"dlg.key.kind": "type de demande", "dlg.key.save": "enregistrer", "dlg.key.close": "fermer",
		"dlg.key.present": "présent(e)", "dlg.key.late": "arrivé(e) en retard", "dlg.key.left": "parti(e)",
		"dlg.key.absent": "absent(e)", "dlg.key.sort": "trier", "dlg.key.add": "ajouter quelqu'un",
		"dlg.key.next_field": "champ suivant", "dlg.key.change": "changer", "dlg.key.add_person": "ajouter",
		"dlg.key.back": "retour", "dlg.key.edit_note": "modifier la note", "dlg.key.off_record": "hors compte rendu",
		"dlg.key.yes": "oui", "dlg.key.no": "non",

		"dlg.more": "… %d de plus",
		"dlg.yes":  "oui",
		"dlg.no":   "non",

		"dlg.status.present":  "présent(e)",
		"dlg.status.late":     "arrivé(e) en retard",
		"dlg.status.left":     "parti(e)",
		"dlg.status.absent":   "absent(e)",
		"dlg.status.unmarked": "non pointé(e)",

		"dlg.pick.queue_title": "Inscrire sur la liste",
		"dlg.pick.floor_title": "Donner la parole à",
		"dlg.pick.request":     "Demande : %s",
		"dlg.pick.tab":         "tab : changer",
		"dlg.pick.placeholder": "tapez quelques lettres du nom",
		"dlg.pick.none":        "Aucun nom ne correspond à « %s ».",
		"dlg.pick.nobody":      "Aucun participant dans cette séance pour l'instant.",

		"dlg.prompt.count": "%d/%d caractères",

		"dlg.people.title":      "Personnes",
		"dlg.people.by_plan":    "ordre du plan (s : par temps)",
		"dlg.people.by_time":    "plus long temps de parole d'abord (s : plan)",
		"dlg.people.col_name":   "Nom",
		"dlg.people.col_level":  "Niv",
		"dlg.people.col_status": "Présence",
		"dlg.people.col_time":   "Temps",
		"dlg.people.col_turns":  "Interv.",
		"dlg.people.empty":      "Aucun participant pour l'instant. + en ajoute un.",

		"dlg.add.title":     "Ajouter un participant",
		"dlg.add.name":      "Nom",
		"dlg.add.level":     "Niveau",
		"dlg.add.gender":    "Genre",
		"dlg.add.youth":     "Jeune",
		"dlg.add.org":       "Organisation",
		"dlg.add.optional":  "facultatif",
		"dlg.add.err_blank": "Tapez d'abord un nom.",
		"dlg.add.err_taken": "%s est déjà sur la liste.",
		"dlg.gender.none":   "non précisé",
		"dlg.gender.woman":  "femme",
		"dlg.gender.man":    "homme",
		"dlg.gender.other":  "autre",

		"dlg.turns.title":      "Interventions, les plus récentes d'abord (%d)",
		"dlg.turns.empty":      "Aucune intervention pour l'instant.",
		"dlg.turns.round":      "T%d",
		"dlg.turns.off_record": "hors compte rendu",
		"dlg.turns.now":        "en cours",
		"dlg.turns.edit_note":  "Note de l'intervention %d (%s)",

		"dlg.confirm.choices": "y ou entrée : oui · n ou échap : non",
	})
}
