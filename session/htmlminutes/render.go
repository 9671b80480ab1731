// Package htmlminutes writes a session's minutes as one self-contained,
// printable HTML file: the same content as the Markdown minutes, built from
// the same (already anonymised) session.Minutes value, with the speaking
// time drawn as inline SVG bar charts. No script, no web font, no request:
// it opens and prints on an offline laptop; a browser's "Print to PDF"
// (or headless Chromium) makes the PDF.
package htmlminutes

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"strings"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
)

var (
	//go:embed minutes.html.tmpl
	pageText string
	//go:embed print.css
	printCSS string
)

// page is parsed once; each Render clones it and binds the catalog of the
// minutes' language (the functions here are placeholders for parsing).
var page = template.Must(template.New("minutes.html.tmpl").Funcs(funcs(nil)).Option("missingkey=error").Parse(pageText))

func funcs(cat *i18n.Catalog) template.FuncMap {
	t := func(key string, args ...any) string { return cat.T(key, args...) }
	return template.FuncMap{
		"t":     t,
		"label": func(s string) string { return t("print.label", s) },
		"join":  strings.Join,
	}
}

// data is what the page template sees: the minutes and what is drawn
// from them (the charts), never anything else of the session.
type data struct {
	M      *session.Minutes
	CSS    template.CSS
	Charts []*chart
}

// Render writes the minutes m as an HTML page. Whatever m holds, names
// included, is escaped; anonymity is m's: Render adds no text of its own
// but the catalog's.
func Render(m *session.Minutes) ([]byte, error) {
	cat := i18n.New(m.Lang, nil)
	tmpl, err := page.Clone()
	if err != nil {
		return nil, err
	}
	tmpl.Funcs(funcs(cat))
	d := data{M: m, CSS: template.CSS(printCSS), Charts: charts(cat, m.Speaking)}
	var buf bytes.Buffer
	buf.Grow(64 << 10)
	if err := tmpl.Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("html minutes: %w", err)
	}
	return buf.Bytes(), nil
}

// Catalog is the message catalog the page uses for a language (tests and
// tools that check its words).
func Catalog(lang string) *i18n.Catalog { return i18n.New(lang, nil) }
