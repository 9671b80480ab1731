package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestHomeOpensTheReviewUnderTheLock: a on a session opens the review on
// its log, taking the lock (refused while another writer holds it); a
// decision is appended to the log on disk; esc goes home and lets go of it.
func TestHomeOpensTheReviewUnderTheLock(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d") // the demo, still open for writing here: it holds the lock
	hh.current = nil
	hh.keys("r", "h", "a") // h: demo sessions are hidden at first
	if hh.current != nil {
		t.Fatal("the review opened a session another writer holds")
	}
	hh.mustSee("This session is open in another baraza (pid")

	// Close the live session's log, as quitting it does; now the review opens.
	for _, x := range hh.owned.list {
		x.Close()
	}
	hh.keys("a")
	r, ok := hh.current.(*reviewScreen)
	if !ok {
		t.Fatalf("a did not open the review: %#v", hh.current)
	}
	r.SetSize(100, 30)
	drive(r, r.Init())
	drive(r, r.Update(dlgKeyMsg("t")))
	for _, ch := range "Kalehe" {
		drive(r, r.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{ch}}))
	}
	drive(r, r.Update(dlgKeyMsg("enter")))
	cmd := r.Update(dlgKeyMsg("esc"))
	if cmd == nil {
		t.Fatal("esc did not go back")
	}
	if sw, ok := cmd().(switchScreenMsg); !ok || sw.to != hh.h {
		t.Fatalf("esc went to %#v", sw)
	}
	st, _, err := hh.h.archive.Read(hh.h.list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Review.Terms) != 1 || st.Review.Terms[0] != "Kalehe" {
		t.Errorf("the term is not in the log: %+v", st.Review)
	}
	// The lock is released: the session resumes.
	hh.current = nil
	hh.keys("enter")
	if _, ok := hh.current.(*Live); !ok {
		t.Fatalf("the review kept the lock: %s", hh.h.View())
	}
}

// TestLiveOpensTheReviewFromThePreview: v then a in a live session opens
// the review on the live journal; esc comes back to the live screen.
func TestLiveOpensTheReviewFromThePreview(t *testing.T) {
	hh := newHomeHarness(t, "en")
	hh.keys("d")
	live := hh.current.(*Live)
	var next screen
	run := func(cmd tea.Cmd) {
		for n := 0; cmd != nil && n < 10; n++ {
			msg := cmd()
			if sw, ok := msg.(switchScreenMsg); ok {
				next = sw.to
				return
			}
			cmd = live.Update(msg)
		}
	}
	live.SetSize(100, 30)
	run(live.Update(keyMsg("v")))
	run(live.Update(keyMsg("a")))
	r, ok := next.(*reviewScreen)
	if !ok || r.j != live.j {
		t.Fatalf("a in the preview did not open the review on the live journal: %#v", next)
	}
	cmd := r.Update(dlgKeyMsg("esc"))
	if sw, ok := cmd().(switchScreenMsg); !ok || sw.to != live {
		t.Fatalf("esc went to %#v", sw)
	}
}
