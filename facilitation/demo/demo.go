// Package demo holds baraza's built-in demo plan, embedded in the binary so
// that `baraza demo` works on a fresh machine with nothing else.
package demo

import _ "embed"

var (
	//go:embed demo-en.toml
	planEN []byte
	//go:embed demo-fr.toml
	planFR []byte
)

// Plan returns the demo plan's file name (for messages) and TOML source in
// the given language: "fr" for French, anything else for English.
func Plan(lang string) (name string, source []byte) {
	if lang == "fr" {
		return "demo-fr.toml", append([]byte(nil), planFR...)
	}
	return "demo-en.toml", append([]byte(nil), planEN...)
}
