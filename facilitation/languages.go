package facilitation

import "slices"

// AddLanguage lets a plan's language key name code: the message catalog
// (facilitation/i18n) adds every language it has a translation file for,
// so a new file is all it takes for plans to speak a new language.
func AddLanguage(code string) {
	if code != "" && !slices.Contains(languages, code) {
		languages = append(languages, code)
	}
}

// Languages lists the codes a plan's language key accepts.
func Languages() []string { return slices.Clone(languages) }

// KnownLanguage reports whether a plan may name code.
func KnownLanguage(code string) bool { return slices.Contains(languages, code) }
