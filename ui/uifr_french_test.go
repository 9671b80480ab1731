package ui

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// TestReplayWarningsAndErrorsInFrench: the log's warning once it is read
// (here its last line has no final newline), a damaged line and a time
// that is not one are said on the replay screen in its language.
func TestReplayWarningsAndErrorsInFrench(t *testing.T) {
	t.Run("warning", func(t *testing.T) {
		rh, init := partialReplayIn(t, "fr", 3, 0, func(b []byte) []byte { return bytes.TrimSuffix(b, []byte("\n")) })
		rh.run(init)
		if rh.r.tl.Loading() || rh.r.bad || !strings.Contains(rh.r.status, "log.jsonl\u202f: la dernière ligne n'a pas de saut de ligne final") {
			t.Fatalf("status %q (bad %v)", rh.r.status, rh.r.bad)
		}
	})
	t.Run("damaged line", func(t *testing.T) {
		rh, init := partialReplayIn(t, "fr", 3, 8, nil)
		rh.run(init)
		st := rh.r.status
		if !rh.r.bad || !strings.Contains(st, "Le journal n'a pas pu être lu après l'événement 7\u202f: ") ||
			!strings.Contains(st, "log.jsonl:8\u202f: événement invalide") {
			t.Fatalf("status %q", st)
		}
	})
	t.Run("not a time", func(t *testing.T) {
		for _, typed := range []string{"bientôt", "+5x"} {
			rh, init := partialReplayIn(t, "fr", 3, 0, nil)
			rh.run(init)
			rh.keys("g").r.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(typed)})
			rh.keys("enter")
			if want := "\"" + typed + "\" n'est pas une heure\u202f: écrivez"; !rh.r.bad || !strings.HasPrefix(rh.r.status, want) {
				t.Errorf("%s: status %q, want %q…", typed, rh.r.status, want)
			}
		}
	})
}

// TestSharingErrorsInFrench: a note-taker's action after the shared
// session stopped is refused in their language; the hub's and sharing's
// own errors are catalog messages, said in French, that errors.Is still
// recognises.
func TestSharingErrorsInFrench(t *testing.T) {
	h, _ := hubSession(t)
	_, note, err := h.Join(Guest{Role: RoleNote, Auth: "join code", Lang: "fr"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	note.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if err := h.Close(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	_, cmd := note.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("]")})
	runAll(cmd)
	if v, want := note.View(), "Non enregistré\u202f: la séance partagée est arrêtée"; !strings.Contains(v, want) {
		t.Errorf("after the hub stopped, want %q:\n%s", want, v)
	}
	_, _, joinErr := h.Join(Guest{Role: RoleNote, Auth: "join code", Lang: "fr"}, time.Now())

	notShared := (&App{}).Share()
	_, unavailable := (&sharedRun{}).begin()
	for _, tc := range []struct {
		name     string
		err      error
		sentinel error
		want     string
	}{
		{"join after the end", joinErr, errHubClosed, "la séance partagée est arrêtée"},
		{"observer", (&hubLink{readOnly: true}).record(nil, time.Now(), nil), errReadOnly, "l'écran d'un observateur n'enregistre rien"},
		{"not shared", notShared, notShared, "cet écran n'est pas sur une séance partagée"},
		{"no server", unavailable, unavailable, "le partage n'est pas disponible ici"},
	} {
		if tc.err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if got := facilitation.ErrorIn(tc.err, "fr"); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
		if !errors.Is(tc.err, tc.sentinel) {
			t.Errorf("%s: errors.Is lost", tc.name)
		}
	}
	if got, want := osReason(facilitation.Msg(notShown, errors.New("x")), "fr"), "enregistré, mais l'écran n'a pas pu le montrer\u202f: x"; got != want {
		t.Errorf("saved but not shown: %q, want %q", got, want)
	}
}

// TestSharePanelInFrench: the facilitator's panel says how each person got
// in in French, a key too.
func TestSharePanelInFrench(t *testing.T) {
	h, _ := hubSession(t)
	_, m, err := h.Join(Guest{Role: RoleFacilitator, Lang: "fr"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, auth := range []string{"join code", "key SHA256:abc"} {
		if _, _, err := h.Join(Guest{Role: RoleObserver, Auth: auth, Addr: "192.168.43.17:50000"}, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	a := newShareApp(h.commonFor(Options{Theme: Theme{NoColor: true}}, "fr"), m.(*App), &fakeSharing{})
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	a.Update(eventsWrittenMsg{shared: h.latest()})
	a.Update(keyRunes("S"))
	v := a.View()
	for _, want := range []string{"observateur · code d'accès", "observateur · clé SHA256:abc"} {
		if !strings.Contains(v, want) {
			t.Errorf("panel lacks %q:\n%s", want, v)
		}
	}
}

// TestCorrectionRefusedInFrench: the fold's reason for refusing a
// correction is said on the live screen in its language, whether the
// journal or the all-or-nothing check refuses it.
func TestCorrectionRefusedInFrench(t *testing.T) {
	plan := harnessPlan()
	plan.Language = "fr"
	h := newHarness(t, plan)
	h.keys("]", "g").typeText("bien").keys("enter")
	h.advance(time.Minute).keys("g").typeText("amani").keys("enter", "esc")
	st := h.m.State()
	if len(st.Turns) != 2 {
		t.Fatalf("setup: %d turns", len(st.Turns))
	}
	h.run(h.m.apply(correctIntent{Events: []session.Event{{Type: session.Corrected, Corrects: st.Turns[0].StartSeq,
		Correction: session.CorrReassign, Participant: "p99"}}, What: "x"}))
	h.mustSee("Rectification refusée\u202f: \"p99\" n'est pas un participant")
	h.run(h.m.apply(correctIntent{Events: []session.Event{{Type: session.TurnEnded, Turn: 2},
		{Type: session.Corrected, Corrects: 999, Correction: session.CorrVoid}}}))
	h.mustSee("Rectification refusée\u202f: il n'y a pas d'événement 999 à corriger")
}
