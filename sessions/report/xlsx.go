package report

import (
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session/xlsx"
)

// Sheet names of the report's workbook: stable codes, as the JSON's keys,
// so that workbooks in English and French line up (docs/archive.md).
const (
	SheetReport   = "report"
	SheetSessions = "sessions"
	SheetShares   = "speaking_shares"
	SheetItems    = "items"
	SheetActions  = "actions"
)

// XLSX renders the report as a workbook: one sheet per table, codes as in
// the JSON with their labels in lang beside them, numbers as numbers,
// dates as dates.
func XLSX(r *Report, lang string) ([]byte, error) {
	cat := i18n.New(lang, nil)
	b, err := xlsx.NewBook()
	if err != nil {
		return nil, err
	}
	for _, s := range []struct {
		name   string
		header []string
		widths []float64
		rows   [][]any
	}{
		{SheetReport, []string{"field", "value"}, []float64{14, 40}, reportRows(r)},
		{SheetSessions, []string{"session", "date", "title", "series", "site", "closed", "turns", "present",
			"present_community", "present_civil_society", "present_government", "women", "youth", "speaking_seconds", "speaking"},
			[]float64{30, 11, 40, 24, 16, 8, 7, 8, 10, 10, 10, 8, 8, 10, 10}, sessionRows(b, r)},
		{SheetShares, []string{"session", "date", "group", "group_label", "time_share", "people_share"},
			[]float64{30, 11, 14, 16, 11, 12}, shareRows(b, r, cat)},
		{SheetItems, []string{"text", "level", "level_label", "raised_on", "status", "status_label", "settled_on",
			"days_open", "carried_over", "sessions"}, []float64{50, 14, 16, 11, 14, 18, 11, 9, 9, 60}, itemRows(b, r, cat)},
		{SheetActions, []string{"what", "who", "with", "when", "horizon", "horizon_label", "status", "status_label",
			"agreed_on", "days_open", "sessions"}, []float64{50, 24, 24, 14, 9, 14, 11, 14, 11, 9, 60}, actionRows(b, r, cat)},
	} {
		if err := b.Sheet(s.name, s.header, s.widths, s.rows); err != nil {
			return nil, err
		}
	}
	return b.Bytes()
}

func reportRows(r *Report) [][]any {
	f := r.Filter
	return [][]any{{"format", r.Format}, {"generated", r.Generated}, {"series", f.Series}, {"site", f.Site},
		{"since", f.Since}, {"until", f.Until}, {"anonymous", f.Anonymous}, {"sessions", len(r.Sessions)}}
}

func sessionRows(b *xlsx.Book, r *Report) [][]any {
	var rows [][]any
	for _, s := range r.Sessions {
		rows = append(rows, []any{s.ID, b.Day(s.Date), s.Title, s.Series, s.Site, s.Closed, s.Turns, s.Present,
			s.PresentByLevel[0], s.PresentByLevel[1], s.PresentByLevel[2], s.Women, s.Youth, s.SpeakingSeconds, b.Span(s.SpeakingSeconds)})
	}
	return rows
}

func shareRows(b *xlsx.Book, r *Report, cat *i18n.Catalog) [][]any {
	var rows [][]any
	for _, s := range r.Sessions {
		for _, g := range s.Shares {
			rows = append(rows, []any{s.ID, b.Day(s.Date), g.Group, groupName(g.Group, cat), b.Share(g.TimeShare), b.Share(g.PeopleShare)})
		}
	}
	return rows
}

func itemRows(b *xlsx.Book, r *Report, cat *i18n.Catalog) [][]any {
	var rows [][]any
	for _, it := range r.Items {
		level := ""
		if it.Level != "" {
			level = cat.Level(facilitation.Level(it.Level))
		}
		rows = append(rows, []any{it.Text, it.Level, level, b.Day(it.RaisedOn), it.Status, cat.T("min.status." + it.Status),
			b.Day(it.SettledOn), it.DaysOpen, it.Carried, strings.Join(it.Sessions, "; ")})
	}
	return rows
}

func actionRows(b *xlsx.Book, r *Report, cat *i18n.Catalog) [][]any {
	var rows [][]any
	for _, a := range r.Actions {
		rows = append(rows, []any{a.What, a.Who, a.With, a.When, a.Horizon, cat.T("rep.h." + a.Horizon), a.Status,
			cat.T("board.action." + a.Status), b.Day(a.AgreedOn), a.DaysOpen, strings.Join(a.Sessions, "; ")})
	}
	return rows
}
