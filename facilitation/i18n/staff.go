package i18n

// Staff named by their role in anonymised exports (issue 10).
func init() {
	register(EN, map[string]string{
		"min.staff.facilitator": "[the facilitator]",
		"min.staff.note_taker":  "[the note-taker]",
	})
	register(FR, map[string]string{
		"min.staff.facilitator": "[la personne qui facilite]",
		"min.staff.note_taker":  "[la personne qui prend les notes]",
	})
}
