package session

import (
	"fmt"
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

// CorrectionRow is one correction, or one amendment after the close, as the
// minutes and the JSON export give it. Original is the event corrected as
// it was recorded (names replaced by the minutes' attribution).
type CorrectionRow struct {
	Seq        int64        `json:"seq"`
	Time       string       `json:"time"` // the session's clock, e.g. "10:12"
	At         string       `json:"at"`   // RFC 3339
	Kind       string       `json:"kind"` // void, retract, reassign, adjust, request; or the event type of an amendment
	Text       string       `json:"text"` // what changed, in the minutes' language
	Reason     string       `json:"reason,omitempty"`
	AfterClose bool         `json:"after_close,omitempty"`
	Original   *OriginalRow `json:"original,omitempty"`
}

// OriginalRow is the event a correction names, as it was recorded.
type OriginalRow struct {
	Seq     int64  `json:"seq"`
	Type    string `json:"type"`
	At      string `json:"at"`
	Turn    int    `json:"turn,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Request string `json:"request,omitempty"`
	Item    int    `json:"item,omitempty"`
	Level   string `json:"level,omitempty"`
	Stance  string `json:"stance,omitempty"`
	Action  int    `json:"action,omitempty"`
}

// ReadBackMinutes says whether, when and by which levels the read-back at
// the close was approved.
type ReadBackMinutes struct {
	Approved   bool     `json:"approved"` // by every level asked, none refusing
	At         string   `json:"at,omitempty"`
	ApprovedBy []string `json:"approved_by"`
	RefusedBy  []string `json:"refused_by"`
	Reasons    []string `json:"reasons,omitempty"` // why a level refused, or its remarks when it approved with remarks
	Sentence   string   `json:"text"`              // the line the minutes print
	Recorded   bool     `json:"recorded"`          // a read-back was recorded at all
}

// atClose is the state as the room approved it: the log folded up to
// session_closed. What came after is the addendum. The anonymity review
// stays the latest: redactions decided after the close apply everywhere.
func (s *State) atClose() *State {
	if !s.Closed {
		return s
	}
	if st := s.stream; st != nil { // kept as it was at the close, if anything followed
		if st.closed == nil {
			return s
		}
		c := *st.closed
		c.Review = s.Review
		return &c
	}
	for i, e := range s.log {
		if e.Type == SessionClosed {
			if i == len(s.log)-1 {
				return s
			}
			st, err := Fold(s.log[:i+1])
			if err != nil {
				return s
			}
			st.Review = s.Review
			return st
		}
	}
	return s
}

// amendments are the events after the close that change the record.
func (s *State) amendments() []Event {
	if s.stream != nil {
		return s.stream.amends
	}
	var out []Event
	closed := false
	for _, e := range s.log {
		switch {
		case e.Type == SessionClosed:
			closed = true
		case closed && isAmendment(e.Type):
			out = append(out, e)
		}
	}
	return out
}

func (b *minutesBuilder) corrections(final *State) (during, after []CorrectionRow) {
	for i, c := range final.Corrections {
		row := b.correction(final, c, i+1)
		if c.AfterClose {
			after = append(after, row)
		} else {
			during = append(during, row)
		}
	}
	for _, e := range final.amendments() {
		row := CorrectionRow{Seq: e.Seq, Time: b.dateTime(e.At), At: e.At.UTC().Format(time.RFC3339),
			Kind: string(e.Type), AfterClose: true, Reason: b.text(oneLine(e.Reason), place{"amendment", int(e.Seq), ""})}
		switch e.Type {
		case ActionUpdated:
			row.Text = b.cat.T("corr.action_updated", fmt.Sprint(e.Action.ID), b.actionChange(final, e.Action))
		case TurnNoted:
			row.Text = b.cat.T("corr.turn_noted", fmt.Sprint(e.Turn))
		case TurnOffRecord:
			key := "corr.turn_on_record"
			if e.OffRecord {
				key = "corr.turn_off_record"
			}
			row.Text = b.cat.T(key, fmt.Sprint(e.Turn))
		}
		after = append(after, row)
	}
	sortRows(after)
	return during, after
}

func (b *minutesBuilder) actionChange(st *State, a *ActionRecord) string {
	var parts []string
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, b.cat.T("min.field", label, v))
		}
	}
	add(b.cat.T("min.what"), b.text(oneLine(a.What), place{"action", a.ID, "what"}))
	add(b.cat.T("min.who"), b.scrub(oneLine(a.Who), place{"action", a.ID, "who"}, true))
	add(b.cat.T("min.with"), b.scrub(oneLine(a.With), place{"action", a.ID, "with"}, true))
	add(b.cat.T("min.when"), b.when(a.When))
	if a.Status != "" {
		add(b.cat.T("min.status"), b.cat.T("board.action."+a.Status))
	}
	return strings.Join(parts, ", ")
}

func sortRows(rows []CorrectionRow) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].Seq < rows[j-1].Seq; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}

func (b *minutesBuilder) correction(st *State, c Correction, n int) CorrectionRow {
	o := c.Original
	row := CorrectionRow{Seq: c.Seq, Time: b.clock(c.At), At: c.Wall.UTC().Format(time.RFC3339), Kind: c.Kind,
		AfterClose: c.AfterClose, Reason: b.text(oneLine(c.Reason), place{"correction", n, ""})}
	orig := &OriginalRow{Seq: o.Seq, Type: string(o.Type), At: o.At.UTC().Format(time.RFC3339), Item: o.Item,
		Level: o.Level, Stance: o.Stance}
	if !b.o.ChathamHouse {
		orig.Speaker = b.who(o.Participant)
	}
	switch o.Type {
	case TurnStarted:
		t := st.turnOf(o)
		orig.Turn, orig.Request = t.Number, o.Request
		if orig.Request == "" {
			orig.Request = string(facilitation.RequestSpeak)
		}
		turn := fmt.Sprint(t.Number)
		switch c.Kind {
		case CorrVoid:
			row.Text = b.cat.T("corr.void.turn", turn)
		case CorrReassign:
			from, to := b.who(o.Participant), b.who(c.Participant)
			row.Text = b.cat.T("corr.reassign", turn, from, to)
		case CorrAdjust:
			row.Text = b.cat.T("corr.adjust", turn, i18n.Clock(c.Counted))
		case CorrRequest:
			row.Text = b.cat.T("corr.request", turn, b.cat.Request(facilitation.RequestKind(c.Request)))
		}
	case ItemRaised:
		row.Text = b.cat.T("corr.void.item", fmt.Sprint(st.itemOf(o)))
		orig.Item = st.itemOf(o)
	case PositionRecorded:
		row.Text = b.cat.T("corr."+c.Kind+".position", b.levelOf(facilitation.Level(o.Level)), fmt.Sprint(o.Item))
	case ActionAgreed:
		id := st.actionOf(o)
		orig.Action = id
		row.Text = b.cat.T("corr."+c.Kind+".action", fmt.Sprint(id))
	}
	row.Original = orig
	if c.AfterClose { // days may have passed: the date too
		row.Time = b.dateTime(c.Wall)
	}
	return row
}

func (s *State) itemOf(e Event) int {
	for _, it := range s.Items {
		if it.Seq == e.Seq {
			return it.Number
		}
	}
	return 0
}

func (s *State) actionOf(e Event) int {
	for _, a := range s.Actions {
		if a.Seq == e.Seq {
			return a.ID
		}
	}
	return 0
}

// readBack says what the room answered to the read-back.
func (b *minutesBuilder) readBack(st *State) *ReadBackMinutes {
	if !st.Closed {
		return nil
	}
	r := &ReadBackMinutes{ApprovedBy: []string{}, RefusedBy: []string{}}
	var last time.Time
	for _, l := range facilitation.Levels {
		a, ok := st.ReadBack[l]
		if !ok {
			continue
		}
		r.Recorded = true
		if a.At.After(last) {
			last = a.At
		}
		if a.Approved {
			r.ApprovedBy = append(r.ApprovedBy, b.cat.Level(l))
			if a.Reason != "" { // approved with remarks: the remarks are part of the approval
				r.Reasons = append(r.Reasons, b.cat.T("min.readback_remarks", b.cat.Level(l), b.text(oneLine(a.Reason), place{"readback", 0, string(l)})))
			}
			continue
		}
		r.RefusedBy = append(r.RefusedBy, b.cat.Level(l))
		if a.Reason != "" {
			r.Reasons = append(r.Reasons, b.cat.T("min.readback_not", b.cat.Level(l), b.text(oneLine(a.Reason), place{"readback", 0, string(l)})))
		}
	}
	if r.Recorded {
		r.At = b.clock(last)
	}
	r.Approved = len(r.ApprovedBy) > 0 && len(r.RefusedBy) == 0
	switch {
	case !r.Recorded:
		r.Sentence = b.cat.T("min.readback_missing")
	case len(r.ApprovedBy) == 0:
		r.Sentence = b.cat.T("min.readback_none")
	case len(r.RefusedBy) == 0:
		r.Sentence = b.cat.T("min.readback_approved", r.At, strings.Join(r.ApprovedBy, ", "))
	default:
		r.Sentence = b.cat.T("min.readback_partly", r.At, strings.Join(r.ApprovedBy, ", "), strings.Join(r.RefusedBy, ", "))
	}
	return r
}

// dateTime is a date and a time, for amendments made after the session's day.
func (b *minutesBuilder) dateTime(t time.Time) string { return b.date(t) + " " + b.clock(t) }
