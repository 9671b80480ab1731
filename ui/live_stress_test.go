package ui

import (
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// keyAlphabet is every key the screens know, plus typing and noise.
var keyAlphabet = []string{
	"a", "r", "c", "!", "g", "n", "enter", "e", "i", "o", "p", "space", "]", "[", "x", "delete",
	"K", "J", "shift+up", "shift+down", "up", "down", "w", "l", "t", "C", "y", "?", "esc", "tab",
	"backspace", "left", "right", "+", "s", "am", "Déo", "عا", "王", "q", "z", "1",
	"b", "b", "m", "d", "A", "u", "p",
}

// TestRandomKeysAndResizesNeverPanic drives the screen with long random key
// sequences, resizes, clock jumps and write failures; every frame must fit.
func TestRandomKeysAndResizesNeverPanic(t *testing.T) {
	runs, keys := 12, 1500
	if testing.Short() {
		runs = 3
	}
	var h *harness
	randomSteps(t, runs, keys, func() { h = newHarness(t, harnessPlan()) }, func(rng *rand.Rand, where string) {
		switch r := rng.Intn(100); {
		case r < 4:
			h.m.SetSize(rng.Intn(200), rng.Intn(60))
		case r < 6:
			h.advance(time.Duration(rng.Intn(400)) * time.Second)
		case r < 7:
			h.log.fail = errors.New("disk full")
		case r < 9:
			h.log.fail = nil
			h.send(retryWriteMsg{})
		default:
			h.send(keyMsg(keyAlphabet[rng.Intn(len(keyAlphabet))]))
		}
		if h.quit { // start again rather than stop at the first q
			h.quit = false
		}
		assertFits(t, h.m.View(), h.m.c.width, h.m.c.height, where)
	})
}

// randomSteps runs step keys times in each of runs runs, each run with its
// own seeded rng after start; a panic fails the test naming seed and step.
func randomSteps(t *testing.T, runs, keys int, start func(), step func(rng *rand.Rand, where string)) {
	t.Helper()
	for run := 0; run < runs; run++ {
		seed := int64(run + 1)
		rng := rand.New(rand.NewSource(seed))
		start()
		for i := 0; i < keys; i++ {
			where := fmt.Sprintf("seed %d key %d", seed, i)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s: panic: %v", where, r)
					}
				}()
				step(rng, where)
			}()
		}
	}
}

// TestLayoutFitsEverySize sweeps sizes: never a panic, and from the minimum
// up, exactly the terminal's height in lines none wider than its width.
func TestLayoutFitsEverySize(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "a").typeText("amani").keys("enter", "a").typeText("grace").keys("enter", "n")
	for w := 0; w <= 200; w += 7 {
		for hgt := 0; hgt <= 60; hgt += 3 {
			h.m.SetSize(w, hgt)
			for _, dialogKey := range []string{"", "w", "?"} {
				if dialogKey != "" {
					h.keys(dialogKey)
				}
				assertFits(t, h.m.View(), w, hgt, fmt.Sprintf("%dx%d %q", w, hgt, dialogKey))
				if dialogKey == "w" {
					h.keys("esc")
				} else if dialogKey == "?" {
					h.keys("?")
				}
			}
		}
	}
}

func assertFits(t *testing.T, view string, w, h int, where string) {
	t.Helper()
	if w < MinWidth || h < MinHeight {
		return // the "too small" message wraps to the width; nothing to lay out
	}
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Fatalf("%s: %d lines, want %d", where, len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Fatalf("%s: line %d is %d wide (> %d): %q", where, i, lw, w, l)
		}
	}
}

// bigSession is a log with people participants and turns ended turns.
func bigSession(people, turns int) []session.Event {
	plan := harnessPlan()
	plan.Participants = nil
	for i := 0; i < people; i++ {
		plan.Participants = append(plan.Participants, facilitation.Participant{
			Name: fmt.Sprintf("Participant %d Déogratias", i), Level: facilitation.Levels[i%3],
			Gender: []facilitation.Gender{facilitation.Woman, facilitation.Man}[i%2], Youth: i%5 == 0,
		})
	}
	at := harnessStart
	events := []session.Event{session.NewSessionStarted("big", plan), {Type: session.RoundStarted, Round: 1}}
	for i := 0; i < turns; i++ {
		id := session.ParticipantID(i % people)
		events = append(events,
			session.Event{Type: session.TurnStarted, Turn: i + 1, Participant: id},
			session.Event{Type: session.TurnEnded, Turn: i + 1, Note: "A note of what was said"})
	}
	for i := 0; i < 12; i++ {
		events = append(events, session.Event{Type: session.SpeakerQueued, Participant: session.ParticipantID(i * 7 % people)})
	}
	events = append(events, session.Event{Type: session.TurnStarted, Turn: turns + 1, Participant: "p2"})
	for i := range events {
		at = at.Add(20 * time.Second)
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), at
	}
	return events
}

func benchLive(b *testing.B, people, turns int) *Live {
	b.Helper()
	return benchLiveEvents(b, bigSession(people, turns))
}

func benchLiveEvents(b *testing.B, events []session.Event) *Live {
	b.Helper()
	now := events[len(events)-1].At
	c := &common{
		st: NewStyles(lipgloss.NewRenderer(nil)), cat: harnessCatalog(), now: func() time.Time { return now },
		after: func(time.Duration, tea.Msg) tea.Cmd { return nil }, width: 120, height: 40,
	}
	m, err := newLive(c, &fakeLog{events: events}, events)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkKeyPress is one key press (Update, the write it causes, View)
// with 200 participants and 5,000 recorded turns.
func BenchmarkKeyPress(b *testing.B) {
	m := benchLive(b, 200, 5000)
	keys := []tea.KeyMsg{keyMsg("down"), keyMsg("p"), keyMsg("up"), keyMsg("p")}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := m.Update(keys[i%len(keys)])
		if cmd != nil {
			if msg, ok := cmd().(eventsWrittenMsg); ok {
				m.Update(msg)
			}
		}
		_ = m.View()
	}
}

// BenchmarkTickRedraw is one clock tick and its redraw; its cost must not
// grow with the number of turns recorded.
func BenchmarkTickRedraw(b *testing.B) {
	for _, turns := range []int{100, 1000, 5000} {
		b.Run(fmt.Sprintf("turns=%d", turns), func(b *testing.B) {
			m := benchLive(b, 200, turns)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m.Update(tickMsg{id: m.tickID})
				_ = m.View()
			}
		})
	}
}
