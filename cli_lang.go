package main

import (
	"strings"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// langList names the languages baraza has a translation file for
// ("en, fr"), for --lang's error.
func langList() string {
	var ls []string
	for _, l := range i18n.Languages() {
		ls = append(ls, string(l))
	}
	return strings.Join(ls, ", ")
}
