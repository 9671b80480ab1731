package i18n

// Replay for trainers.
func init() {
	register(EN, map[string]string{
		"replay.key.play": "play/pause", "replay.key.faster": "faster", "replay.key.slower": "slower",
		"replay.key.step_on": "step on", "replay.key.step_back": "step back",
		"replay.key.next_turn": "next turn", "replay.key.prev_turn": "previous turn",
		"replay.key.next_round": "next round", "replay.key.prev_round": "previous round",
		"replay.key.seek": "go to time", "replay.key.annotate": "annotate", "replay.key.quit": "quit",
		"replay.seek_prompt": "Go to: h:mm:ss or mm:ss from the start, or +5m / -90s from here",
		"replay.note_prompt": "Note at %s — enter saves beside the log (the log is never changed), esc cancels",
		"replay.note_saved":  "Note saved in %s beside the session's log.",
		"replay.note_failed": "Note NOT saved: %s",
		"replay.bad_time":    "%q is not a time: write 1:05:00, 65:00, +5m or -90s.",
		"replay.at_end":      "End of the session. space plays it again from the start.",
		"replay.none_after":  "Nothing further: this is the last one.",
		"replay.none_before": "Nothing earlier: this is the first one.",
		"replay.event":       "event %d of %d",
		"replay.legend":      "c community · s civil society · g government · │ round · * note",
		"replay.read_only":   "Replay of %s — read-only",
	})
	register(FR, map[string]string{
		"replay.key.play": "lecture/pause", "replay.key.faster": "plus vite", "replay.key.slower": "moins vite",
		"replay.key.step_on": "pas suivant", "replay.key.step_back": "pas précédent",
		"replay.key.next_turn": "intervention suivante", "replay.key.prev_turn": "intervention précédente",
		"replay.key.next_round": "tour suivant", "replay.key.prev_round": "tour précédent",
		"replay.key.seek": "aller à", "replay.key.annotate": "annoter", "replay.key.quit": "quitter",
		"replay.seek_prompt": "Aller à\u202f: h:mm:ss ou mm:ss depuis le début, ou +5m / -90s depuis ici",
		"replay.note_prompt": "Note à %s — entrée l'enregistre à côté du journal (jamais modifié), échap annule",
		"replay.note_saved":  "Note enregistrée dans %s, à côté du journal de la séance.",
		"replay.note_failed": "Note NON enregistrée\u202f: %s",
		"replay.bad_time":    "%q n'est pas une heure\u202f: écrivez 1:05:00, 65:00, +5m ou -90s.",
		"replay.at_end":      "Fin de la séance. espace la rejoue depuis le début.",
		"replay.none_after":  "Plus rien après\u202f: c'est le dernier.",
		"replay.none_before": "Rien avant\u202f: c'est le premier.",
		"replay.event":       "événement %d sur %d",
		"replay.legend":      "c communauté · s société civile · g gouvernement · │ tour · * note",
		"replay.read_only":   "Relecture de %s — lecture seule",
	})
}
