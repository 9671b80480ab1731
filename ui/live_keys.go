package ui

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// liveKeys is the live screen's keymap. Letters are mnemonic in English and
// the same in French; the help texts come from the catalog.
type liveKeys struct {
	Queue, Reply, Clarify, PointOfOrder key.Binding
	Up, Down, MoveUp, MoveDown, Remove  key.Binding
	Next, GiveSelected, GiveAnyone      key.Binding
	EndTurn, Interpret, OffRecord       key.Binding
	Pause, NextRound, PrevRound         key.Binding
	People, Turns, Note, CloseSession   key.Binding
	Board, Preview, Undo                key.Binding
	Share                               key.Binding // the facilitator's screen only (share.go)
	Help, Quit                          key.Binding
}

func newLiveKeys(cat *i18n.Catalog) liveKeys {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], cat.T(help)))
	}
	return liveKeys{
		Queue:        b("key.queue", "a"),
		Reply:        b("key.reply", "r"),
		Clarify:      b("key.clarify", "c"),
		PointOfOrder: b("key.point_of_order", "!"),
		Up:           key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", cat.T("key.up"))),
		Down:         key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", cat.T("key.down"))),
		MoveUp:       b("key.move_up", "K", "shift+up"),
		MoveDown:     b("key.move_down", "J", "shift+down"),
		Remove:       b("key.remove", "x", "delete"),
		Next:         b("key.next", "n"),
		GiveSelected: b("key.give_selected", "enter"),
		GiveAnyone:   b("key.give_anyone", "g"),
		EndTurn:      b("key.end_turn", "e"),
		Interpret:    b("key.interpret", "i"),
		OffRecord:    b("key.off_record", "o"),
		Pause:        b("key.pause", "p", " "),
		NextRound:    b("key.next_round", "]"),
		PrevRound:    b("key.prev_round", "["),
		People:       b("key.people", "w"),
		Turns:        b("key.turns", "l"),
		Note:         b("key.note", "t"),
		Undo:         b("live.key.undo", "u"),
		CloseSession: b("key.close", "C"),
		Board:        b("key.board", "b"),
		Preview:      b("key.preview", "v"),
		Help:         b("key.help", "?"),
		Quit:         b("key.quit", "q"),
		Share: key.NewBinding(key.WithKeys("S", "f2"), key.WithHelp("S", cat.T("serve.key.share")),
			key.WithDisabled()),
	}
}

// ShortHelp is the footer: the keys used every minute.
func (k liveKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Queue, k.Next, k.EndTurn, k.Pause, k.People, k.Board, k.Help, k.Quit}
}

// FullHelp is every key, in three columns by purpose (fits 80 columns).
func (k liveKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Queue, k.Reply, k.Clarify, k.PointOfOrder, k.Remove, k.MoveUp, k.MoveDown, k.Up, k.Down},
		{k.Next, k.GiveSelected, k.GiveAnyone, k.EndTurn, k.Interpret, k.OffRecord, k.Note, k.Turns, k.Undo},
		{k.Pause, k.NextRound, k.PrevRound, k.People, k.Board, k.Preview, k.CloseSession, k.Share, k.Help, k.Quit},
	}
}
