package session

import (
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// correctionScene: round 2 open, Amani (p1) speaks 60 s as turn 1 (seq 3),
// Grâce (p3) 30 s as turn 2 (seq 5), a note (seq 7), item 1 raised (seq 8),
// community supports it (seq 9) then blocks (seq 10), an action agreed (seq 11).
func correctionScene(t *testing.T) *script {
	return newScript(t, testPlan()).
		add(1, round(2)).
		add(10, turn("p1")).add(70, ev(TurnEnded)).
		add(80, turn("p3")).add(110, ev(TurnEnded)).
		add(111, ev(NoteTaken)).
		add(120, Event{Type: ItemRaised, Text: "Open the road", Level: "community"}).
		add(130, Event{Type: PositionRecorded, Item: 1, Level: "community", Stance: "support"}).
		add(140, Event{Type: PositionRecorded, Item: 1, Level: "community", Stance: "block"}).
		add(150, Event{Type: ActionAgreed, Item: 1, Action: &ActionRecord{What: "Clear the road", Who: "Mayor"}})
}

func ms(n int64) *int64 { return &n }

func TestEachCorrection(t *testing.T) {
	tests := []struct {
		name  string
		fix   Event
		check func(t *testing.T, st *State)
	}{
		{"void a turn: it counts for nobody", Event{Correction: CorrVoid, Corrects: 3}, func(t *testing.T, st *State) {
			if !st.Turns[0].Voided || st.Person("p1").Spoken != 0 || st.Person("p1").TurnsN != 0 {
				t.Errorf("turn 1 voided=%v, p1 %v in %d turns", st.Turns[0].Voided, st.Person("p1").Spoken, st.Person("p1").TurnsN)
			}
			if st.Rounds[1].SpokeInThis["p1"] {
				t.Error("p1 still counts as heard in round 2")
			}
		}},
		{"reassign a turn: the time moves to the right speaker", Event{Correction: CorrReassign, Corrects: 3, Participant: "p2"}, func(t *testing.T, st *State) {
			if st.Person("p1").Spoken != 0 || st.Person("p2").Spoken != time.Minute || st.Turns[0].Participant != "p2" {
				t.Errorf("p1 %v, p2 %v, turn 1 is %s's", st.Person("p1").Spoken, st.Person("p2").Spoken, st.Turns[0].Participant)
			}
			if st.Rounds[1].Spoken[facilitation.Community] != time.Minute {
				t.Errorf("community's time %v", st.Rounds[1].Spoken[facilitation.Community])
			}
		}},
		{"reassign across levels moves the level's time", Event{Correction: CorrReassign, Corrects: 3, Participant: "p5"}, func(t *testing.T, st *State) {
			if st.Rounds[1].Spoken[facilitation.Community] != 0 || st.Rounds[1].Spoken[facilitation.Government] != time.Minute {
				t.Errorf("community %v government %v", st.Rounds[1].Spoken[facilitation.Community], st.Rounds[1].Spoken[facilitation.Government])
			}
		}},
		{"adjust a turn's counted time", Event{Correction: CorrAdjust, Corrects: 5, CountedMs: ms(12_000)}, func(t *testing.T, st *State) {
			if st.Person("p3").Spoken != 12*time.Second || !st.Turns[1].Adjusted || st.Turns[1].Speaking.Elapsed(at(999)) != 12*time.Second {
				t.Errorf("p3 %v", st.Person("p3").Spoken)
			}
		}},
		{"change a turn's request kind", Event{Correction: CorrRequest, Corrects: 5, Request: "point_of_order"}, func(t *testing.T, st *State) {
			if st.Turns[1].Request != facilitation.RequestOrder {
				t.Errorf("kind %s", st.Turns[1].Request)
			}
		}},
		{"retract a position: the earlier one stands again", Event{Correction: CorrRetract, Corrects: 10}, func(t *testing.T, st *State) {
			if p := st.Items[0].Positions[facilitation.Community]; p.Stance != "support" || len(st.Items[0].History) != 1 {
				t.Errorf("position %+v, history %d", p, len(st.Items[0].History))
			}
		}},
		{"retract an action: numbered, out of the minutes", Event{Correction: CorrRetract, Corrects: 11}, func(t *testing.T, st *State) {
			if !st.Actions[0].Retracted || len(st.ActionsOf(1)) != 0 {
				t.Errorf("action %+v", st.Actions[0])
			}
		}},
		{"void an item", Event{Correction: CorrVoid, Corrects: 8}, func(t *testing.T, st *State) {
			if !st.Items[0].Voided || len(st.LiveItems()) != 0 {
				t.Errorf("item %+v", st.Items[0])
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := correctionScene(t)
			fix := tc.fix
			fix.Type, fix.Reason = Corrected, "noted in error"
			live := sc.fold()
			sc.add(200, fix)
			fix = sc.events[len(sc.events)-1]
			if err := live.Apply(fix); err != nil {
				t.Fatal(err)
			}
			tc.check(t, live)
			tc.check(t, sc.fold())
			if len(live.Corrections) != 1 || live.Corrections[0].Original.Seq != fix.Corrects || live.Corrections[0].Reason != "noted in error" {
				t.Errorf("corrections kept: %+v", live.Corrections)
			}
		})
	}
}

func TestNonsensicalCorrectionsAreRefused(t *testing.T) {
	sc := correctionScene(t)
	sc.add(160, turn("p4")) // seq 12, running
	sc.add(161, Event{Type: Corrected, Correction: CorrVoid, Corrects: 5})
	tests := []struct {
		fix  Event
		want string
	}{
		{Event{Correction: CorrVoid, Corrects: 5}, "already voided"},
		{Event{Correction: CorrVoid, Corrects: 99}, "no event 99"},
		{Event{Correction: CorrVoid, Corrects: 7}, "cannot be corrected"},
		{Event{Correction: CorrReassign, Corrects: 8}, "cannot be corrected by"},
		{Event{Correction: CorrReassign, Corrects: 3, Participant: "p42"}, "not a participant"},
		{Event{Correction: CorrReassign, Corrects: 3, Participant: "p1"}, "already p1's"},
		{Event{Correction: CorrAdjust, Corrects: 3, CountedMs: ms(-1)}, "negative"},
		{Event{Correction: CorrAdjust, Corrects: 3}, "negative or missing"},
		{Event{Correction: CorrAdjust, Corrects: 12, CountedMs: ms(5)}, "still running"},
		{Event{Correction: CorrRequest, Corrects: 3, Request: "shout"}, "unknown request kind"},
		{Event{Correction: CorrVoid, Corrects: 3, AfterClose: true}, "before the session was closed"},
		{Event{Correction: CorrVoid, Corrects: 13}, "cannot be corrected"},
	}
	for _, tc := range tests {
		st := sc.fold()
		before := st.Clone()
		fix := tc.fix
		fix.Type, fix.V, fix.Seq, fix.At = Corrected, FormatVersion, st.Seq+1, at(300)
		err := st.Apply(fix)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: got %v, want %q", tc.fix, err, tc.want)
		}
		if len(st.Corrections) != len(before.Corrections) || st.Seq != before.Seq {
			t.Errorf("%+v: a refused correction changed the state", tc.fix)
		}
	}
}

func TestCorrectionsAfterTheCloseAreAmendments(t *testing.T) {
	sc := correctionScene(t).add(170, ev(SessionClosed))
	st := sc.fold()
	if err := st.Apply(Event{V: FormatVersion, Seq: st.Seq + 1, At: at(200), Type: Corrected, Correction: CorrRetract, Corrects: 11}); err == nil {
		t.Fatal("a correction after the close without after_close was accepted")
	}
	if err := st.Apply(Event{V: FormatVersion, Seq: st.Seq + 1, At: at(200), Type: Corrected, Correction: CorrRetract, Corrects: 11, AfterClose: true}); err != nil {
		t.Fatal(err)
	}
	if !st.Actions[0].Retracted || !st.Corrections[0].AfterClose {
		t.Errorf("amendment not folded: %+v", st.Corrections)
	}
	if err := st.Apply(Event{V: FormatVersion, Seq: st.Seq + 1, At: at(201), Type: TurnStarted, Participant: "p1"}); err == nil {
		t.Error("a new turn after the close was accepted")
	}
}

func TestUndoCorrectsTheLastAction(t *testing.T) {
	sc := correctionScene(t)
	for _, want := range []struct {
		seq  int64
		kind string
	}{{11, CorrRetract}, {10, CorrRetract}, {9, CorrRetract}, {8, CorrVoid}, {5, CorrVoid}, {3, CorrVoid}} {
		st := sc.fold()
		undo, ok := st.Undo()
		if !ok || len(undo) != 1 || undo[0].Corrects != want.seq || undo[0].Correction != want.kind {
			t.Fatalf("undo = %+v, want %s of %d", undo, want.kind, want.seq)
		}
		sc.add(300, undo[0])
	}
	if _, ok := sc.fold().Undo(); ok {
		t.Error("undo with nothing left to undo")
	}
	// Undoing the running turn ends it first: the floor is free.
	sc = correctionScene(t).add(160, turn("p4"))
	st := sc.fold()
	undo, _ := st.Undo()
	if len(undo) != 2 || undo[0].Type != TurnEnded || undo[1].Corrects != 12 {
		t.Fatalf("undo of the running turn = %+v", undo)
	}
	for i, e := range undo {
		e.V, e.Seq, e.At = FormatVersion, st.Seq+1, at(170+i)
		if err := st.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	if st.Current != nil || st.Person("p4").TurnsN != 0 {
		t.Errorf("after undo: current %v, p4 turns %d", st.Current, st.Person("p4").TurnsN)
	}
}
