package session

import (
	"bytes"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"testing"
	"time"
)

// correctedLog builds a random session and, between its events, random
// corrections of every kind (some of them nonsensical). Each event is
// folded as the live screen does (Apply); refused ones are dropped, and a
// refusal must leave the state exactly as it was.
func correctedLog(t *testing.T, seed int64, n int) ([]Event, *State) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	base := randomLog(seed, n)
	st := &State{}
	var events []Event
	at := t0
	push := func(e Event) bool {
		e.V, e.Seq = FormatVersion, int64(len(events)+1)
		if e.At.IsZero() {
			at = at.Add(time.Duration(1+rng.Intn(5)) * time.Second)
			e.At = at
		}
		before := st.Clone()
		if err := st.Apply(e); err != nil {
			if !before.Equal(st) {
				t.Fatalf("refused %s (%v) changed the state", e.Type, err)
			}
			return false
		}
		events = append(events, e)
		return true
	}
	kinds := []string{CorrVoid, CorrRetract, CorrReassign, CorrAdjust, CorrRequest, "bogus"}
	requests := []string{"speak", "reply", "clarify", "point_of_order", "shout"}
	for _, e := range base {
		if e.At.After(at) {
			at = e.At
		}
		e.At = at
		push(e)
		if st.Plan == nil {
			continue
		}
		switch r := rng.Intn(20); {
		case r < 2 && len(st.Items) > 0:
			push(Event{Type: ActionAgreed, Item: 1 + rng.Intn(len(st.Items)), Action: &ActionRecord{What: fmt.Sprint("action ", r)}})
		case r < 4 && len(st.Items) > 0:
			push(Event{Type: PositionRecorded, Item: 1 + rng.Intn(len(st.Items)), Level: "government", Stance: "block"})
		case r < 9:
			c := Event{Type: Corrected, Corrects: 1 + rng.Int63n(int64(len(events))), Correction: kinds[rng.Intn(len(kinds))],
				Reason: "in error"}
			switch c.Correction {
			case CorrReassign:
				c.Participant = ParticipantID(rng.Intn(8))
			case CorrAdjust:
				ms := int64(rng.Intn(200_000) - 20_000)
				c.CountedMs = &ms
			case CorrRequest:
				c.Request = requests[rng.Intn(len(requests))]
			}
			push(c)
		}
	}
	return events, st
}

// editedInPlace is the oracle: the log without its corrections, each
// corrected event edited in place instead. Retracted positions are simply
// left out; reassigned and re-kinded turns carry the right speaker and kind;
// a voided turn, item or action, or an adjusted time, is marked on the event
// as the fold reads it.
func editedInPlace(events []Event) []Event {
	var out []Event
	index := map[int64]int{}
	drop := map[int64]bool{}
	for _, e := range events {
		if e.Type != Corrected {
			index[e.Seq] = len(out)
			out = append(out, e)
			continue
		}
		o := &out[index[e.Corrects]]
		if o.edit == nil {
			o.edit = &edit{}
		} else {
			cp := *o.edit
			o.edit = &cp
		}
		switch e.Correction {
		case CorrVoid, CorrRetract:
			if o.Type == PositionRecorded {
				drop[o.Seq] = true
			} else {
				o.edit.voided = true
			}
		case CorrReassign:
			o.Participant = e.Participant
		case CorrRequest:
			o.Request = e.Request
		case CorrAdjust:
			d := time.Duration(*e.CountedMs) * time.Millisecond
			o.edit.counted = &d
		}
	}
	return slices.DeleteFunc(out, func(e Event) bool { return drop[e.Seq] })
}

// comparable blanks what corrections rightly change: their own record, the
// log kept for refolding, the last seq and time.
func comparable(st *State) *State {
	c := st.Clone()
	c.Corrections, c.log, c.Seq, c.LastAt, c.tb, c.wallAt = nil, nil, 0, time.Time{}, timebase{}, time.Time{}
	for _, it := range c.Items {
		for l, p := range it.Positions {
			p.Seq = 0
			it.Positions[l] = p
		}
		for i := range it.History {
			it.History[i].Seq = 0
		}
		it.Seq = 0
	}
	for _, tn := range c.Turns {
		tn.StartSeq = 0
	}
	for _, a := range c.Actions {
		a.Seq = 0
	}
	return c
}

func TestCorrectionsFoldAsIfEditedInPlace(t *testing.T) {
	seen := map[string]int{}
	for seed := int64(1); seed <= 40; seed++ {
		events, live := correctedLog(t, seed, 250)
		folded, err := Fold(events)
		if err != nil {
			t.Fatalf("seed %d: the log the live fold accepted does not fold: %v", seed, err)
		}
		for _, c := range folded.Corrections {
			seen[c.Original.Type.String()+"/"+c.Kind]++
		}
		checkVoidedCountForNobody(t, folded)
		oracle, err := Fold(editedInPlace(events))
		if err != nil {
			t.Fatalf("seed %d: oracle log does not fold: %v", seed, err)
		}
		if !comparable(folded).Equal(comparable(oracle)) {
			t.Fatalf("seed %d: fold with corrections differs from the log edited in place", seed)
		}
		// Live (one Apply at a time), replay (the timeline) and exports agree.
		tl, err := NewTimeline(events)
		if err != nil {
			t.Fatal(err)
		}
		replayed := tl.StateAt(len(events))
		if !comparable(live).Equal(comparable(folded)) || !comparable(replayed).Equal(comparable(folded)) {
			t.Fatalf("seed %d: live, replay and Fold disagree", seed)
		}
		if !reflect.DeepEqual(live.Corrections, folded.Corrections) || !reflect.DeepEqual(replayed.Corrections, folded.Corrections) {
			t.Fatalf("seed %d: the corrections kept differ", seed)
		}
		now := folded.LastAt
		a, b := minutesMarkdown(t, folded, now), minutesMarkdown(t, oracle, now)
		if !bytes.Equal(stripCorrections(a), stripCorrections(b)) {
			t.Fatalf("seed %d: minutes differ from the oracle's:\n%s\n----\n%s", seed, a, b)
		}
		if !bytes.Equal(a, minutesMarkdown(t, live, now)) || !bytes.Equal(a, minutesMarkdown(t, replayed, now)) {
			t.Fatalf("seed %d: live or replay minutes differ", seed)
		}
	}
	for _, k := range []string{"turn_started/void", "turn_started/reassign", "turn_started/adjust", "turn_started/request",
		"item_raised/void", "position_recorded/retract", "position_recorded/void", "action_agreed/retract", "action_agreed/void"} {
		if seen[k] == 0 {
			t.Errorf("no %s correction in any random session", k)
		}
	}
}

func (t Type) String() string { return string(t) }

func minutesMarkdown(t *testing.T, st *State, now time.Time) []byte {
	t.Helper()
	md, err := RenderMinutes(BuildMinutes(st, MinutesOptions{Now: now, Location: time.UTC}), nil)
	if err != nil {
		t.Fatal(err)
	}
	return md
}

// stripCorrections drops the minutes' list of corrections, which the oracle
// (a log without corrections) rightly lacks.
func stripCorrections(md []byte) []byte {
	if i := bytes.Index(md, []byte("\n## Corrections")); i >= 0 {
		if j := bytes.Index(md[i+1:], []byte("\n## ")); j >= 0 {
			return append(slices.Clip(md[:i]), md[i+1+j:]...)
		}
		return md[:i]
	}
	if i := bytes.Index(md, []byte("\n## Rectifications")); i >= 0 {
		if j := bytes.Index(md[i+1:], []byte("\n## ")); j >= 0 {
			return append(slices.Clip(md[:i]), md[i+1+j:]...)
		}
		return md[:i]
	}
	return md
}

// checkVoidedCountForNobody: people's totals are exactly their ended turns
// that were not voided, with the corrected counted time.
func checkVoidedCountForNobody(t *testing.T, st *State) {
	t.Helper()
	spoken, turns := map[string]time.Duration{}, map[string]int{}
	for _, tn := range st.Turns {
		if tn.Running() || tn.Voided {
			continue
		}
		spoken[tn.Participant] += tn.Speaking.Elapsed(tn.End)
		turns[tn.Participant]++
	}
	for _, p := range st.People {
		if p.Spoken != spoken[p.ID] || p.TurnsN != turns[p.ID] {
			t.Fatalf("%s: %v in %d turns, but their counted turns make %v in %d", p.ID, p.Spoken, p.TurnsN, spoken[p.ID], turns[p.ID])
		}
	}
}
