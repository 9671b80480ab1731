package i18n

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/baraza-app/baraza/facilitation"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// The catalog lives in translation files, one per language
// (locales/en.toml, locales/fr.toml...), in go-i18n's TOML message format
// so translation tools know it: "key" = "text", or for a message about a
// number one form per CLDR plural category ("key".one = ..., "key".other =
// ...). Texts are fmt format strings. Adding a language is adding a file:
// docs/translating.md.
//
//go:embed locales/*.toml
var localeFS embed.FS

// message is one entry: its text, or its text per plural form.
type message struct {
	other string
	forms map[plural.Form]string // nil for a plain message
}

// locale is one language's messages.
type locale struct {
	tag      language.Tag
	messages map[string]message
}

var (
	locales    = map[Lang]*locale{}
	loadErrors []error
)

func init() {
	files, _ := fs.Glob(localeFS, "locales/*.toml")
	for _, f := range files {
		data, _ := localeFS.ReadFile(f)
		if err := AddLocale(path.Base(f), data); err != nil {
			loadErrors = append(loadErrors, err)
		}
	}
	// A plan's problems are said from this catalog (facilitation.Message).
	facilitation.SetSay(func(lang, key string, args []any) string { return New(lang, nil).T(key, args...) })
}

// Known reports whether lang ("sw", "fr_CD") has a translation file: a
// language the command line and plans may ask for.
func Known(lang string) bool {
	_, ok := resolve(lang)
	return ok
}

// resolve finds lang's translation: "fr", then "fr" for "fr-CD", "fr_ML"
// or "fr_FR.UTF-8".
func resolve(lang string) (Lang, bool) {
	l := Lang(strings.ToLower(strings.TrimSpace(lang)))
	if locales[l] != nil {
		return l, true
	}
	base, _, _ := strings.Cut(strings.NewReplacer("_", "-", ".", "-").Replace(string(l)), "-")
	return Lang(base), locales[Lang(base)] != nil
}

// LoadErrors lists the shipped translation files that could not be read
// (a test requires none); their language falls back to English.
func LoadErrors() []error { return loadErrors }

// Languages lists the languages with a translation file, sorted.
func Languages() []Lang {
	var ls []Lang
	for l := range locales {
		ls = append(ls, l)
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i] < ls[j] })
	return ls
}

var formNames = map[string]plural.Form{
	"zero": plural.Zero, "one": plural.One, "two": plural.Two,
	"few": plural.Few, "many": plural.Many, "other": plural.Other,
}

// AddLocale reads one translation file named LANG.toml (sw.toml, fr.toml)
// and adds or replaces that language. Errors name the file, line and column.
func AddLocale(name string, data []byte) error {
	code := strings.TrimSuffix(path.Base(name), ".toml")
	tag, err := language.Parse(code)
	if err != nil || code == name {
		return fmt.Errorf("%s: the file name must be a language code and .toml (sw.toml, ln.toml, bm.toml)", name)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		if pe, ok := err.(toml.ParseError); ok {
			return fmt.Errorf("%s:%d:%d: %s", name, pe.Position.Line, pe.Position.Col, pe.Message)
		}
		return fmt.Errorf("%s: %v", name, err)
	}
	loc := &locale{tag: tag, messages: map[string]message{}}
	if err := loc.add(name, "", raw); err != nil {
		return err
	}
	locales[Lang(strings.ToLower(code))] = loc
	facilitation.AddLanguage(strings.ToLower(code))
	return nil
}

// add reads a table: either one message's plural forms, or messages (which
// may nest: [board] title = ... is "board.title", as go-i18n reads it).
func (loc *locale) add(file, prefix string, table map[string]any) error {
	for k, v := range table {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		switch v := v.(type) {
		case string:
			loc.messages[key] = message{other: v}
		case map[string]any:
			if !isPlural(v) {
				if err := loc.add(file, key, v); err != nil {
					return err
				}
				continue
			}
			m, err := pluralMessage(file, key, v)
			if err != nil {
				return err
			}
			loc.messages[key] = m
		default:
			return fmt.Errorf("%s: %q: a message is text in quotes", file, key)
		}
	}
	return nil
}

func isPlural(t map[string]any) bool {
	for k := range t {
		if _, ok := formNames[k]; ok {
			return true
		}
	}
	return false
}

func pluralMessage(file, key string, t map[string]any) (message, error) {
	m := message{forms: map[plural.Form]string{}}
	for k, v := range t {
		s, ok := v.(string)
		if !ok {
			return m, fmt.Errorf("%s: %q.%s: a message is text in quotes", file, key, k)
		}
		if k == "description" || k == "hash" || k == "id" { // go-i18n's notes for translators
			continue
		}
		f, ok := formNames[k]
		if !ok {
			return m, fmt.Errorf("%s: %q.%s: not a plural form (zero, one, two, few, many, other)", file, key, k)
		}
		m.forms[f] = s
	}
	o, ok := m.forms[plural.Other]
	if !ok {
		return m, fmt.Errorf("%s: %q: a message with plural forms needs \"other\"", file, key)
	}
	m.other = o
	return m, nil
}

// form is the text for n: the CLDR plural category of n in the language
// (French: 0 and 1 are "one"), falling back to "other".
func (loc *locale) form(m message, n int) string {
	if m.forms == nil {
		return m.other
	}
	if n < 0 {
		n = -n
	}
	if s, ok := m.forms[plural.Cardinal.MatchPlural(loc.tag, n, 0, 0, 0, 0)]; ok {
		return s
	}
	return m.other
}
