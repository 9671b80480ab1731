package session

import (
	"fmt"
	"math/rand"
	"testing"
	"time"
)

// randomLog proposes random events and keeps those the fold accepts, so
// that it covers every kind of event in orders no script would think of.
func randomLog(seed int64, n int) []Event {
	rng := rand.New(rand.NewSource(seed))
	start := NewSessionStarted("random", testPlan())
	start.V, start.Seq, start.At = FormatVersion, 1, t0
	events := []Event{start}
	st, _ := Fold(events)
	at := t0
	people := func() string { return ParticipantID(rng.Intn(7)) } // p7 may not exist yet
	proposals := []func() Event{
		func() Event { return Event{Type: RoundStarted, Round: 1 + rng.Intn(3)} },
		func() Event { return Event{Type: RoundEnded, Round: st.Round} },
		func() Event { return Event{Type: SpeakerQueued, Participant: people()} },
		func() Event { return Event{Type: SpeakerQueued, Participant: people(), Request: "reply"} },
		func() Event { return Event{Type: SpeakerRemoved, Participant: people()} },
		func() Event { return Event{Type: SpeakerMoved, Participant: people(), Position: 1 + rng.Intn(3)} },
		func() Event { return Event{Type: TurnStarted, Participant: people()} },
		func() Event { return Event{Type: TurnEnded, Note: fmt.Sprint("note ", rng.Intn(100))} },
		func() Event { return Event{Type: InterpretationStart} },
		func() Event { return Event{Type: InterpretationEnd} },
		func() Event { return Event{Type: TurnNoted, Turn: 1 + rng.Intn(len(st.Turns)+1), Note: "edited"} },
		func() Event {
			return Event{Type: TurnOffRecord, Turn: 1 + rng.Intn(len(st.Turns)+1), OffRecord: rng.Intn(2) == 0}
		},
		func() Event { return Event{Type: SessionPaused} },
		func() Event { return Event{Type: SessionResumed} },
		func() Event { return Event{Type: NoteTaken, Text: "free note"} },
		func() Event { return Event{Type: AttendanceMarked, Participant: people(), Status: Left} },
		func() Event {
			if len(st.People) >= 40 { // a hall holds 20 to 60 people
				return Event{Type: NoteTaken, Text: "full hall"}
			}
			return Event{Type: ParticipantAdded, Person: &PersonRecord{ID: ParticipantID(len(st.People)), Name: fmt.Sprint("Added ", len(st.People)), Level: "community"}}
		},
		func() Event { return Event{Type: ItemRaised, Text: "an item", Level: "government"} },
		func() Event {
			return Event{Type: PositionRecorded, Item: 1 + rng.Intn(len(st.Items)+1), Level: "community", Stance: "support"}
		},
	}
	for len(events) < n {
		at = at.Add(time.Duration(1+rng.Intn(90)) * time.Second)
		e := proposals[rng.Intn(len(proposals))]()
		e.V, e.Seq, e.At = FormatVersion, int64(len(events)+1), at
		if st.Apply(e) == nil {
			events = append(events, e)
		}
	}
	return events
}

// TestTimelineStateEqualsFoldOfPrefix: the state replay shows at any event
// is exactly the fold of the log up to it, whatever the checkpoints.
func TestTimelineStateEqualsFoldOfPrefix(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		events := randomLog(seed, 1500) // several checkpoints (every 512)
		tl, err := NewTimeline(events)
		if err != nil {
			t.Fatal(err)
		}
		for n := 0; n <= len(events); n++ {
			want, _ := Fold(events[:n])
			if got := tl.StateAt(n); !got.Equal(want) {
				t.Fatalf("seed %d: state after %d events differs from the fold of the prefix", seed, n)
			}
		}
	}
}

// TestSeekingBackAndForthLandsOnIdenticalStates, and a state given out is
// the caller's: folding into it never changes the timeline.
func TestSeekingBackAndForthLandsOnIdenticalStates(t *testing.T) {
	events := randomLog(7, 2000)
	tl, _ := NewTimeline(events)
	rng := rand.New(rand.NewSource(7))
	first := map[int]*State{}
	for i := 0; i < 300; i++ {
		n := rng.Intn(len(events) + 1)
		got := tl.StateAt(n)
		if prev, ok := first[n]; ok && !prev.Equal(got) {
			t.Fatalf("two seeks to %d gave different states", n)
		}
		first[n] = got
		if n < len(events) {
			mine := tl.StateAt(n)
			_ = mine.Apply(events[n]) // the caller folds on: the timeline must not see it
		}
	}
	for n, s := range first {
		if !s.Equal(tl.StateAt(n)) {
			t.Fatalf("the state at %d changed after callers folded into their copies", n)
		}
	}
}

func TestCloneIsIndependent(t *testing.T) {
	events := randomLog(11, 400)
	st, _ := Fold(events[:300])
	snapshot := st.Clone()
	for _, e := range events[300:] {
		_ = st.Apply(e)
	}
	want, _ := Fold(events[:300])
	if !snapshot.Equal(want) {
		t.Fatal("folding into the original changed its clone")
	}
}

func TestCountAt(t *testing.T) {
	events := randomLog(3, 50)
	tl, _ := NewTimeline(events)
	if tl.CountAt(tl.Start().Add(-time.Second)) != 0 || tl.CountAt(tl.End()) != len(events) {
		t.Fatal("CountAt misses the ends")
	}
	mid := events[20].At
	if n := tl.CountAt(mid); events[n-1].At.After(mid) || (n < len(events) && !events[n].At.After(mid)) {
		t.Errorf("CountAt(%v) = %d", mid, n)
	}
}

// bigLog is a session of about n events: long enough to measure replay.
func bigLog(n int) []Event { return randomLog(42, n) }

// BenchmarkOpenTimeline100k folds and checkpoints a 100,000-event log.
func BenchmarkOpenTimeline100k(b *testing.B) {
	events := bigLog(100_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := NewTimeline(events); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeek100k is one seek to a random moment of a 100,000-event log.
func BenchmarkSeek100k(b *testing.B) {
	tl, _ := NewTimeline(bigLog(100_000))
	rng := rand.New(rand.NewSource(1))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = tl.StateAt(rng.Intn(tl.Len() + 1))
	}
}
