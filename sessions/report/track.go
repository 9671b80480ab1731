package report

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// ref names an item or an action of one session.
type ref struct {
	session string
	n       int
}

// tracker links items and actions carried from session to session (the
// item_carried and action_carried events name where they came from).
type tracker struct {
	now     time.Time
	items   []ItemTrack
	actions []ActionTrack
	itemAt  map[ref]int // an item of a session -> its track
	actAt   map[ref]int
}

func newTracker(now time.Time) *tracker {
	return &tracker{now: now, itemAt: map[ref]int{}, actAt: map[ref]int{}}
}

// add follows the items and actions of one session; sessions come oldest
// first, so a carried item's earlier session is already known.
func (t *tracker) add(in Input) {
	st := in.State
	date := Date(st)
	texts, acts := itemTexts(in), actionTexts(in)
	for _, it := range st.LiveItems() {
		status := string(st.ItemStatus(it))
		k, carried := t.follow(t.itemAt, it.Carried, func(o *session.Origin) int { return o.Item })
		if carried {
			t.items[k].Carried = true
			t.items[k].Sessions = append(t.items[k].Sessions, st.ID)
		} else {
			t.items = append(t.items, ItemTrack{Text: texts[it.Number], Level: string(it.Level),
				Sessions: []string{st.ID}, RaisedOn: date})
			k = len(t.items) - 1
		}
		t.itemAt[ref{st.ID, it.Number}] = k
		tr := &t.items[k]
		tr.Status = status
		tr.SettledOn = ""
		if status == string(facilitation.StatusAgreed) || status == string(facilitation.StatusAgreedWithReservations) ||
			status == string(facilitation.StatusNoConsensus) {
			tr.SettledOn = date
		}
		tr.DaysOpen = days(tr.RaisedOn, tr.SettledOn, t.now)
	}
	for _, a := range st.Actions {
		k, carried := t.follow(t.actAt, a.Carried, func(o *session.Origin) int { return o.Action })
		if carried {
			t.actions[k].Sessions = append(t.actions[k].Sessions, st.ID)
		} else {
			t.actions = append(t.actions, ActionTrack{Sessions: []string{st.ID}, AgreedOn: date})
			k = len(t.actions) - 1
		}
		t.actAt[ref{st.ID, a.ID}] = k
		tr := &t.actions[k]
		text := acts[a.ID]
		tr.What, tr.Who, tr.With, tr.When = text.What, text.Who, text.With, a.When
		tr.Horizon = horizon(a.When)
		tr.Status = a.Status
		if tr.Status == "" {
			tr.Status = facilitation.ActionPlanned
		}
		end := ""
		if tr.Status == facilitation.ActionDone || tr.Status == facilitation.ActionDropped {
			end = date
		}
		tr.DaysOpen = days(tr.AgreedOn, end, t.now)
	}
}

// follow finds the track of what an item or action was carried from.
func (t *tracker) follow(at map[ref]int, o *session.Origin, n func(*session.Origin) int) (int, bool) {
	if o == nil {
		return 0, false
	}
	k, ok := at[ref{o.Session, n(o)}]
	return k, ok
}

// horizon classifies an action's "when": a horizon word, else a deadline.
func horizon(when string) string {
	switch when {
	case facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong:
		return when
	case "":
		return "none"
	}
	return "date"
}

// days counts whole days from one date to another, or to now.
func days(from, to string, now time.Time) int {
	f, err := time.Parse("2006-01-02", from)
	if err != nil {
		return 0
	}
	end := now.UTC().Truncate(24 * time.Hour)
	if t, err := time.Parse("2006-01-02", to); err == nil {
		end = t
	}
	return max(0, int(end.Sub(f).Hours()/24))
}

// actionText is an action's words, anonymised when the report is.
type actionText struct{ What, Who, With string }

// hidden stands for a text an anonymised report cannot show: the minutes
// did not carry it, so it never went through the anonymiser.
const hidden = "—"

// itemTexts are the items' texts: with minutes (an anonymised report)
// only the minutes' texts, which went through the anonymiser; else the
// state's.
func itemTexts(in Input) map[int]string {
	out := map[int]string{}
	for _, it := range in.State.Items {
		out[it.Number] = it.Text
		if in.Minutes != nil {
			out[it.Number] = hidden
		}
	}
	if in.Minutes != nil {
		for _, rows := range [][]session.ItemRow{in.Minutes.Items, in.Minutes.ParkingLot, in.Minutes.CarriedItems} {
			for _, r := range rows {
				out[r.N] = r.Text
			}
		}
	}
	return out
}

func actionTexts(in Input) map[int]actionText {
	out := map[int]actionText{}
	for _, a := range in.State.Actions {
		out[a.ID] = actionText{a.What, a.Who, a.With}
		if in.Minutes != nil {
			out[a.ID] = actionText{What: hidden}
		}
	}
	if in.Minutes != nil {
		for _, rows := range [][]session.ActionRow{in.Minutes.Actions, in.Minutes.CarriedActs} {
			for _, r := range rows {
				out[r.N] = actionText{r.What, r.Who, r.With}
			}
		}
	}
	return out
}
