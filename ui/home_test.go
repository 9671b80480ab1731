package ui

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// homeHarness drives the home screen over a real archive in a temp dir.
type homeHarness struct {
	t       *testing.T
	h       *Home
	owned   *closers
	current screen // where a switchScreenMsg went
}

func newHomeHarness(t *testing.T, lang string) *homeHarness {
	t.Helper()
	return newHomeHarnessOn(t, lang, sessions.Open(t.TempDir()), 100, 30)
}

// newHomeHarnessOn drives the home screen over archive at w×h.
func newHomeHarnessOn(t *testing.T, lang string, archive *sessions.Archive, w, h int) *homeHarness {
	t.Helper()
	c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(lang, nil),
		now: time.Now, after: func(time.Duration, tea.Msg) tea.Cmd { return nil }, width: w, height: h}
	hh := &homeHarness{t: t, owned: &closers{}}
	hh.h = newHome(c, Options{Lang: lang}, archive, hh.owned)
	t.Cleanup(func() {
		for _, x := range hh.owned.list {
			x.Close()
		}
	})
	hh.run(hh.h.Init())
	return hh
}

func (hh *homeHarness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case switchScreenMsg:
		hh.current = msg.to
	case tea.BatchMsg:
		for _, c := range msg {
			hh.run(c)
		}
	case nil:
	default:
		hh.run(hh.h.Update(msg))
	}
}

func (hh *homeHarness) keys(ks ...string) {
	for _, k := range ks {
		hh.run(hh.h.Update(keyMsg(k)))
	}
}

func (hh *homeHarness) mustSee(parts ...string) {
	hh.t.Helper()
	mustContain(hh.t, hh.h.View(), parts...)
}

func TestHomeStartsTheDemoAndListsIt(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.mustSee("No saved session yet", "d new demo session")
	hh.keys("d")
	live, ok := hh.current.(*Live)
	if !ok {
		t.Fatalf("d did not open the live screen: %#v", hh.current)
	}
	if live.State().Plan.Title == "" || len(hh.owned.list) != 1 {
		t.Errorf("demo session not opened for writing")
	}
	hh.keys("r")
	hh.mustSee("Nyakabanda dialogue space", "15 people", "0 turns", "open")
}

func TestHomeResumesTheSelectedSession(t *testing.T) {
	hh := newHomeHarness(t, "fr")
	hh.keys("d")
	for _, x := range hh.owned.list { // as if that baraza had quit
		x.Close()
	}
	hh.owned.list, hh.current = nil, nil
	hh.keys("r")
	hh.mustSee("Espace de dialogue de Nyakabanda", "15 personnes", "ouverte")
	hh.keys("enter")
	if _, ok := hh.current.(*Live); !ok {
		t.Fatalf("enter did not resume: %#v", hh.current)
	}
}

func TestHomeOpensAPlanFileAndShowsItsProblems(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("title = \"x\"\n[[participants]]\nname = \"A\"\nlevel = \"goverment\"\n"), 0o600)
	hh := newHomeHarness(t, "en")
	hh.keys("o")
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(bad)}))
	hh.keys("enter")
	if hh.current != nil {
		t.Fatal("a bad plan opened a session")
	}
	hh.mustSee("This plan has problems", "bad.toml:4:9: unknown level \"goverment\"")
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte("title = \"Market access\"\n[[participants]]\nname = \"Aisha\"\nlevel = \"community\"\n"), 0o600)
	hh.keys("o")
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(good)}))
	hh.keys("enter")
	if l, ok := hh.current.(*Live); !ok || l.State().Plan.Title != "Market access" {
		t.Fatalf("good plan did not open: %#v", hh.current)
	}
}

func TestHomeRefusesASessionOpenElsewhere(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d") // still open for writing in this process: it holds the lock
	hh.current = nil
	hh.keys("r", "enter")
	if hh.current != nil {
		t.Fatal("opened a session another writer holds")
	}
	hh.mustSee("is open for writing by pid")
}

func TestHomeReplaysTheSelectedSession(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d")
	hh.current = nil
	hh.keys("r", "v") // replay works while the session is open for writing
	if _, ok := hh.current.(*Replay); !ok {
		t.Fatalf("v did not open the replay: %#v", hh.current)
	}
}

func TestHomeOpensTheMinutesPreviewAndComesBack(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d")
	hh.current = nil
	hh.keys("r", "m")
	p, ok := hh.current.(*previewScreen)
	if !ok {
		t.Fatalf("m did not open the minutes: %#v", hh.current)
	}
	msg := p.Init()()
	p.Update(msg)
	if !strings.Contains(p.pv.content, "Attendance") && !strings.Contains(p.View(), "Attendance") {
		t.Errorf("minutes not rendered")
	}
	if cmd := p.Update(keyMsg("esc")); cmd == nil {
		t.Fatal("esc did not go back")
	} else if sw, ok := cmd().(switchScreenMsg); !ok || sw.to != hh.h {
		t.Errorf("esc went to %#v", sw.to)
	}
}

// One person, one turn: the list speaks in the singular, in both languages.
func TestHomeCountsInTheSingular(t *testing.T) {
	for _, c := range []struct{ lang, people, turns string }{{"en", "1 person", "1 turn"}, {"fr", "1 personne", "1 intervention"}} {
		hh := newHomeHarness(t, c.lang)
		plan := &facilitation.Plan{Title: "Small meeting", Language: c.lang,
			Participants: []facilitation.Participant{{Name: "Amani", Level: facilitation.Community}},
			Rounds:       facilitation.DefaultRounds(0, nil)}
		w, err := hh.h.archive.Create(plan, nil, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range []session.Event{{Type: session.RoundStarted, Round: 1}, {Type: session.TurnStarted, Turn: 1, Participant: "p1"}} {
			e.At = time.Now()
			if _, err := w.Log.Append(e); err != nil {
				t.Fatal(err)
			}
		}
		w.Close()
		hh.keys("r")
		hh.mustSee("Small meeting", c.people+" · "+c.turns+" · ")
	}
}

// Two sessions of one plan: the selected one says its id, when it started
// and which session it follows up (or is followed up by).
func TestHomeTellsApartSessionsOfOnePlan(t *testing.T) {
	hh := newHomeHarness(t, "en")
	plan := &facilitation.Plan{Title: "Monthly town hall", Language: "en",
		Participants: []facilitation.Participant{{Name: "Amani", Level: facilitation.Community}},
		Rounds:       facilitation.DefaultRounds(0, nil)}
	first, err := hh.h.archive.Create(plan, nil, time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.Log.Append(session.Event{Type: session.SessionClosed, At: time.Date(2026, 3, 14, 11, 0, 0, 0, time.Local)}); err != nil {
		t.Fatal(err)
	}
	first.Close()
	second, err := hh.h.archive.CreateFollowUp(plan, nil, time.Date(2026, 4, 11, 9, 30, 0, 0, time.Local), first.ID)
	if err != nil {
		t.Fatal(err)
	}
	second.Close()
	hh.keys("r")
	hh.mustSee("› ↳ Monthly town hall", "  Monthly town hall", second.ID, "Started 11 April 2026 at 09:30", "Follows up "+first.ID)
	hh.keys("down")
	hh.mustSee(first.ID, "Started 14 March 2026 at 09:30", "Followed up by "+second.ID)
}
