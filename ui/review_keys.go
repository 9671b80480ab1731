package ui

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// reviewKeys is the anonymity review's keymap.
type reviewKeys struct {
	Up, Down, Redact, Keep, RedactAll, KeepAll, Term, Back, Help key.Binding
	Everywhere                                                   key.Binding // R/K in the short help
}

func newReviewKeys(cat *i18n.Catalog) reviewKeys {
	return reviewKeys{
		Up:         keyHelp(cat, "↑/↓", "review.key.move", "up"),
		Down:       key.NewBinding(key.WithKeys("down")),
		Redact:     dlgKey(cat, "review.key.redact", "r"),
		Keep:       dlgKey(cat, "review.key.keep", "k"),
		RedactAll:  dlgKey(cat, "review.key.redact_all", "R"),
		KeepAll:    dlgKey(cat, "review.key.keep_all", "K"),
		Term:       dlgKey(cat, "review.key.term", "t"),
		Back:       dlgKey(cat, "review.key.back", "esc"),
		Help:       dlgKey(cat, "review.key.help", "?"),
		Everywhere: keyHelp(cat, "R/K", "review.key.everywhere", "R", "K"),
	}
}

// ShortHelp is the footer.
func (k reviewKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Redact, k.Keep, k.Everywhere, k.Term, k.Back, k.Help}
}

// FullHelp is the footer on ?.
func (k reviewKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Redact, k.Keep}, {k.RedactAll, k.KeepAll}, {k.Term, k.Back, k.Help}}
}
