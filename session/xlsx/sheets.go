package xlsx

import (
	"strings"

	"github.com/baraza-app/baraza/session"
)

// sessionSheet is one row per fact about the session: what, its value.
func sessionSheet(w *workbook, m *session.Minutes) (*table, error) {
	t := &table{header: []string{"field", "value"}, widths: []float64{18, 60}}
	add := func(k string, v any) { t.rows = append(t.rows, []any{k, v}) }
	add("format", session.DataFormat)
	add("session", m.Session)
	add("title", m.Title)
	add("lang", m.Lang)
	add("date", w.day(m.DateISO))
	add("start", w.when(m.StartAt))
	add("end", w.when(m.EndAt))
	add("location", m.Location)
	add("facilitator", m.Facilitator)
	add("note_taker", m.NoteTaker)
	add("follows", m.Follows)
	add("draft", m.Draft)
	add("anonymous", m.Anonymous)
	add("chatham_house", m.ChathamHouse)
	add("scale", m.ScaleCode)
	add("scale_label", m.Scale)
	return t, nil
}

// turnsSheet is one row per speaking turn, the CSV export's columns.
func turnsSheet(w *workbook, m *session.Minutes) (*table, error) {
	t := &table{header: []string{"session", "round", "turn", "speaker", "level", "level_label", "gender", "gender_label",
		"youth", "request", "request_label", "start", "duration", "duration_seconds", "interpretation_seconds", "off_record", "note",
		"speaker_late", "speaker_left"},
		widths: []float64{22, 7, 7, 24, 14, 16, 8, 10, 7, 14, 18, 19, 10, 10, 10, 10, 80, 8, 19}}
	for _, r := range m.Rounds {
		for _, tu := range r.Turns {
			t.rows = append(t.rows, []any{m.Session, r.N, tu.N, tu.Speaker, tu.LevelCode, tu.Level, tu.Gender, tu.GenderLabel,
				tu.Youth, tu.Request, tu.RequestLabel, w.when(tu.At), w.span(tu.Seconds), tu.Seconds, tu.Interpretation,
				tu.OffRecord, tu.Note, tu.SpeakerLate, leftAt(w, tu.SpeakerLeft)})
		}
	}
	return t, nil
}

// peopleSheet is the attendance by level; names only where the minutes
// have them (never when anonymised).
func peopleSheet(w *workbook, m *session.Minutes) (*table, error) {
	t := &table{header: []string{"session", "level", "level_label", "present", "women", "youth", "names", "late", "left"},
		widths: []float64{22, 14, 16, 8, 8, 8, 80, 8, 8}}
	for _, a := range m.Attendance {
		t.rows = append(t.rows, []any{m.Session, a.Code, a.Level, a.Present, a.Women, a.Youth, strings.Join(a.Names, "; "), a.Late, a.Left})
	}
	return t, nil
}

// arrivalsSheet is one row per arrival or departure during the session.
func arrivalsSheet(w *workbook, m *session.Minutes) (*table, error) {
	t := &table{header: []string{"session", "time", "participant", "level", "level_label", "status", "status_label"},
		widths: []float64{22, 19, 24, 14, 16, 10, 14}}
	for _, c := range m.AttendanceChanges {
		t.rows = append(t.rows, []any{m.Session, w.when(c.At), c.Who, c.LevelCode, c.Level, c.Code, c.Status})
	}
	return t, nil
}

// speakingSheet is each group's speaking time against its presence.
func speakingSheet(w *workbook, m *session.Minutes) (*table, error) {
	t := &table{header: []string{"session", "group", "group_label", "duration", "seconds", "present", "time_share", "people_share"},
		widths: []float64{22, 14, 16, 10, 10, 8, 11, 12}}
	for _, s := range m.Speaking {
		t.rows = append(t.rows, []any{m.Session, s.Code, s.Group, w.span(s.Seconds), s.Seconds, s.Present,
			w.share(s.TimeFrac), w.share(s.PeopleFrac)})
	}
	return t, nil
}

// itemsSheet is one row per item and level position (one row for an item
// with no position yet).
func itemsSheet(w *workbook, m *session.Minutes) (*table, error) {
	t := &table{header: []string{"session", "item", "text", "status", "status_label", "raised_by", "from",
		"level", "level_label", "stance", "stance_label", "reason"},
		widths: []float64{22, 6, 50, 14, 18, 24, 22, 14, 16, 16, 22, 50}}
	for _, it := range m.Items {
		head := []any{m.Session, it.N, it.Text, it.Code, it.Status, it.RaisedBy, it.From}
		if len(it.Positions) == 0 {
			t.rows = append(t.rows, head)
		}
		for _, p := range it.Positions {
			t.rows = append(t.rows, append(head[:len(head):len(head)], p.LevelCode, p.Level, p.StanceCode, p.Stance, p.Reason))
		}
	}
	return t, nil
}

// actionsSheet is the actions agreed, then those carried from earlier
// sessions (their "from" says which).
func actionsSheet(w *workbook, m *session.Minutes) (*table, error) {
	t := &table{header: []string{"session", "action", "item", "what", "who", "with", "when", "horizon", "status", "status_label", "from"},
		widths: []float64{22, 7, 6, 50, 24, 24, 16, 9, 11, 14, 22}}
	for _, a := range append(append([]session.ActionRow(nil), m.Actions...), m.CarriedActs...) {
		t.rows = append(t.rows, []any{m.Session, a.N, opt(a.ItemN), a.What, a.Who, a.With, a.When, a.Horizon, a.Code, a.Status, a.From})
	}
	return t, nil
}

// leftAt is a speaker's departure as a date-time cell, or empty.
func leftAt(w *workbook, at string) any {
	if at == "" {
		return ""
	}
	return w.when(at)
}
