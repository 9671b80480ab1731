package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// raiseFlow: the item's text, then who raised it (a level as a whole, or a
// person found by typing a few letters).
func (m *Live) raiseFlow() {
	cat := m.c.cat
	m.dialog = newPrompt(m.c, cat.T("board.raise_text"), "", func(text string) any {
		if text == "" {
			return nil
		}
		return boardStep(func(m *Live) tea.Cmd {
			st := m.j.projected
			var options []string
			for _, l := range facilitation.Levels {
				options = append(options, cat.T("board.as_level", cat.Level(l)))
			}
			for _, p := range st.People {
				options = append(options, p.Name+" · "+cat.LevelBadge(p.Level))
			}
			m.dialog = newChooser(m.c, cat.T("board.raise_by"), options, func(i int) any {
				return boardStep(func(m *Live) tea.Cmd {
					// The number docs/session-log.md promises, so that readers
					// of the log need not count items themselves.
					e := session.Event{Type: session.ItemRaised, Text: text, Item: len(m.j.projected.Items) + 1}
					if i < len(facilitation.Levels) {
						e.Level = string(facilitation.Levels[i])
					} else {
						e.Participant = st.People[i-len(facilitation.Levels)].ID
					}
					m.brd.cursor = len(m.j.projected.LiveItems()) // the new item
					return m.record(e)
				})
			})
			return nil
		})
	})
}

// positionFlow: which level, which stance on the plan's scale, then why —
// asked firmly for reservations and blocks, as an option otherwise.
func (m *Live) positionFlow(item int) {
	cat := m.c.cat
	var levels []string
	for _, l := range facilitation.Levels {
		levels = append(levels, cat.Level(l))
	}
	m.dialog = newChooser(m.c, cat.T("board.which_level", item), levels, func(li int) any {
		return boardStep(func(m *Live) tea.Cmd {
			level := facilitation.Levels[li]
			scale := m.j.projected.Plan.ConsensusScale
			stances := scale.Stances()
			var words []string
			for _, s := range stances {
				words = append(words, stanceSymbol(scale, s)+" "+cat.T("board.long."+string(s)))
			}
			if _, has := m.j.projected.Items[item-1].Positions[level]; has {
				words = append(words, cat.T("board.no_position")) // a position recorded for the wrong level
			}
			m.dialog = newChooser(m.c, cat.T("board.which_stance", cat.Level(level), item), words, func(si int) any {
				return boardStep(func(m *Live) tea.Cmd {
					if si == len(stances) {
						return m.record(session.Event{Type: session.PositionCleared, Item: item, Level: string(level)})
					}
					stance := stances[si]
					ask := "board.reason_opt"
					needed := scale.NeedsReason(stance)
					if needed {
						ask = "board.reason_needed"
					}
					p := newPrompt(m.c, cat.T(ask), "", func(reason string) any {
						return boardStep(func(m *Live) tea.Cmd {
							return m.record(session.Event{Type: session.PositionRecorded, Item: item,
								Level: string(level), Stance: string(stance), Reason: reason})
						})
					})
					if needed { // an empty enter keeps the prompt, so nothing typed next leaks into the board
						p.withCheck(func(r string) string {
							if r == "" {
								return cat.T("hall.need_reason")
							}
							return ""
						})
					}
					m.dialog = p
					return nil
				})
			})
			return nil
		})
	})
}

// actionFlow asks what, who, with whom and by when, one line at a time, for
// an agreed item.
func (m *Live) actionFlow(it *session.Item) {
	st := m.j.projected.ItemStatus(it)
	if st != facilitation.StatusAgreed && st != facilitation.StatusAgreedWithReservations {
		m.say(false, "board.not_agreed", it.Number)
		return
	}
	cat, n := m.c.cat, it.Number
	rec := &session.ActionRecord{Status: facilitation.ActionPlanned}
	ask := func(title string, set func(string), next func(m *Live)) *prompt {
		return newPrompt(m.c, title, "", func(s string) any {
			return boardStep(func(m *Live) tea.Cmd { set(s); next(m); return nil })
		})
	}
	m.dialog = newPrompt(m.c, cat.T("board.action_what", n), "", func(what string) any {
		if what == "" {
			return nil
		}
		rec.What = what
		return boardStep(func(m *Live) tea.Cmd {
			m.dialog = ask(cat.T("board.action_who"), func(s string) { rec.Who = s }, func(m *Live) {
				m.dialog = ask(cat.T("board.action_with"), func(s string) { rec.With = s }, func(m *Live) {
					m.dialog = newPrompt(m.c, cat.T("hall.when"), "", func(when string) any {
						return boardStep(func(m *Live) tea.Cmd {
							rec.When, _ = cat.ParseWhen(when) // the check let only readable answers through
							return m.record(session.Event{Type: session.ActionAgreed, Item: n, Action: rec})
						})
					}).withCheck(func(when string) string {
						if _, ok := cat.ParseWhen(when); !ok {
							return cat.T("hall.bad_when", when)
						}
						return ""
					})
				})
			})
			return nil
		})
	})
}

// updateActionFlow: which action (the selected item's first, then all the
// others, carried ones included), then its new status.
func (m *Live) updateActionFlow() {
	st, cat := m.j.projected, m.c.cat
	var order []*session.Action
	if it := m.selectedItem(); it != nil {
		order = append(order, st.ActionsOf(it.Number)...)
	}
	for _, a := range st.Actions {
		if len(order) == 0 || !containsAction(order, a) {
			order = append(order, a)
		}
	}
	if len(order) == 0 {
		m.say(false, "board.no_action")
		return
	}
	var labels []string
	for _, a := range order {
		labels = append(labels, a.What+" · "+cat.T("board.action."+a.Status))
	}
	m.dialog = newChooser(m.c, cat.T("board.which_action"), labels, func(i int) any {
		return boardStep(func(m *Live) tea.Cmd {
			a := order[i]
			statuses := []string{facilitation.ActionPlanned, facilitation.ActionUnderWay, facilitation.ActionDone, facilitation.ActionDropped}
			var words []string
			for _, s := range statuses {
				words = append(words, cat.T("board.action."+s))
			}
			m.dialog = newChooser(m.c, cat.T("board.new_status", a.What), words, func(si int) any {
				return boardStep(func(m *Live) tea.Cmd {
					m.reviewComment(a, statuses[si])
					return nil
				})
			})
			return nil
		})
	})
}

func containsAction(list []*session.Action, a *session.Action) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}
