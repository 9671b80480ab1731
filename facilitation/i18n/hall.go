package i18n

// Messages of the forgiving dialogs (issue 16): a refused field says why and
// keeps its text; esc always cancels without side effects.
func init() {
	register(EN, map[string]string{
		"hall.end_note":        "End turn %d (%s)? A note if you like — enter ends the turn, esc keeps it going",
		"hall.when":            "By when? A date YYYY-MM-DD, or short, medium or long (term)",
		"hall.bad_when":        "%q is neither a date (YYYY-MM-DD) nor short, medium or long: correct it, or esc to cancel",
		"hall.need_reason":     "A reservation or a block needs a reason: type it, or esc to cancel",
		"hall.yes_key":         "y",
		"hall.confirm.choices": "y or enter: yes · n or esc: no",
	})
	register(FR, map[string]string{
		"hall.end_note":        "Terminer l'intervention %d (%s)\u202f? Une note si besoin — entrée termine, échap la laisse continuer",
		"hall.when":            "Pour quand\u202f? Une date JJ/MM/AAAA ou AAAA-MM-JJ, ou court, moyen ou long terme",
		"hall.bad_when":        "%q n'est ni une date (JJ/MM/AAAA) ni court, moyen ou long terme\u202f: corrigez, ou échap pour annuler",
		"hall.need_reason":     "Une réserve ou un blocage doit être motivé\u202f: écrivez la raison, ou échap pour annuler",
		"hall.yes_key":         "o",
		"hall.confirm.choices": "o ou entrée\u202f: oui · n ou échap\u202f: non",
	})
}
