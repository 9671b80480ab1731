package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// Issue 16, problem 3: esc closes the full help, and q behind the help
// closes it instead of quitting (live screen and board).
func TestHelpClosesOnEscAndQDoesNotQuit(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("?")
	if !h.m.fullHelp {
		t.Fatal("? did not open the help")
	}
	h.keys("esc")
	if h.m.fullHelp {
		t.Fatal("esc did not close the help")
	}
	h.keys("?", "q")
	if h.quit || h.m.fullHelp {
		t.Fatalf("q behind the help: quit=%v, help still open=%v", h.quit, h.m.fullHelp)
	}
	h.keys("b", "?", "q")
	if h.quit || h.m.fullHelp || !h.m.showBoard {
		t.Fatalf("q behind the board's help: quit=%v help=%v board=%v", h.quit, h.m.fullHelp, h.m.showBoard)
	}
}

// Issue 16, problem 3: e then esc on the note prompt cancels: the turn runs
// on, nothing is recorded, and giving the floor back makes no second turn.
func TestEscOnTheEndNoteKeepsTheTurnGoing(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("]", "g").typeText("amani").keys("enter")
	n := len(h.log.events)
	h.advance(30*time.Second).keys("e", "esc")
	if len(h.log.events) != n || h.m.dialog != nil {
		t.Fatalf("esc recorded %v", h.types()[n:])
	}
	if c := h.m.State().Current; c == nil || c.Number != 1 {
		t.Fatalf("the turn stopped: %+v", c)
	}
	h.mustSee("► Amani Kahindo")
}

// Issue 16, problems 3 and 10: a block needs a reason; an empty enter keeps
// the prompt open with the reason why, so the letters typed next go into
// the reason and never become board commands (d would defer the item).
func TestBlockNeedsAReasonAndKeysStayInThePrompt(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("b").raise("Dawn patrols", "government")
	n := len(h.log.events)
	h.keys("p", "enter", "down", "down", "down", "enter", "enter") // community, block, empty reason
	if len(h.log.events) != n || h.m.dialog == nil {
		t.Fatalf("empty reason for a block: events %v, dialog %v", h.types()[n:], h.m.dialog)
	}
	h.mustSee("needs a reason")
	h.typeText("do not trust the police").keys("enter")
	e := h.last()
	if e.Type != session.PositionRecorded || e.Stance != "block" || e.Reason != "do not trust the police" {
		t.Fatalf("last = %+v", e)
	}
	if it := h.m.State().Items[0]; it.Text != "Dawn patrols" || it.Deferred {
		t.Fatalf("item changed by keys meant for the prompt: %+v", it)
	}
}

// Issue 16, problem 2: in French, 15/12/2026 and "court" are accepted; a
// refused answer keeps the prompt open with the text, and the what, who and
// with already given are kept.
func TestFrenchActionDateAndHorizon(t *testing.T) {
	plan := harnessPlan()
	plan.Language = "fr"
	for _, tc := range []struct{ typed, want string }{{"15/12/2026", "2026-12-15"}, {"court", "short"}, {"long terme", "long"}} {
		h := newHarness(t, plan)
		h.keys("b").raise("Patrouilles", "gouvernement")
		h.position(0, 0, "").position(1, 0, "").position(2, 0, "")
		h.keys("A").typeText("Patrouiller").keys("enter").typeText("Police").keys("enter").
			typeText("Chefs").keys("enter").typeText("bientôt").keys("enter")
		if h.m.dialog == nil || h.last().Type == session.ActionAgreed {
			t.Fatal("a refused date closed the dialog or was recorded")
		}
		h.mustSee("bientôt", "corrigez")
		h.keys("ctrl+u").typeText(tc.typed).keys("enter")
		e := h.last()
		if e.Type != session.ActionAgreed || e.Action.What != "Patrouiller" || e.Action.Who != "Police" ||
			e.Action.With != "Chefs" || e.Action.When != tc.want {
			t.Fatalf("%s: last = %+v %+v", tc.typed, e, e.Action)
		}
	}
}

// Issue 16, "confirmations in the session's language": o/n in French.
func TestConfirmSaysOuiInFrench(t *testing.T) {
	plan := harnessPlan()
	plan.Language = "fr"
	h := newHarness(t, plan)
	h.keys("C", "c") // the read-back, then its close
	h.mustSee("o ou entrée")
	h.keys("o")
	if e := h.last(); e.Type != session.SessionClosed {
		t.Fatalf("o did not confirm: %+v", e)
	}
}

// Issue 16, problem 7: at 80x24 the people dialog's footer still shows +
// (adding a participant, which only this dialog offers), in both languages.
func TestPeopleHintKeepsAddAt80(t *testing.T) {
	for lang, want := range map[string]string{"en": "+ add someone", "fr": "+ ajouter quelqu'un"} {
		plan := harnessPlan()
		plan.Language = lang
		h := newHarness(t, plan)
		h.m.SetSize(80, 24)
		h.keys("w")
		h.mustSee(want)
	}
}

// Issue 16, problem 7: at 80x24 the board's footer shows every key that only
// the board offers (merge, review, correct were cut before), in both languages.
func TestBoardFooterKeepsItsKeysAt80(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"+ item", "p position", "d defer", "A action", "u review", "m merge", "x correct"},
		"fr": {"+ point", "p position", "d reporter", "A action", "u suivi", "m fusion", "x rectifier"},
	} {
		plan := harnessPlan()
		plan.Language = lang
		h := newHarness(t, plan)
		h.m.SetSize(80, 24)
		h.keys("b")
		lines := strings.Split(h.m.View(), "\n")
		footer := lines[len(lines)-1]
		for _, w := range want {
			if !strings.Contains(footer, w) {
				t.Errorf("%s: the board's footer lacks %q: %q", lang, w, footer)
			}
		}
		if strings.Contains(footer, "…") {
			t.Errorf("%s: the board's footer is cut: %q", lang, footer)
		}
	}
}

// Issue 16, problem 7: at 80x24 the floor's indicators (a request kind,
// interpretation, off the record, the limit) are never cut: short forms from
// the catalog replace the long ones when they do not fit.
func TestFloorIndicatorsFitAt80(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"[question]", "interp.", "off rec."},
		"fr": {"[question]", "interp.", "hors CR"},
	} {
		plan := harnessPlan()
		plan.Language = lang
		h := newHarness(t, plan)
		h.m.SetSize(80, 24)
		h.keys("]", "a").typeText("amani").keys("enter", "n")
		s := h.m.j.projected.Clone()
		if s.Current == nil {
			t.Fatalf("%s: nobody has the floor", lang)
		}
		turn := *s.Current // as the keys would set them, on a copy
		turn.Request, turn.Interpreting, turn.OffRecord = facilitation.RequestClarify, true, true
		s.Current = &turn
		view := strings.Join(h.m.viewFloor(s, h.clock, 46), "\n") // the floor panel's width at 80 columns
		for _, w := range want {
			if !strings.Contains(view, w) {
				t.Errorf("%s: the floor lacks %q:\n%s", lang, w, view)
			}
		}
		for _, cut := range []string{"interp…", "off th…", "hors co…", "[clarifying qu", "[question de"} {
			if strings.Contains(view, cut) {
				t.Errorf("%s: an indicator is cut (%q):\n%s", lang, cut, view)
			}
		}
	}
}

// Issue 16, problem 7: at 80 columns the path of saved minutes keeps its end
// (the session's folder and the file's name); its start gives way.
func TestSavedMinutesPathFitsAt80(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		plan := harnessPlan()
		plan.Language = lang
		h := newHarness(t, plan)
		p := newPreview(h.m.c, t.TempDir())
		path := "/home/facilitatrice/.local/share/baraza/sessions/2026-03-14-0930-espace-de-dialogue-d-ikassa/minutes.fr.md"
		p.update(minutesWrittenMsg{path: path}, h.m.j.projected)
		lines := p.view(80, 24)
		status := lines[len(lines)-1]
		if !strings.HasSuffix(strings.TrimRight(status, " "), "espace-de-dialogue-d-ikassa/minutes.fr.md") || !strings.Contains(status, "…") {
			t.Errorf("%s: the saved file is cut: %q", lang, status)
		}
		if w := lipgloss.Width(status); w > 80 {
			t.Errorf("%s: the status line is %d columns", lang, w)
		}
	}
}
