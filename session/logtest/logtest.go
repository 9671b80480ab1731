// Package logtest writes long, realistic session logs for benchmarks and
// tests of the paths that read a whole log: export, preview, replay,
// resume. It has no test-only imports, so every package's benchmarks (and
// the command's, in the root package) can share one generator.
package logtest

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// Start is the time of the first event of every generated log.
var Start = time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)

// Plan is a three-round plan for people participants spread over the three
// levels, with accented names as real plans have.
func Plan(people int) *facilitation.Plan {
	all := facilitation.Levels[:]
	p := &facilitation.Plan{
		Title: "Dialogue intercommunautaire de Kalehe", Location: "Kalehe", Date: "2026-03-14",
		Language: "fr", Facilitator: "Aline Mwamini", NoteTaker: "Jean-Baptiste Kasereka",
		TurnLimit: 3 * time.Minute,
		Rounds: []facilitation.Round{
			{Key: "listen", Title: "Écoute", Levels: []facilitation.Level{facilitation.Community}, Order: facilitation.OrderQueue},
			{Key: "exchange", Title: "Échange", Levels: all, Order: facilitation.OrderAlternate},
			{Key: "tour", Title: "Tour de table", Levels: all, Order: facilitation.OrderRoundRobin},
		},
	}
	for i := range people {
		p.Participants = append(p.Participants, facilitation.Participant{
			Name:  fmt.Sprintf("Déogratias Bahati %d", i+1),
			Level: facilitation.Levels[i%3], Organisation: fmt.Sprintf("Mutuelle de solidarité n°%d", i%17+1),
			Gender: []facilitation.Gender{facilitation.Woman, facilitation.Man}[i%2], Youth: i%5 == 0,
		})
	}
	return p
}

// Events is a session of people participants with turns turns: rounds that
// go round, each turn queued, started and ended with a note of a sentence or
// two, an item raised every 100 turns with a position from each level, and a
// free note every 50 turns. About 3 events per turn.
func Events(people, turns int) []session.Event {
	rng := rand.New(rand.NewSource(1))
	events := []session.Event{session.NewSessionStarted("2026-03-14-0900-kalehe", Plan(people))}
	add := func(e session.Event) { events = append(events, e) }
	items := 0
	for t := 1; t <= turns; t++ {
		if t%500 == 1 {
			add(session.Event{Type: session.RoundStarted, Round: 2 + (t/500)%2})
		}
		id := session.ParticipantID(rng.Intn(people))
		add(session.Event{Type: session.SpeakerQueued, Participant: id})
		add(session.Event{Type: session.TurnStarted, Turn: t, Participant: id})
		add(session.Event{Type: session.TurnEnded, Turn: t, Note: fmt.Sprintf(
			"Tour %d : la route du marché est coupée depuis la saison des pluies ; les mamans demandent une escorte", t)})
		if t%50 == 0 {
			add(session.Event{Type: session.NoteTaken, Text: fmt.Sprintf("Pause de %d minutes, reprise à l'heure", t%7+2)})
		}
		if t%100 == 0 {
			items++
			add(session.Event{Type: session.ItemRaised, Text: fmt.Sprintf("Point %d : rouvrir la route avant la récolte", items), Level: "community"})
			for _, l := range facilitation.Levels {
				add(session.Event{Type: session.PositionRecorded, Item: items, Level: string(l), Stance: "support"})
			}
		}
	}
	at := Start
	for i := range events {
		at = at.Add(time.Duration(5+rng.Intn(30)) * time.Second)
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), at
	}
	return events
}

// EventsN is a session of about n events among people participants.
func EventsN(people, n int) []session.Event {
	return Events(people, n*100/316)
}

// Write writes events as a log at dir/log.jsonl, the way the writer does,
// and returns its path.
func Write(dir string, events []session.Event) (string, error) {
	path := filepath.Join(dir, "log.jsonl")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", err
	}
	buf := make([]byte, 0, 1<<20)
	for _, e := range events {
		line, err := session.EncodeLine(e)
		if err != nil {
			f.Close()
			return "", err
		}
		buf = append(buf, line...)
		if len(buf) > 1<<20-4096 {
			if _, err := f.Write(buf); err != nil {
				f.Close()
				return "", err
			}
			buf = buf[:0]
		}
	}
	if _, err := f.Write(buf); err != nil {
		f.Close()
		return "", err
	}
	return path, f.Close()
}

// CPUMeter reports a benchmark's processor time per operation as the
// metric "cpu-ms/op": Start it after the set-up, Stop it after the loop.
// It counts the whole process (garbage collection included), so keep
// other work out of the timed loop.
type CPUMeter struct{ start time.Duration }

// Start begins the measure.
func (m *CPUMeter) Start() { m.start = CPUTime() }

// PerOp is the processor time per operation since Start, in ms.
func (m *CPUMeter) PerOp(n int) float64 {
	return float64(CPUTime()-m.start) / float64(time.Millisecond) / float64(n)
}
