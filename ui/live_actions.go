package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// handleKey runs a key of the live screen when no dialog is open.
func (m *Live) handleKey(msg tea.KeyMsg) tea.Cmd {
	if m.quitAsked {
		m.quitAsked = false
		m.status = ""
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		return nil
	}
	if m.showBoard {
		return m.boardKey(msg)
	}
	k := m.keys
	if m.fullHelp && (msg.Type == tea.KeyEsc || key.Matches(msg, k.Quit)) {
		m.fullHelp = false // esc or q closes the help; q behind it never quits
		return nil
	}
	switch {
	case key.Matches(msg, k.Help):
		m.fullHelp = !m.fullHelp
	case key.Matches(msg, k.Board):
		m.showBoard, m.fullHelp = true, false
	case key.Matches(msg, k.Preview):
		return m.openPreview()
	case key.Matches(msg, k.Quit):
		return m.RequestQuit()
	case key.Matches(msg, k.Up):
		m.moveCursor(-1)
	case key.Matches(msg, k.Down):
		m.moveCursor(1)
	case key.Matches(msg, k.People):
		m.dialog = newPeopleDialog(m.c)
	case key.Matches(msg, k.Turns):
		m.dialog = newTurnsDialog(m.c)
	case key.Matches(msg, k.Note):
		m.dialog = newPrompt(m.c, m.c.cat.T("live.free_note"), "", func(s string) any { return freeNoteIntent{Text: s} })
	default:
		if m.j.projected.Closed {
			return m.closedKey(msg)
		}
		return m.recordingKey(msg)
	}
	return nil
}

// RequestQuit quits at once when everything is saved (the session stays
// open for resume); with actions still unsaved it asks to confirm first.
func (m *Live) RequestQuit() tea.Cmd {
	if n := m.j.unsaved(); n > 0 && !m.quitAsked {
		m.quitAsked = true
		m.status, m.statusBad = m.c.cat.N("live.quit_unsaved", n, n), true
		return nil
	}
	return tea.Quit
}

// closedKey: a closed session keeps only corrections to its turns.
func (m *Live) closedKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.OffRecord) {
		return m.toggleOffRecord()
	}
	m.say(true, "live.is_closed")
	return nil
}

// recordingKey runs the keys that record something.
func (m *Live) recordingKey(msg tea.KeyMsg) tea.Cmd {
	k, s := m.keys, m.j.projected
	switch {
	case key.Matches(msg, k.Queue):
		m.dialog = newPicker(m.c, pickQueue, facilitation.RequestSpeak)
	case key.Matches(msg, k.Reply):
		m.dialog = newPicker(m.c, pickQueue, facilitation.RequestReply)
	case key.Matches(msg, k.Clarify):
		m.dialog = newPicker(m.c, pickQueue, facilitation.RequestClarify)
	case key.Matches(msg, k.PointOfOrder):
		m.dialog = newPicker(m.c, pickQueue, facilitation.RequestOrder)
	case key.Matches(msg, k.GiveAnyone):
		m.dialog = newPicker(m.c, pickFloor, facilitation.RequestSpeak)
	case key.Matches(msg, k.Next):
		arranged := s.Arranged()
		if len(arranged) == 0 {
			m.say(false, "live.nobody_waiting")
			return nil
		}
		return m.apply(floorIntent{ID: arranged[0].ID})
	case key.Matches(msg, k.GiveSelected):
		if w, ok := m.selected(); ok {
			return m.apply(floorIntent{ID: w.ID})
		}
		m.say(false, "live.nobody_waiting")
	case key.Matches(msg, k.Remove):
		if w, ok := m.selected(); ok {
			return m.record(session.Event{Type: session.SpeakerRemoved, Participant: w.ID})
		}
	case key.Matches(msg, k.MoveUp):
		return m.moveSelected(-1)
	case key.Matches(msg, k.MoveDown):
		return m.moveSelected(1)
	case key.Matches(msg, k.EndTurn):
		return m.endTurn()
	case key.Matches(msg, k.Undo):
		return m.undo()
	case key.Matches(msg, k.Interpret):
		return m.toggleInterpretation()
	case key.Matches(msg, k.OffRecord):
		return m.toggleOffRecord()
	case key.Matches(msg, k.Pause):
		typ := session.SessionPaused
		if s.Paused {
			typ = session.SessionResumed
		}
		return m.record(session.Event{Type: typ})
	case key.Matches(msg, k.NextRound):
		return m.changeRound(1)
	case key.Matches(msg, k.PrevRound):
		return m.changeRound(-1)
	case key.Matches(msg, k.CloseSession):
		m.dialog = newReadBack(m.c, s) // the room approves what was agreed before anyone leaves
	}
	return nil
}

// selected is the queue entry under the cursor, as shown.
func (m *Live) selected() (session.Waiting, bool) {
	arranged := m.j.shown().Arranged()
	if m.cursor < 0 || m.cursor >= len(arranged) {
		return session.Waiting{}, false
	}
	return arranged[m.cursor], true
}

func (m *Live) moveCursor(d int) {
	n := len(m.j.shown().Queue)
	m.cursor = max(0, min(m.cursor+d, n-1))
}

// moveSelected moves the selected person up or down the queue; the cursor follows.
func (m *Live) moveSelected(d int) tea.Cmd {
	w, ok := m.selected()
	to := m.cursor + d
	if !ok || to < 0 || to >= len(m.j.shown().Queue) {
		return nil
	}
	m.cursor = to
	return m.record(session.Event{Type: session.SpeakerMoved, Participant: w.ID, Position: to + 1})
}

// giveFloor ends the running turn, gives the floor to id and opens the note
// prompt for the turn that ended: the note-taker writes while the next speaks.
func (m *Live) giveFloor(id string) tea.Cmd {
	s := m.j.projected
	var events []session.Event
	ended := s.Current
	if ended != nil {
		events = append(events, session.Event{Type: session.TurnEnded, Turn: ended.Number})
	}
	events = append(events, session.Event{Type: session.TurnStarted, Turn: len(s.Turns) + 1, Participant: id})
	cmd := m.record(events...)
	if ended != nil && !m.statusBad {
		m.openNotePrompt(ended)
	}
	m.clampCursor()
	return cmd
}

// endTurn asks for the turn's note first and ends the turn on enter, at the
// time e was pressed; esc leaves the turn running, with nothing recorded.
func (m *Live) endTurn() tea.Cmd {
	t := m.j.projected.Current
	if t == nil {
		m.say(false, "live.no_turn")
		return nil
	}
	name := t.Participant
	if p := m.j.projected.Person(t.Participant); p != nil {
		name = p.Name
	}
	n, at := t.Number, m.c.now()
	m.dialog = newPrompt(m.c, m.c.cat.T("hall.end_note", n, name), t.Note,
		func(s string) any { return endTurnIntent{Turn: n, Note: s, At: at} })
	return nil
}

func (m *Live) openNotePrompt(t *session.Turn) {
	name := t.Participant
	if p := m.j.projected.Person(t.Participant); p != nil {
		name = p.Name
	}
	n := t.Number
	m.dialog = newPrompt(m.c, m.c.cat.T("live.end_note", n, name), t.Note,
		func(s string) any { return turnNoteIntent{Turn: n, Note: s} })
}

func (m *Live) toggleInterpretation() tea.Cmd {
	t := m.j.projected.Current
	if t == nil {
		m.say(false, "live.no_turn")
		return nil
	}
	typ := session.InterpretationStart
	if t.Interpreting {
		typ = session.InterpretationEnd
	}
	return m.record(session.Event{Type: typ, Turn: t.Number})
}

// toggleOffRecord marks the running turn, or else the last one.
func (m *Live) toggleOffRecord() tea.Cmd {
	turns := m.j.projected.Turns
	if len(turns) == 0 {
		m.say(false, "live.no_turns_yet")
		return nil
	}
	t := turns[len(turns)-1]
	return m.record(session.Event{Type: session.TurnOffRecord, Turn: t.Number, OffRecord: !t.OffRecord})
}

func (m *Live) changeRound(d int) tea.Cmd {
	s := m.j.projected
	to := s.Round + d
	switch {
	case to > len(s.Rounds):
		m.say(false, "live.no_next_round")
		return nil
	case to < 1:
		m.say(false, "live.no_prev_round")
		return nil
	}
	var events []session.Event
	if _, rs, ok := s.CurrentRound(); ok && !rs.Done {
		events = append(events, session.Event{Type: session.RoundEnded, Round: s.Round})
	}
	m.cursor = 0
	return m.record(append(events, session.Event{Type: session.RoundStarted, Round: to})...)
}

func (m *Live) clampCursor() {
	m.cursor = max(0, min(m.cursor, len(m.j.projected.Queue)-1))
}

// apply turns a dialog's intent into log events.
func (m *Live) apply(intent any) tea.Cmd {
	switch in := intent.(type) {
	case queueIntent:
		if m.awayCheck(in.ID, in) {
			return nil
		}
		return m.record(session.Event{Type: session.SpeakerQueued, Participant: in.ID, Request: string(in.Kind)})
	case floorIntent:
		if cur := m.j.projected.Current; cur != nil && cur.Participant == in.ID {
			// Picked by mistake: ending and restarting their turn would cut it in two.
			if p := m.j.projected.Person(in.ID); p != nil {
				m.say(false, "live.already_speaking", p.Name)
			}
			return nil
		}
		if m.awayCheck(in.ID, in) {
			return nil
		}
		return m.giveFloor(in.ID)
	case backIntent:
		return m.back(in)
	case endTurnIntent:
		t := m.j.projected.Current
		if t == nil || t.Number != in.Turn {
			return nil
		}
		evs := []session.Event{{Type: session.TurnEnded, Turn: in.Turn}}
		if in.Note != t.Note {
			evs = append(evs, session.Event{Type: session.TurnNoted, Turn: in.Turn, Note: in.Note})
		}
		cmd, err := m.j.record(in.At, evs...)
		if err != nil {
			m.say(true, "live.refused", m.c.sayErr(err))
		} else {
			m.status = ""
		}
		return cmd
	case turnNoteIntent:
		if t := m.turn(in.Turn); t == nil || t.Note == in.Note {
			return nil
		}
		return m.record(session.Event{Type: session.TurnNoted, Turn: in.Turn, Note: in.Note})
	case freeNoteIntent:
		if in.Text == "" {
			return nil
		}
		return m.record(session.Event{Type: session.NoteTaken, Text: in.Text})
	case attendanceIntent:
		return m.record(session.Event{Type: session.AttendanceMarked, Participant: in.ID, Status: in.Status})
	case addPersonIntent:
		id := fmt.Sprintf("p%d", len(m.j.projected.People)+1)
		rec := session.PersonFromParticipant(id, in.Person)
		return m.record(session.Event{Type: session.ParticipantAdded, Person: &rec})
	case offRecordIntent:
		return m.record(session.Event{Type: session.TurnOffRecord, Turn: in.Turn, OffRecord: in.Off})
	case closeIntent:
		return m.record(session.Event{Type: session.SessionClosed})
	case correctIntent:
		return m.correct(in)
	case noticeIntent:
		m.status, m.statusBad = in.Text, in.Bad
		return nil
	case readBackIntent:
		return m.record(session.Event{Type: session.ReadBackRecorded, Level: string(in.Level), Status: in.Status, Reason: in.Reason})
	case boardStep:
		return in(m)
	}
	return nil
}

func (m *Live) turn(n int) *session.Turn {
	if n < 1 || n > len(m.j.projected.Turns) {
		return nil
	}
	return m.j.projected.Turns[n-1]
}

// openPreview shows the minutes so far, rendered in the background.
func (m *Live) openPreview() tea.Cmd {
	if m.pv == nil {
		m.pv = newPreview(m.c, m.dir)
	}
	m.showPreview, m.fullHelp = true, false
	w, h := m.c.width, m.c.height
	return m.pv.refresh(m.j.saved, w, max(h-8, 1))
}

// undo corrects the last turn, item, position or action that still counts:
// a void (or retract) written to the log, never a deletion.
func (m *Live) undo() tea.Cmd {
	events, ok := m.j.projected.Undo()
	if !ok {
		m.say(false, "corr.undo_none")
		return nil
	}
	cmd := m.record(events...)
	if !m.statusBad { // say what was undone: u is pressed in a hurry
		m.say(false, "corr.undone", describe(m.c.cat, m.j.projected, events[len(events)-1]))
	}
	return cmd
}
