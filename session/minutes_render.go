package session

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

//go:embed minutes/minutes.md.tmpl
var defaultMinutesTemplate string

// MinutesTemplate parses a minutes template (the default when text is
// empty) with the functions templates may use: t "key" args... translates
// from the catalog; cell escapes a Markdown table cell; join joins strings.
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
	}
	return template.New(name).Funcs(funcs).Option("missingkey=error").Parse(text)
}

// cell keeps a value inside its Markdown table cell.
func cell(s string) string {
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
