package session

import (
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
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
	if tmpl == nil {
		var err error
		if tmpl, err = MinutesTemplate("", "", m.Lang); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, m); err != nil {
		return nil, fmt.Errorf("minutes template: %w", err)
	}
	return sealMinutes(m, buf.Bytes()), nil
}

// turnRows is a round's turns as Markdown table rows, each after a line
// break: what a {{range}} over 10,000 turns wrote, without reflection.
func turnRows(m *Minutes, r RoundMinutes, offRecord string) string {
	var b strings.Builder
	b.Grow(len(r.Turns) * 96)
	for _, t := range r.Turns {
		b.WriteString("\n| ")
		b.WriteString(strconv.Itoa(t.N))
		b.WriteString(" | ")
		b.WriteString(cell(t.Speaker))
		if t.Level != "" && !m.Anonymous {
			b.WriteString(" (" + t.Level + ")")
		}
		if t.Kind != "" {
			b.WriteString(" — *" + t.Kind + "*")
		}
		b.WriteString(" | " + t.Duration + " | ")
		if t.OffRecord {
			b.WriteString(offRecord)
		} else {
			b.WriteString(cell(t.Note))
		}
		b.WriteString(" |")
	}
	return b.String()
}
