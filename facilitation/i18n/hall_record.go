package i18n

// Messages of what the room decided and who was there over time (issue 16):
// merges that keep both items' positions, arrivals and departures.
func init() {
	register(EN, map[string]string{
		"att.late":            "Arrived late",
		"att.left":            "Left early",
		"att.changes":         "Arrivals and departures",
		"att.status.late":     "arrived",
		"att.status.left":     "left",
		"att.status.present":  "came back",
		"att.status.absent":   "absent",
		"att.arrived_at":      "arrived %s",
		"att.left_at":         "left %s",
		"att.change":          "%s: %s",
		"merge.min_by":        "Item %d was merged into item %d — raised by %s: “%s”",
		"merge.min":           "Item %d was merged into item %d: “%s”",
		"merge.from_item":     "item %d",
		"merge.set_aside":     "Positions set aside at a merge (kept for the record):",
		"plan.planned_for":    "planned for %s",
		"carry.last_position": "last time, %s: %s",
	})
	register(FR, map[string]string{
		"att.late":            "Arrivés en retard",
		"att.left":            "Partis avant la fin",
		"att.changes":         "Arrivées et départs",
		"att.status.late":     "arrivée",
		"att.status.left":     "départ",
		"att.status.present":  "retour",
		"att.status.absent":   "absence",
		"att.arrived_at":      "arrivée à %s",
		"att.left_at":         "départ à %s",
		"att.change":          "%s\u202f: %s",
		"merge.min_by":        "Le point %d a été fusionné dans le point %d — soulevé par %s\u202f: «\u202f%s\u202f»",
		"merge.min":           "Le point %d a été fusionné dans le point %d\u202f: «\u202f%s\u202f»",
		"merge.from_item":     "point %d",
		"merge.set_aside":     "Positions écartées lors d'une fusion (gardées au dossier)\u202f:",
		"plan.planned_for":    "prévue le %s",
		"carry.last_position": "la dernière fois, %s\u202f: %s",
	})
}
