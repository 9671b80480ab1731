package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

type amendFlags struct {
	turn, item, action                  int
	void, retract                       bool
	to, time, request, level, reason    string
	what, who, with, when, status       string
	whoSet, withSet, whenSet, statusSet bool
}

func (c *cli) amendCommand() *cobra.Command {
	var f amendFlags
	cmd := &cobra.Command{
		Use:   "amend ID",
		Short: "Correct a closed session after the close: the minutes get an addendum",
		Long: `Reopen a closed session for corrections only: no new turns, items or
positions. Each amendment is an event marked as after the close; the
minutes keep the approved text, with its fingerprint, and add an addendum
listing each amendment with its time and reason, with its own fingerprint.

One amendment per run:
  --turn N --void                 the turn was recorded in error
  --turn N --to NAME|ID           the turn was someone else's
  --turn N --time M:SS            the turn's counted time
  --turn N --request KIND         speak, reply, clarify or point_of_order
  --item N --void                 the item was recorded in error
  --item N --level L --retract    the level's position on the item is withdrawn
  --action N --retract            the action is withdrawn
  --action N --who/--with/--when/--what/--status ...   the action changes
--reason says why (it goes into the addendum).`,
		Example: "  baraza amend 2026-03-14-0930 --action 2 --who \"Chef de quartier\" --reason \"the chief took it on\"\n" +
			"  baraza amend 2026-03-14-0930 --turn 7 --to \"Amani Kahindo\"",
		Args: cobra.ExactArgs(1),
		RunE: c.action(func(args []string) error { return c.amend(args[0], f) }),
	}
	fl := cmd.Flags()
	fl.IntVar(&f.turn, "turn", 0, "the turn to correct (its number in the minutes)")
	fl.IntVar(&f.item, "item", 0, "the item to correct, or whose position to retract")
	fl.IntVar(&f.action, "action", 0, "the action to retract or change")
	fl.BoolVar(&f.void, "void", false, "recorded in error: counts for nothing")
	fl.BoolVar(&f.retract, "retract", false, "withdraw a position (with --item and --level) or an action")
	fl.StringVar(&f.to, "to", "", "with --turn: the right speaker (a name or an id such as p3)")
	fl.StringVar(&f.time, "time", "", "with --turn: the counted time, M:SS")
	fl.StringVar(&f.request, "request", "", "with --turn: speak, reply, clarify or point_of_order")
	fl.StringVar(&f.level, "level", "", "with --item --retract: community, civil_society or government")
	fl.StringVar(&f.reason, "reason", "", "why (goes into the addendum)")
	fl.StringVar(&f.what, "what", "", "with --action: what will be done")
	fl.StringVar(&f.who, "who", "", "with --action: who is responsible")
	fl.StringVar(&f.with, "with", "", "with --action: with whom")
	fl.StringVar(&f.when, "when", "", "with --action: a date (YYYY-MM-DD) or short, medium, long")
	fl.StringVar(&f.status, "status", "", "with --action: planned, under_way, done or dropped")
	cmd.PreRun = func(cmd *cobra.Command, _ []string) {
		f.whoSet, f.withSet = cmd.Flags().Changed("who"), cmd.Flags().Changed("with")
		f.whenSet, f.statusSet = cmd.Flags().Changed("when"), cmd.Flags().Changed("status")
	}
	return cmd
}

func (c *cli) amend(id string, f amendFlags) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	w, err := a.OpenForWriting(id)
	if err != nil {
		return err
	}
	defer w.Close()
	st, err := session.Fold(w.Events)
	if err != nil {
		return fmt.Errorf("%s: %w", w.Dir, err)
	}
	if !st.Closed {
		return facilitation.Msg("cli.err.amend_not_closed", w.ID)
	}
	e, err := amendment(st, f)
	if err != nil {
		return usageError{err}
	}
	e.AfterClose = true
	e.Reason = strings.TrimSpace(f.reason)
	// Check on a copy first: a refused amendment writes nothing.
	trial := st.Clone()
	probe := e
	probe.V, probe.Seq, probe.At = session.FormatVersion, st.Seq+1, time.Now().UTC()
	if err := trial.Apply(probe); err != nil {
		var fe *session.FoldError
		if errors.As(err, &fe) {
			err = fe.Err
		}
		return facilitation.Msg("cli.err.amend_refused", err)
	}
	if _, err := w.Log.Append(e); err != nil {
		return err
	}
	fmt.Fprintf(c.stderr, "baraza: %s\n", c.t("cli.amend.done", w.ID, w.ID))
	return nil
}

// amendment builds the event the flags ask for.
func amendment(st *session.State, f amendFlags) (session.Event, error) {
	switch {
	case f.turn > 0:
		if f.turn > len(st.Turns) {
			return session.Event{}, facilitation.Msg("cli.err.amend_turn", f.turn, len(st.Turns))
		}
		e := session.Event{Type: session.Corrected, Corrects: st.Turns[f.turn-1].StartSeq}
		switch {
		case f.void:
			e.Correction = session.CorrVoid
		case f.to != "":
			p := findPerson(st, f.to)
			if p == nil {
				return e, facilitation.Msg("cli.err.amend_to", f.to)
			}
			e.Correction, e.Participant = session.CorrReassign, p.ID
		case f.time != "":
			d, err := parseMinSec(f.time)
			if err != nil {
				return e, err
			}
			ms := d.Milliseconds()
			e.Correction, e.CountedMs = session.CorrAdjust, &ms
		case f.request != "":
			e.Correction, e.Request = session.CorrRequest, f.request
		default:
			return e, facilitation.Msg("cli.err.amend_turn_what")
		}
		return e, nil
	case f.item > 0 && f.retract:
		if f.item > len(st.Items) {
			return session.Event{}, facilitation.Msg("cli.err.amend_no_item", f.item)
		}
		pos, ok := st.Items[f.item-1].Positions[facilitation.Level(f.level)]
		if !ok {
			return session.Event{}, facilitation.Msg("cli.err.amend_no_position", f.item, f.level)
		}
		return session.Event{Type: session.Corrected, Corrects: pos.Seq, Correction: session.CorrRetract}, nil
	case f.item > 0 && f.void:
		if f.item > len(st.Items) || st.Items[f.item-1].Seq == 0 {
			return session.Event{}, facilitation.Msg("cli.err.amend_no_item_void", f.item)
		}
		return session.Event{Type: session.Corrected, Corrects: st.Items[f.item-1].Seq, Correction: session.CorrVoid}, nil
	case f.action > 0 && (f.retract || f.void):
		if f.action > len(st.Actions) {
			return session.Event{}, facilitation.Msg("cli.err.amend_no_action", f.action)
		}
		kind := session.CorrRetract
		if f.void {
			kind = session.CorrVoid
		}
		return session.Event{Type: session.Corrected, Corrects: st.Actions[f.action-1].Seq, Correction: kind}, nil
	case f.action > 0:
		if f.what == "" && !f.whoSet && !f.withSet && !f.whenSet && !f.statusSet {
			return session.Event{}, facilitation.Msg("cli.err.amend_action_what")
		}
		return session.Event{Type: session.ActionUpdated, Action: &session.ActionRecord{ID: f.action, What: f.what,
			Who: f.who, With: f.with, When: f.when, Status: f.status}}, nil
	}
	return session.Event{}, facilitation.Msg("cli.err.amend_what")
}

func findPerson(st *session.State, s string) *session.Person {
	if p := st.Person(s); p != nil {
		return p
	}
	for _, p := range st.People {
		if strings.EqualFold(p.Name, s) {
			return p
		}
	}
	return nil
}

// parseMinSec reads M:SS (or H:MM:SS) as a duration.
func parseMinSec(s string) (time.Duration, error) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	var d time.Duration
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || len(parts) > 3 {
			return 0, facilitation.Msg("cli.err.amend_time", s)
		}
		d = d*60 + time.Duration(n)
	}
	if len(parts) == 1 {
		d *= 60 // a bare number is minutes
	}
	return d * time.Second, nil
}
