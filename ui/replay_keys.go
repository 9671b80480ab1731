package ui

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// replayKeys is the replay's keymap.
type replayKeys struct {
	Play, Faster, Slower, StepOn, StepBack   key.Binding
	NextTurn, PrevTurn, NextRound, PrevRound key.Binding
	Seek, Annotate, Help, Quit               key.Binding
	Board, Up, Down                          key.Binding
}

func newReplayKeys(cat *i18n.Catalog) replayKeys {
	b := func(helpKey, help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, cat.T(help)))
	}
	return replayKeys{
		Play:      b("space", "replay.key.play", " ", "space"),
		Faster:    b("+", "replay.key.faster", "+", "="),
		Slower:    b("-", "replay.key.slower", "-"),
		StepOn:    b("→", "replay.key.step_on", "right", "l"),
		StepBack:  b("←", "replay.key.step_back", "left", "h"),
		NextTurn:  b("n", "replay.key.next_turn", "n"),
		PrevTurn:  b("N", "replay.key.prev_turn", "N"),
		NextRound: b("]", "replay.key.next_round", "]"),
		PrevRound: b("[", "replay.key.prev_round", "["),
		Seek:      b("g", "replay.key.seek", "g"),
		Annotate:  b("a", "replay.key.annotate", "a"),
		Help:      b("?", "key.help", "?"),
		Quit:      b("q", "replay.key.quit", "q"),
		Board:     b("b", "key.board", "b"),
		Up:        b("↑", "key.up", "up", "k"),
		Down:      b("↓", "key.down", "down", "j"),
	}
}

// ShortHelp is the footer.
func (k replayKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Play, k.Faster, k.StepBack, k.StepOn, k.NextTurn, k.Seek, k.Annotate, k.Board, k.Help, k.Quit}
}

// FullHelp is every key.
func (k replayKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Play, k.Faster, k.Slower, k.StepOn, k.StepBack},
		{k.NextTurn, k.PrevTurn, k.NextRound, k.PrevRound},
		{k.Seek, k.Annotate, k.Board, k.Up, k.Down, k.Help, k.Quit},
	}
}
