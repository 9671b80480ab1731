package report

import (
	"fmt"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

// horizons in the order reports list them.
var horizons = []string{facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong, "date", "none"}

// actionStatuses in the order reports list them.
var actionStatuses = []string{facilitation.ActionPlanned, facilitation.ActionUnderWay, facilitation.ActionDone, facilitation.ActionDropped}

// Markdown renders the report as Markdown in lang ("en" or "fr").
func Markdown(r *Report, lang string) []byte {
	cat := i18n.New(lang, nil)
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("# %s", cat.T("rep.title"))
	line("")
	line("%s", cat.T("rep.filter", filterText(r.Filter, cat)))
	line("")
	line("%s", cat.T("rep.generated", r.Generated[:len("2006-01-02")], cat.N("rep.n_sessions", len(r.Sessions), len(r.Sessions))))
	if r.Filter.Anonymous {
		line("")
		line("%s", cat.T("rep.anonymous"))
	}
	line("")
	line("## %s", cat.T("rep.sessions"))
	line("")
	if len(r.Sessions) == 0 {
		line("%s", cat.T("rep.no_sessions"))
		return []byte(b.String())
	}
	table(&b, []string{cat.T("rep.col.date"), cat.T("rep.col.session"), cat.T("rep.col.site"), cat.Level(facilitation.Community),
		cat.Level(facilitation.CivilSociety), cat.Level(facilitation.Government), cat.T("rep.col.women"), cat.T("rep.col.youth"),
		cat.T("rep.col.turns"), cat.T("rep.col.time")}, func(add func(...string)) {
		for _, s := range r.Sessions {
			add(s.Date, cell(s.Title), cell(s.Site), itoa(s.PresentByLevel[0]), itoa(s.PresentByLevel[1]), itoa(s.PresentByLevel[2]),
				itoa(s.Women), itoa(s.Youth), itoa(s.Turns), clock(s.SpeakingSeconds))
		}
	})
	line("")
	line("## %s", cat.T("rep.trends"))
	line("")
	line("%s", cat.T("rep.trends_note"))
	line("")
	header := []string{cat.T("rep.col.date")}
	for _, g := range r.Sessions[0].Shares {
		header = append(header, groupName(g.Group, cat))
	}
	table(&b, header, func(add func(...string)) {
		for _, s := range r.Sessions {
			row := []string{s.Date}
			for _, g := range s.Shares {
				row = append(row, percent(g.TimeShare, cat)+" / "+percent(g.PeopleShare, cat))
			}
			add(row...)
		}
	})
	itemsSection(&b, r, cat)
	actionsSection(&b, r, cat)
	return []byte(b.String())
}

func itemsSection(b *strings.Builder, r *Report, cat *i18n.Catalog) {
	agreed, carried, open := 0, 0, 0
	for _, it := range r.Items {
		switch facilitation.ItemStatus(it.Status) {
		case facilitation.StatusAgreed, facilitation.StatusAgreedWithReservations:
			agreed++
		case facilitation.StatusOpen, facilitation.StatusDeferred, facilitation.StatusNoConsensus:
			open++
		}
		if it.Carried {
			carried++
		}
	}
	fmt.Fprintf(b, "\n## %s\n\n%s\n\n", cat.T("rep.items"), cat.T("rep.items_summary", len(r.Items), agreed, carried, open))
	if len(r.Items) == 0 {
		return
	}
	table(b, []string{cat.T("rep.col.item"), cat.T("rep.col.raised"), cat.T("rep.col.status"), cat.T("rep.col.days"), cat.T("rep.col.sessions")},
		func(add func(...string)) {
			for _, it := range r.Items {
				add(cell(it.Text), it.RaisedOn, cat.T("min.status."+it.Status), itoa(it.DaysOpen), itoa(len(it.Sessions)))
			}
		})
}

func actionsSection(b *strings.Builder, r *Report, cat *i18n.Catalog) {
	fmt.Fprintf(b, "\n## %s\n\n", cat.T("rep.actions"))
	header := []string{cat.T("rep.col.horizon")}
	for _, s := range actionStatuses {
		header = append(header, cat.T("board.action."+s))
	}
	header = append(header, cat.T("rep.total"))
	table(b, header, func(add func(...string)) {
		for _, h := range horizons {
			row, total := []string{cat.T("rep.h." + h)}, 0
			for _, s := range actionStatuses {
				n := 0
				for _, a := range r.Actions {
					if a.Horizon == h && a.Status == s {
						n++
					}
				}
				total += n
				row = append(row, itoa(n))
			}
			if total > 0 {
				add(append(row, itoa(total))...)
			}
		}
	})
	fmt.Fprintf(b, "\n### %s\n\n", cat.T("rep.open_actions"))
	var open []ActionTrack
	for _, a := range r.Actions {
		if a.Status == facilitation.ActionPlanned || a.Status == facilitation.ActionUnderWay {
			open = append(open, a)
		}
	}
	if len(open) == 0 {
		fmt.Fprintf(b, "%s\n", cat.T("rep.none"))
		return
	}
	table(b, []string{cat.T("rep.col.action"), cat.T("rep.col.who"), cat.T("rep.col.horizon"), cat.T("rep.col.status"),
		cat.T("rep.col.agreed"), cat.T("rep.col.days")}, func(add func(...string)) {
		for _, a := range open {
			when := cat.T("rep.h." + a.Horizon)
			if a.Horizon == "date" {
				when = a.When
			}
			add(cell(a.What), cell(a.Who), when, cat.T("board.action."+a.Status), a.AgreedOn, itoa(a.DaysOpen))
		}
	})
}

// table writes a Markdown table: a header, a rule, and the rows add gives.
func table(b *strings.Builder, header []string, rows func(add func(...string))) {
	fmt.Fprintf(b, "| %s |\n|%s\n", strings.Join(header, " | "), strings.Repeat(" --- |", len(header)))
	rows(func(cells ...string) { fmt.Fprintf(b, "| %s |\n", strings.Join(cells, " | ")) })
}

// cell makes text safe inside a table cell: one line, no column break.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

func itoa(n int) string { return fmt.Sprint(n) }

// clock writes seconds as h:mm:ss.
func clock(sec int) string { return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60) }

// percent writes a share as "39%" (English) or "39 %" (French, with a
// narrow no-break space).
func percent(f float64, cat *i18n.Catalog) string {
	n := int(f*100 + 0.5)
	if cat.Lang() == i18n.FR {
		return fmt.Sprintf("%d\u202f%%", n)
	}
	return fmt.Sprintf("%d%%", n)
}

func groupName(g string, cat *i18n.Catalog) string {
	switch g {
	case "women":
		return cat.T("rep.women")
	case "youth":
		return cat.T("rep.youth")
	}
	return cat.Level(facilitation.Level(g))
}

func filterText(f Filter, cat *i18n.Catalog) string {
	var parts []string
	for _, p := range [][2]string{{"series", f.Series}, {"site", f.Site}, {"since", f.Since}, {"until", f.Until}} {
		if p[1] != "" {
			parts = append(parts, cat.T("rep.filter."+p[0], p[1]))
		}
	}
	if len(parts) == 0 {
		return cat.T("rep.all")
	}
	return strings.Join(parts, ", ")
}
