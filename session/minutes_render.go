package session

import (
	"bytes"
	_ "embed"
	"io"
	"strings"
	"text/template"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

//go:embed minutes/minutes.md.tmpl
var defaultMinutesTemplate string

// MinutesTemplate parses a minutes template (the default when text is
// empty) with the functions templates may use: t "key" args... translates
// from the catalog; cell escapes a Markdown table cell; join joins strings;
// turnrows $ . writes a round's turns as the rows of a Markdown table.
// name is used in error messages (file:line).
func MinutesTemplate(name, text, lang string) (*template.Template, error) {
	return minutesTemplate(name, text, lang, nil)
}

// minutesTemplate is MinutesTemplate; with direct, turnrows writes the
// rows straight to it (the template's own output, in order) and returns
// "": for the default template only, whose turnrows is always printed.
func minutesTemplate(name, text, lang string, direct io.Writer) (*template.Template, error) {
	if text == "" {
		name, text = "minutes.md.tmpl", defaultMinutesTemplate
	}
	cat := i18n.New(lang, nil)
	funcs := template.FuncMap{
		"t":    func(key string, args ...any) string { return cat.T(key, args...) },
		"cell": cell,
		"join": strings.Join,
		"turnrows": func(m *Minutes, r RoundMinutes) string {
			return turnRows(m, r, cat.T("min.off_record"))
		},
	}
	if direct != nil {
		off := cat.T("min.off_record")
		funcs["turnrows"] = func(m *Minutes, r RoundMinutes) string {
			writeTurnRows(direct, m, r, off)
			return ""
		}
	}
	return template.New(name).Funcs(funcs).Option("missingkey=error").Parse(text)
}

// cell keeps a value inside its Markdown table cell.
func cell(s string) string {
	if isOneLine(s) && !strings.ContainsAny(s, "\\|\v\f\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000") {
		return s // nothing to escape or to join: most cells
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

// RenderMinutes writes the minutes with a template (nil: the default one).
func RenderMinutes(m *Minutes, tmpl *template.Template) ([]byte, error) {
	var buf bytes.Buffer
	if err := WriteMinutes(&buf, m, tmpl); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// turnRows is a round's turns as Markdown table rows, each after a line
// break: what a {{range}} over 10,000 turns wrote, without reflection.
func turnRows(m *Minutes, r RoundMinutes, offRecord string) string {
	var b strings.Builder
	b.Grow(len(r.Turns) * 96)
	writeTurnRows(&b, m, r, offRecord)
	return b.String()
}
