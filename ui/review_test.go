package ui

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/anontest"
	"github.com/baraza-app/baraza/session/redact"
)

// reviewOn opens the review screen on the tricky session, on a fake log.
func reviewOn(t *testing.T, lang string, w, h int) (*reviewScreen, *fakeLog) {
	t.Helper()
	events, notes, _, err := anontest.Session(lang)
	if err != nil {
		t.Fatal(err)
	}
	log := &fakeLog{events: append([]session.Event(nil), events...)}
	now := events[len(events)-1].At.Add(time.Hour)
	c := &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New(lang, nil),
		now: func() time.Time { return now }, after: func(time.Duration, tea.Msg) tea.Cmd { return nil },
		width: w, height: h}
	j, err := newJournal(log, events, c.after)
	if err != nil {
		t.Fatal(err)
	}
	return newReviewScreen(c, j, notes, nil, nil), log
}

// drive runs cmd and every command its messages return, as the program would.
func drive(r *reviewScreen, cmd tea.Cmd) {
	for n := 0; cmd != nil && n < 50; n++ {
		msg := cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				drive(r, c)
			}
			return
		}
		if msg == nil {
			return
		}
		cmd = r.Update(msg)
	}
}

func TestReviewDecidesAndRecords(t *testing.T) {
	r, log := reviewOn(t, "fr", 100, 30)
	drive(r, r.Init())
	if len(r.list.Items) == 0 || r.list.Certain == 0 {
		t.Fatalf("nothing to review: %+v", r.list)
	}
	first := r.list.Items[0]
	before := len(log.events)

	drive(r, r.Update(dlgKeyMsg("k"))) // keep this occurrence
	e := log.events[before]
	if e.Type != session.RedactionDecided || e.Redaction.Scope != redact.ScopeOccurrence ||
		e.Redaction.Decision != "keep" || e.Redaction.Where != first.Where || e.Redaction.Term != first.Term() {
		t.Fatalf("k recorded %+v %+v, want keep of %q at %s", e, e.Redaction, first.Term(), first.Where)
	}
	if r.cursor != 1 {
		t.Errorf("cursor after a decision = %d, want the next one", r.cursor)
	}
	if r.list.Items[0].By != redact.ByOccurrence || r.list.Items[0].Redacted {
		t.Errorf("the list does not show the decision: %+v", r.list.Items[0])
	}

	drive(r, r.Update(dlgKeyMsg("R"))) // redact every occurrence of the second
	e = log.events[len(log.events)-1]
	if e.Redaction.Scope != redact.ScopeEverywhere || e.Redaction.Decision != "redact" || e.Redaction.Where != "" {
		t.Errorf("R recorded %+v", e.Redaction)
	}

	drive(r, r.Update(dlgKeyMsg("t")))
	for _, ch := range "Lubala" {
		drive(r, r.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{ch}}))
	}
	drive(r, r.Update(dlgKeyMsg("enter")))
	if e := log.events[len(log.events)-1]; e.Type != session.RedactionTermAdded || e.Text != "Lubala" {
		t.Errorf("t recorded %+v", e)
	}
	if !strings.Contains(r.View(), "Lubala") {
		t.Errorf("no word that the term was added:\n%s", r.View())
	}

	// Keys typed into the prompt are text, not decisions.
	n := len(log.events)
	drive(r, r.Update(dlgKeyMsg("t")))
	drive(r, r.Update(dlgKeyMsg("k")))
	drive(r, r.Update(dlgKeyMsg("esc")))
	if len(log.events) != n {
		t.Error("a key typed in the prompt made a decision")
	}
}

func TestReviewWriteFailureKeepsTheDecision(t *testing.T) {
	r, log := reviewOn(t, "en", 100, 30)
	drive(r, r.Init())
	log.fail = errors.New("disk full")
	drive(r, r.Update(dlgKeyMsg("K")))
	if !strings.Contains(r.View(), "NOT saved") {
		t.Errorf("no word of the failed write:\n%s", r.View())
	}
	if cmd := r.Update(dlgKeyMsg("esc")); cmd != nil {
		t.Error("esc leaves (and closes the log) with a decision unsaved")
	}
	log.fail = nil
	drive(r, r.Update(retryWriteMsg{}))
	if r.j.unsaved() != 0 || log.events[len(log.events)-1].Type != session.RedactionDecided {
		t.Error("the decision was not written on retry")
	}
	if cmd := r.Update(dlgKeyMsg("esc")); cmd == nil {
		t.Error("esc does not leave once everything is saved")
	}
}

func TestReviewFitsEverySize(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		for _, size := range [][2]int{{70, 20}, {80, 24}, {120, 40}, {200, 60}} {
			r, _ := reviewOn(t, lang, size[0], size[1])
			drive(r, r.Init())
			for _, k := range []string{"", "down", "down", "?", "up"} {
				if k != "" {
					drive(r, r.Update(dlgKeyMsg(k)))
				}
				lines := strings.Split(r.View(), "\n")
				if len(lines) != size[1] {
					t.Fatalf("%s %v after %q: %d lines", lang, size, k, len(lines))
				}
				for _, l := range lines {
					if lipgloss.Width(l) != size[0] {
						t.Fatalf("%s %v after %q: line %d wide: %q", lang, size, k, lipgloss.Width(l), l)
					}
				}
			}
		}
	}
}

// TestGoldenReview: the review at 80×24 and 120×40, English and French,
// through the real program loop (go test ./ui -run GoldenReview -update).
func TestGoldenReview(t *testing.T) {
	for _, tc := range []struct {
		name, lang string
		w, h       int
		keys       string
	}{
		{"en_80x24", "en", 80, 24, ""},
		{"en_120x40", "en", 120, 40, ""},
		{"fr_80x24", "fr", 80, 24, ""},
		{"fr_120x40", "fr", 120, 40, ""},
		{"fr_80x24_kept", "fr", 80, 24, "k"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := reviewOn(t, tc.lang, tc.w, tc.h)
			tm := teatest.NewTestModel(t, &App{screen: r, owned: &closers{}}, teatest.WithInitialTermSize(tc.w, tc.h))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("·")) },
				teatest.WithDuration(5*time.Second))
			if tc.keys != "" {
				tm.Type(tc.keys)
				teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("«")) || bytes.Contains(b, []byte("“")) },
					teatest.WithDuration(5*time.Second))
			}
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			golden.RequireEqual(t, []byte(final.View()))
		})
	}
}

// TestReplayShowsReviewDecisionsWhenMade: stepping onto a review event
// after the session closed says what was decided, at its time.
func TestReplayShowsReviewDecisionsWhenMade(t *testing.T) {
	events := smallRecording()
	last := events[len(events)-1]
	for i, e := range []session.Event{
		session.NewRedactionDecided("Amani", redact.ScopeEverywhere, redact.Keep, "", 0),
		session.NewRedactionTermAdded("Kalehe"),
	} {
		e.V, e.Seq, e.At = session.FormatVersion, last.Seq+int64(i)+1, last.At.Add(time.Duration(i+1)*time.Minute)
		events = append(events, e)
	}
	rh := newReplayHarness(t, events)
	for rh.r.pos < len(events)-1 {
		rh.keys("right")
	}
	rh.mustSee("anonymity review: “Amani” kept everywhere")
	rh.keys("right")
	rh.mustSee("anonymity review: “Kalehe” to redact everywhere")
}
