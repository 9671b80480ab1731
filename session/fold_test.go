package session

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

func TestTurnClockExcludesInterpretationAndPauses(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, round(1)).
		add(10, turn("p1")).
		add(40, ev(InterpretationStart)).
		add(70, ev(InterpretationEnd)).
		add(80, ev(SessionPaused)).
		add(100, ev(SessionResumed)).
		add(130, Event{Type: TurnEnded, Note: "Cattle raids at night"}).
		fold()
	tn := st.Turns[0]
	if got := tn.Speaking.Elapsed(at(999)); got != 70*time.Second {
		t.Errorf("speaking = %v, want 70s", got)
	}
	if got := tn.Interpretation.Elapsed(at(999)); got != 30*time.Second {
		t.Errorf("interpretation = %v, want 30s", got)
	}
	if tn.Note != "Cattle raids at night" || tn.Running() || st.Current != nil {
		t.Errorf("turn not ended with its note: %+v", tn)
	}
	if got := st.Elapsed(at(130)); got != 110*time.Second {
		t.Errorf("session clock = %v, want 110s", got)
	}
	if got := st.RoundElapsed(at(130)); got != 110*time.Second {
		t.Errorf("round clock = %v, want 110s", got)
	}
	if p := st.Person("p1"); p.Spoken != 70*time.Second || p.TurnsN != 1 {
		t.Errorf("p1 totals = %v, %d turns", p.Spoken, p.TurnsN)
	}
}

func TestRunningTurnClockComesFromTimestamps(t *testing.T) {
	st := newScript(t, testPlan()).add(0, round(1)).add(5, turn("p2")).fold()
	if got := st.TurnElapsed(at(65)); got != time.Minute {
		t.Errorf("running turn at +65s = %v, want 1m", got)
	}
	if got := st.SpokenBy("p2", at(65)); got != time.Minute {
		t.Errorf("live total = %v, want 1m", got)
	}
	if got := st.RoundSpoken(facilitation.Community, at(65)); got != time.Minute {
		t.Errorf("round spoken = %v, want 1m", got)
	}
}

func TestQueueOrderAndRemoval(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, round(2)). // alternate, all levels
		add(1, queued("p1", facilitation.RequestSpeak)).
		add(2, queued("p2", facilitation.RequestSpeak)).
		add(3, queued("p3", facilitation.RequestSpeak)).
		add(4, queued("p5", facilitation.RequestOrder)).
		fold()
	if got, want := ids(st.Arranged()), []string{"p5", "p1", "p3", "p2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("arranged = %v, want %v (point of order first, then levels alternate)", got, want)
	}
	if err := st.Apply(Event{Seq: st.Seq + 1, At: at(5), Type: TurnStarted, Participant: "p5"}); err != nil {
		t.Fatal(err)
	}
	if st.Current.Request != facilitation.RequestOrder {
		t.Errorf("turn request = %q, want the queued kind", st.Current.Request)
	}
	if err := st.Apply(Event{Seq: st.Seq + 1, At: at(6), Type: SpeakerRemoved, Participant: "p3"}); err != nil {
		t.Fatal(err)
	}
	if got, want := ids(st.Arranged()), []string{"p1", "p2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after removal = %v, want %v", got, want)
	}
}

func TestMoveKeepsTheFacilitatorsOrder(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, round(1)).
		add(1, queued("p1", "")).add(2, queued("p2", "")).add(3, queued("p3", "")).
		add(4, Event{Type: SpeakerMoved, Participant: "p3", Position: 1}).
		add(5, queued("p4", facilitation.RequestSpeak)).
		fold()
	if got, want := ids(st.Arranged()), []string{"p3", "p1", "p2", "p4"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after move = %v, want %v", got, want)
	}
	// p3 takes the floor: the others keep their order.
	if err := st.Apply(Event{Seq: st.Seq + 1, At: at(6), Type: TurnStarted, Participant: "p3"}); err != nil {
		t.Fatal(err)
	}
	if got, want := ids(st.Arranged()), []string{"p1", "p2", "p4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after p3 spoke = %v, want %v", got, want)
	}
}

func TestRoundRobinQueuesEveryonePresentInPlanOrder(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, Event{Type: AttendanceMarked, Participant: "p4", Status: Absent}).
		add(1, round(3)).
		fold()
	if got, want := ids(st.Arranged()), []string{"p1", "p2", "p3", "p5", "p6"}; !reflect.DeepEqual(got, want) {
		t.Errorf("round-robin queue = %v, want %v", got, want)
	}
}

func TestNewRoundEndsTurnAndClearsQueue(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, round(1)).add(1, queued("p2", "")).add(10, turn("p1")).
		add(70, round(2)).
		fold()
	if st.Current != nil || st.Turns[0].End != at(70) {
		t.Errorf("turn still running after the round changed")
	}
	if len(st.Queue) != 0 {
		t.Errorf("queue kept across rounds: %v", ids(st.Queue))
	}
	if !st.Rounds[0].Done || st.Rounds[0].Clock.Elapsed(at(500)) != 70*time.Second {
		t.Errorf("round 1 not closed at 70s: %+v", st.Rounds[0])
	}
	if st.Rounds[0].Spoken[facilitation.Community] != time.Minute {
		t.Errorf("round 1 community time = %v", st.Rounds[0].Spoken[facilitation.Community])
	}
}

func TestBalance(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, Event{Type: AttendanceMarked, Participant: "p6", Status: Left}).
		add(0, round(2)).
		add(0, turn("p1")).add(60, ev(TurnEnded)). // young woman, community: 60s
		add(60, turn("p5")).                       // government, running
		fold()
	b := st.Balance(at(180)) // p5 has spoken 120s so far
	if b.Total != 180*time.Second || b.Present != 5 {
		t.Errorf("total %v present %d", b.Total, b.Present)
	}
	if g := b.Levels[facilitation.Government]; g.Spoken != 120*time.Second || g.Present != 1 {
		t.Errorf("government share = %+v", g)
	}
	if b.Women != (Share{Spoken: time.Minute, Present: 2}) || b.Youth != (Share{Spoken: time.Minute, Present: 1}) {
		t.Errorf("women %+v youth %+v", b.Women, b.Youth)
	}
	var heard []string
	for _, p := range st.NotYetHeard() {
		heard = append(heard, p.ID)
	}
	if want := []string{"p2", "p3", "p4"}; !reflect.DeepEqual(heard, want) {
		t.Errorf("not yet heard = %v, want %v", heard, want)
	}
}

func TestAmendTurnAfterwards(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, round(1)).add(0, turn("p1")).add(30, ev(TurnEnded)).
		add(40, Event{Type: TurnNoted, Turn: 1, Note: "Asked for a water point"}).
		add(41, Event{Type: TurnOffRecord, Turn: 1, OffRecord: true}).
		add(50, ev(SessionClosed)).
		add(60, Event{Type: TurnNoted, Turn: 1, Note: "Asked for two water points"}).
		fold()
	if tn := st.Turns[0]; tn.Note != "Asked for two water points" || !tn.OffRecord {
		t.Errorf("amended turn = %+v", tn)
	}
	if !st.Closed || st.Elapsed(at(1000)) != 50*time.Second {
		t.Errorf("closed %v, clock %v", st.Closed, st.Elapsed(at(1000)))
	}
}

func TestParticipantAddedAndConsensus(t *testing.T) {
	st := newScript(t, testPlan()).
		add(0, Event{Type: ParticipantAdded, Person: &PersonRecord{ID: "p7", Name: "Zawadi", Level: "community", Gender: "woman"}}).
		add(1, Event{Type: ItemRaised, Text: "Reopen the market road", Participant: "p7"}).
		add(2, Event{Type: PositionRecorded, Item: 1, Level: "government", Stance: "support"}).
		add(3, Event{Type: PositionRecorded, Item: 1, Level: "government", Stance: "block", Reason: "No budget"}).
		add(4, Event{Type: ActionAgreed, Item: 1, Action: &ActionRecord{What: "Clear the road", Who: "Territory administration", When: "short"}}).
		fold()
	if p := st.Person("p7"); p == nil || !p.Added || p.Status != Late || p.Rank != 6 {
		t.Fatalf("added person = %+v", p)
	}
	it := st.Items[0]
	if it.Level != facilitation.Community || it.Positions[facilitation.Government].Stance != "block" || len(it.History) != 2 {
		t.Errorf("item = %+v", it)
	}
	if a := st.Actions[0]; a.ID != 1 || a.Status != "planned" || a.Item != 1 {
		t.Errorf("action = %+v", a)
	}
}

func TestFoldRefusesEventsThatDoNotFit(t *testing.T) {
	cases := map[string]Event{
		"unknown participant": turn("p99"),
		"round out of range":  round(9),
		"end with no turn":    ev(TurnEnded),
		"remove not queued":   {Type: SpeakerRemoved, Participant: "p1"},
		"bad request kind":    queued("p1", "shout"),
		"bad attendance":      {Type: AttendanceMarked, Participant: "p1", Status: "asleep"},
		"position no item":    {Type: PositionRecorded, Item: 3, Level: "community", Stance: "support"},
		"unknown type":        {Type: "dance"},
		"second start":        NewSessionStarted("x", testPlan()),
	}
	for name, e := range cases {
		t.Run(name, func(t *testing.T) {
			s := newScript(t, testPlan())
			s.add(1, e)
			st, err := Fold(s.events)
			var fe *FoldError
			if !errors.As(err, &fe) || fe.Seq != 2 {
				t.Fatalf("err = %v, want a FoldError at seq 2", err)
			}
			if st.Seq != 1 {
				t.Errorf("state moved to seq %d on a refused event", st.Seq)
			}
		})
	}
	if _, err := Fold([]Event{{V: 1, Seq: 1, At: t0, Type: NoteTaken, Text: "x"}}); err == nil {
		t.Error("a log that does not begin with session_started folded")
	}
}

func TestPlanSurvivesTheLog(t *testing.T) {
	plan := testPlan()
	plan.Rounds[0].Duration, plan.Rounds[0].LevelBudget = 40*time.Minute, facilitation.UniformBudget(10*time.Minute)
	plan.LevelNames = map[facilitation.Level]string{facilitation.Government: "Autorités"}
	plan.ConsensusScale = facilitation.ScaleGradients
	st := newScript(t, plan).fold()
	if !reflect.DeepEqual(st.Plan, plan) {
		t.Errorf("plan after the log:\n%+v\nwant\n%+v", st.Plan, plan)
	}
}

func TestDurationTextIsCompact(t *testing.T) {
	for d, want := range map[time.Duration]string{
		3 * time.Minute: "3m", 150 * time.Second: "2m30s", time.Hour: "1h",
		90 * time.Minute: "1h30m", 45 * time.Second: "45s", 0: "",
	} {
		if got := durationText(d); got != want {
			t.Errorf("durationText(%v) = %q, want %q", d, got, want)
		}
		if back, err := parseDurationText(want); err != nil || back != d {
			t.Errorf("parse %q = %v, %v", want, back, err)
		}
	}
}

// BenchmarkFoldLongSession folds a log of 5,000 turns among 200 people: what
// opening or resuming a long session costs before the first frame.
func BenchmarkFoldLongSession(b *testing.B) {
	plan := testPlan()
	plan.Participants = nil
	for i := 0; i < 200; i++ {
		plan.Participants = append(plan.Participants, facilitation.Participant{Name: fmt.Sprintf("P%d", i), Level: facilitation.Levels[i%3]})
	}
	events := []Event{NewSessionStarted("bench", plan), {Type: RoundStarted, Round: 2}}
	for i := 0; i < 5000; i++ {
		id := ParticipantID(i % 200)
		events = append(events, Event{Type: SpeakerQueued, Participant: id},
			Event{Type: TurnStarted, Participant: id}, Event{Type: TurnEnded, Note: "note"})
	}
	for i := range events {
		events[i].V, events[i].Seq, events[i].At = FormatVersion, int64(i+1), t0.Add(time.Duration(i)*time.Second)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Fold(events); err != nil {
			b.Fatal(err)
		}
	}
}
