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
	hh.mustSee("No saved session yet", "d demo")
	hh.keys("d")
	live, ok := hh.current.(*Live)
	if !ok {
		t.Fatalf("d did not open the live screen: %#v", hh.current)
	}
	if live.State().Plan.Title == "" || len(hh.owned.list) != 1 {
		t.Errorf("demo session not opened for writing")
	}
	hh.keys("r") // demo sessions are hidden unless asked
	hh.mustSee("No session of your own yet", "1 demo session hidden · h shows it", "h show demos")
	hh.h.SetSize(80, 24) // the message wraps: the screen still has 24 lines, the title first
	if lines := strings.Split(hh.h.View(), "\n"); len(lines) != 24 || !strings.HasPrefix(lines[0], "baraza — ") {
		t.Errorf("%d lines at 80×24, first %q:\n%s", len(lines), lines[0], hh.h.View())
	}
	hh.h.SetSize(100, 30)
	if strings.Contains(hh.h.View(), "Nyakabanda") {
		t.Errorf("the demo session is listed before h:\n%s", hh.h.View())
	}
	hh.keys("h")
	hh.mustSee("Nyakabanda dialogue space", "15 people", "0 turns", "open, demo", "1 demo session shown · h hides it", "h hide demos")
	hh.keys("h")
	if strings.Contains(hh.h.View(), "Nyakabanda") {
		t.Errorf("h did not hide the demo again:\n%s", hh.h.View())
	}
}

// TestHomeHidesDemosAmongSessions: a session of one's own is listed, the
// demos are counted under it; / filters among what is shown and counts
// only that; "demo" finds the demos once shown.
func TestHomeHidesDemosAmongSessions(t *testing.T) {
	hh := newHomeHarness(t, "fr")
	for _, lang := range []string{"fr", "en"} { // one open demo per language
		w, err := hh.h.archive.TakeUpDemo(lang, false, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
	plan := &facilitation.Plan{Title: "Réunion du marché", Language: "fr",
		Participants: []facilitation.Participant{{Name: "Amani", Level: facilitation.Community}},
		Rounds:       facilitation.DefaultRounds(0, nil)}
	w, err := hh.h.archive.Create(plan, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	hh.keys("r")
	hh.mustSee("› Réunion du marché", "2 séances de démo cachées · h les affiche", "h voir démos")
	if v := hh.h.View(); strings.Contains(v, "Nyakabanda") {
		t.Errorf("demos listed:\n%s", v)
	}
	hh.keys("/", "n", "y", "a")
	hh.mustSee("0 sur 1", "Aucune séance ne correspond", "2 séances de démo cachées")
	hh.keys("esc", "h", "/", "d", "e", "m", "o")
	hh.mustSee("2 sur 3", "Espace de dialogue de Nyakabanda", "ouverte, démo", "2 séances de démo affichées · h les cache")
}

func TestHomeResumesTheSelectedSession(t *testing.T) {
	hh := newHomeHarness(t, "fr")
	hh.keys("d")
	for _, x := range hh.owned.list { // as if that baraza had quit
		x.Close()
	}
	hh.owned.list, hh.current = nil, nil
	hh.keys("r", "h")
	hh.mustSee("Espace de dialogue de Nyakabanda", "15 personnes", "ouverte")
	hh.keys("enter")
	if _, ok := hh.current.(*Live); !ok {
		t.Fatalf("enter did not resume: %#v", hh.current)
	}
}

// TestHomeTakesUpTheOpenDemo: d again takes up the open demo where it was
// left (as baraza demo does) rather than leaving one more open session.
func TestHomeTakesUpTheOpenDemo(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d")
	first := hh.current.(*Live).State()
	for _, x := range hh.owned.list { // as if that baraza had quit
		x.Close()
	}
	hh.owned.list, hh.current = nil, nil
	hh.keys("d")
	if l, ok := hh.current.(*Live); !ok || first.ID == "" || l.State().ID != first.ID {
		t.Fatalf("d again = %#v, want the demo %s taken up", hh.current, first.ID)
	}
	list, _ := hh.h.archive.List()
	if len(list) != 1 || !list[0].Demo || !list[0].Open {
		t.Errorf("archive after d twice = %+v, want one open demo", list)
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
	hh.keys("r", "h", "enter")
	if hh.current != nil {
		t.Fatal("opened a session another writer holds")
	}
	hh.mustSee("This session is open in another baraza (pid")
}

func TestHomeReplaysTheSelectedSession(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d")
	hh.current = nil
	hh.keys("r", "h", "v") // replay works while the session is open for writing
	if _, ok := hh.current.(*Replay); !ok {
		t.Fatalf("v did not open the replay: %#v", hh.current)
	}
}

func TestHomeOpensTheMinutesPreviewAndComesBack(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d")
	hh.current = nil
	hh.keys("r", "h", "m")
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
	plan := &facilitation.Plan{Title: "Monthly town hall", Language: "en", Date: "2026-03-14",
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
	hh.mustSee("› └ Monthly town hall", "  Monthly town hall", second.ID, "Started 11 April 2026 at 09:30 · planned for 14 March 2026",
		"Follows up Monthly town hall, 14 March 2026", "2026-04-11 · ") // issue 16: the day it ran, the plan's as "planned for"
	hh.keys("down")
	hh.mustSee(first.ID, "Started 14 March 2026 at 09:30", "Followed up by "+second.ID)
	if strings.Contains(hh.h.View(), "planned for") {
		t.Error("a session run on its plan's date says planned for")
	}
}
