package report

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// reportCSS is for the screen and for A4 print: tables never split a row,
// headings stay with what follows.
const reportCSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.4}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}tr{break-inside:avoid}h1,h2,h3{break-after:avoid}figure{margin:1rem 0;break-inside:avoid}
figcaption{font-size:.9rem;color:#333}svg text{font-size:11px;fill:#111}
@page{size:A4;margin:18mm 15mm}@media print{body{margin:0;max-width:none}}`

// HTML renders the report as one self-contained page: no script, nothing
// fetched, the trend drawn as an inline SVG chart above its table.
func HTML(r *Report, lang string) []byte {
	cat := i18n.New(lang, nil)
	md := Markdown(r, lang)
	var body bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.Table)) // raw HTML in texts is never passed through
	if err := gm.Convert(md, &body); err != nil {
		body.Reset()
		body.WriteString("<pre>" + html.EscapeString(string(md)) + "</pre>")
	}
	page := body.String()
	if chart := trendChart(r, cat); chart != "" {
		// The chart goes just before the trend table it draws.
		if i := strings.Index(page, "<h2>"+html.EscapeString(cat.T("rep.trends"))); i >= 0 {
			page = page[:i] + chart + page[i:]
		}
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", cat.Lang())
	out.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
	fmt.Fprintf(&out, "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s</body>\n</html>\n",
		html.EscapeString(cat.T("rep.title")), reportCSS, page)
	return out.Bytes()
}

// series of the chart: colour, dash pattern and marker differ, so that it
// reads in black and white too.
var chartLines = []struct{ colour, dash string }{
	{"#b5179e", ""}, {"#2a9d8f", "6 3"}, {"#e76f51", "2 2"}, {"#264653", "8 3 2 3"}, {"#8a6d00", "1 3"},
}

// trendChart draws each group's share of speaking time, session by session.
func trendChart(r *Report, cat *i18n.Catalog) string {
	if len(r.Sessions) == 0 {
		return ""
	}
	const w, h, left, top, plotW, plotH = 640, 260, 40, 10, 440, 200
	n := len(r.Sessions)
	x := func(i int) float64 {
		if n == 1 {
			return left + plotW/2
		}
		return left + float64(i)*plotW/float64(n-1)
	}
	y := func(f float64) float64 { return top + plotH - f*plotH }
	var b strings.Builder
	title := cat.T("rep.chart")
	fmt.Fprintf(&b, "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"trend-title\">\n<title id=\"trend-title\">%s</title>\n",
		w, h, w, h, html.EscapeString(title))
	for _, p := range []float64{0, .25, .5, .75, 1} {
		fmt.Fprintf(&b, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
			left, left+plotW, y(p), y(p), left-4, y(p)+4, html.EscapeString(percent(p, cat)))
	}
	for i, s := range r.Sessions {
		fmt.Fprintf(&b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x(i), top+plotH+16, html.EscapeString(s.Date[5:]))
	}
	for g := range r.Sessions[0].Shares {
		line := chartLines[g%len(chartLines)]
		var pts []string
		for i, s := range r.Sessions {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(s.Shares[g].TimeShare)))
		}
		fmt.Fprintf(&b, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\" points=\"%s\"/>\n",
			line.colour, line.dash, strings.Join(pts, " "))
		ly := top + 14 + g*18
		fmt.Fprintf(&b, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n",
			left+plotW+16, left+plotW+46, ly, ly, line.colour, line.dash, left+plotW+52, ly+4,
			html.EscapeString(groupName(r.Sessions[0].Shares[g].Group, cat)))
	}
	fmt.Fprintf(&b, "</svg>\n<figcaption>%s</figcaption>\n</figure>\n", html.EscapeString(title))
	return b.String()
}
