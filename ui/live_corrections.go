package ui

import (
	"errors"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/session"
)

// correct records a correction from the turns list or the board. The fold
// checks it against the record first: a correction that makes no sense is
// refused with its reason in plain words, and nothing is written.
func (m *Live) correct(in correctIntent) tea.Cmd {
	if err := wouldFold(m.j.projected, m.c.now(), in.Events); err != nil {
		m.say(true, "corr.refused", plainRefusal(m.c, err))
		return nil
	}
	cmd, err := m.j.record(m.c.now(), in.Events...)
	if err != nil {
		m.say(true, "corr.refused", plainRefusal(m.c, err))
		return cmd
	}
	m.say(false, "corr.done", in.What)
	return cmd
}

// wouldFold tries several events on a copy of the state: the journal
// writes the first ones of a batch before it meets a refusal, and a
// correction (a void that ends the running turn first) is all or nothing.
func wouldFold(st *session.State, now time.Time, events []session.Event) error {
	if len(events) < 2 {
		return nil // the journal checks one event before writing it
	}
	try := st.Clone()
	for _, e := range events {
		e.V, e.Seq, e.At = session.FormatVersion, try.Seq+1, now.UTC()
		if err := try.Apply(e); err != nil {
			return err
		}
	}
	return nil
}

// plainRefusal is the fold's reason without the event's number and type,
// which mean nothing to the note-taker.
func plainRefusal(c *common, err error) string {
	var fe *session.FoldError
	if errors.As(err, &fe) {
		return c.sayErr(fe.Err)
	}
	return c.sayErr(err)
}
