package htmlminutes

import (
	"fmt"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

// A chart is one speaking-time bar chart, laid out in Go so that the
// template only places numbers: for each group a solid bar (its share of
// the speaking time) and a hatched one (its share of the people present),
// each with its percentage written beside it, so the chart reads in black
// and white and without colour vision.
type chart struct {
	ID     string // unique in the page: ids of the title, desc and hatch pattern
	Title  string
	Desc   string // every figure in words, for screen readers
	Width  int
	Height int
	Legend []legendEntry
	Bars   []bar
	Labels []label
	Rows   []session.ShareRow // the table beside the chart
	Total  *session.ShareRow  // its last row, set apart (the levels' chart)
}

type legendEntry struct {
	X, Y   int
	Hatch  bool
	Text   string
	TextX  int
	TextY  int
	Swatch int // swatch side
}

type bar struct {
	X, Y, W, H int
	Hatch      bool
	Value      string // the percentage, as the table writes it
	TextX      int
	TextY      int
}

type label struct {
	X, Y int
	Text string
}

// Chart geometry, in SVG user units (about a pixel; the SVG scales to its box).
const (
	chartWidth = 290
	barMax     = 210 // the length of 100 %
	barHeight  = 13
	groupH     = 54 // a group: its name, then two bars
	legendH    = 40
)

// newChart lays out the rows as bars; an empty row list gives no chart.
func newChart(cat *i18n.Catalog, id, title string, rows []session.ShareRow) *chart {
	if len(rows) == 0 {
		return nil
	}
	c := &chart{ID: id, Title: title, Width: chartWidth, Height: legendH + groupH*len(rows) + 4, Rows: rows}
	c.Desc = cat.T("print.chart_desc")
	c.Legend = []legendEntry{
		{X: 0, Y: 4, Swatch: 12, Text: cat.T("print.time_legend"), TextX: 18, TextY: 14},
		{X: 0, Y: 22, Swatch: 12, Hatch: true, Text: cat.T("print.people_legend"), TextX: 18, TextY: 32},
	}
	for i, r := range rows {
		c.Desc += " " + cat.T("print.chart_row", r.Group, r.TimeShare, r.PeopleShare)
		y := legendH + i*groupH
		c.Labels = append(c.Labels, label{X: 0, Y: y + 13, Text: r.Group})
		c.Bars = append(c.Bars,
			newBar(y+18, r.TimeRatio, r.TimeShare, false),
			newBar(y+18+barHeight+3, r.PeopleRatio, r.PeopleShare, true))
	}
	return c
}

func newBar(y int, ratio float64, value string, hatch bool) bar {
	w := int(ratio*barMax + 0.5)
	w = max(0, min(w, barMax))
	return bar{X: 0, Y: y, W: w, H: barHeight, Hatch: hatch, Value: value, TextX: w + 5, TextY: y + barHeight - 2}
}

// charts splits the speaking-time rows: the levels (with the total) and
// the other groups (women, youth).
func charts(cat *i18n.Catalog, rows []session.ShareRow) []*chart {
	var levels, groups []session.ShareRow
	var total *session.ShareRow
	for _, r := range rows {
		switch {
		case r.Pie:
			levels = append(levels, r)
		case r.Total:
			total = &r
		default:
			groups = append(groups, r)
		}
	}
	var out []*chart
	for i, c := range []*chart{
		newChart(cat, "levels", cat.T("print.chart_levels"), levels),
		newChart(cat, "groups", cat.T("print.chart_groups"), groups),
	} {
		if c != nil {
			if i == 0 {
				c.Total = total
			}
			c.ID = fmt.Sprintf("chart-%d-%s", i+1, c.ID)
			out = append(out, c)
		}
	}
	return out
}
