package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

func TestPickerQueuesByAFewLetters(t *testing.T) {
	st := dlgBusyState(t)
	cases := []struct {
		name string
		kind facilitation.RequestKind
		keys []string
		want any
	}{
		{"accent-free letters", facilitation.RequestSpeak, []string{"deo", "enter"}, queueIntent{"p1", facilitation.RequestSpeak}},
		{"down to the second match", facilitation.RequestSpeak, []string{"kas", "down", "enter"}, queueIntent{"p2", facilitation.RequestSpeak}},
		// p2 left, so the present come first: p1, p3, p4, then p2 and p5 (absent)
		{"ctrl+n and ctrl+p", facilitation.RequestSpeak, []string{"ctrl+n", "ctrl+n", "ctrl+p", "enter"}, queueIntent{"p3", facilitation.RequestSpeak}},
		{"up stops at the top", facilitation.RequestSpeak, []string{"up", "enter"}, queueIntent{"p1", facilitation.RequestSpeak}},
		{"arabic", facilitation.RequestSpeak, []string{"عا", "enter"}, queueIntent{"p3", facilitation.RequestSpeak}},
		{"tab cycles the kind", facilitation.RequestSpeak, []string{"tab", "tab", "王", "enter"}, queueIntent{"p4", facilitation.RequestClarify}},
		{"shift+tab cycles back", facilitation.RequestSpeak, []string{"shift+tab", "gra", "enter"}, queueIntent{"p5", facilitation.RequestOrder}},
		{"kind given by the key", facilitation.RequestReply, []string{"gra", "enter"}, queueIntent{"p5", facilitation.RequestReply}},
		{"new letters reset the selection", facilitation.RequestSpeak, []string{"a", "down", "down", "m", "enter"}, queueIntent{"p2", facilitation.RequestSpeak}},
		{"backspace too", facilitation.RequestSpeak, []string{"deox", "down", "backspace", "enter"}, queueIntent{"p1", facilitation.RequestSpeak}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newPicker(dlgCommon("en"), pickQueue, c.kind)
			intent, done := press(t, p, st, c.keys...)
			if intent != c.want || !done {
				t.Errorf("got %#v, %v; want %#v, done", intent, done, c.want)
			}
		})
	}
}

func TestPickerFloorEscAndNoMatch(t *testing.T) {
	st := dlgBusyState(t)
	p := newPicker(dlgCommon("en"), pickFloor, facilitation.RequestSpeak)
	if intent, done := press(t, p, st, "tab", "小明", "enter"); intent != (floorIntent{"p4"}) || !done {
		t.Errorf("floor: got %#v, %v", intent, done)
	}

	p = newPicker(dlgCommon("en"), pickQueue, facilitation.RequestSpeak)
	if intent, done := press(t, p, st, "xyz", "enter"); intent != nil || done {
		t.Errorf("enter with no match: got %#v, %v; want nothing, still open", intent, done)
	}
	mustContain(t, p.View(st, 80, 20), "Nobody's name matches “xyz”.")
	if intent, done := press(t, p, st, "esc"); intent != nil || !done {
		t.Errorf("esc: got %#v, %v", intent, done)
	}
}

func TestPickerViewShowsKindStatusAndFits(t *testing.T) {
	st := dlgBusyState(t)
	p := newPicker(dlgCommon("en"), pickQueue, facilitation.RequestReply)
	v := p.View(st, 80, 20)
	mustContain(t, v, "Add to the queue", "Request: direct reply", "Déogratias Kasereka", "COM", "left", "absent", "王小明", "عائشة", "Mamans pour la paix")
	dialogFitsSizes(t, p, st)
	press(t, p, st, "kas")
	dialogFitsSizes(t, p, st)
	if v := p.View(st, 80, 20); strings.Contains(v, "Grâce") || !strings.Contains(v, "› Déogratias") {
		t.Errorf("filtered view wrong:\n%s", v)
	}

	floor := newPicker(dlgCommon("en"), pickFloor, facilitation.RequestSpeak)
	if v := floor.View(st, 80, 20); !strings.Contains(v, "Give the floor to") || strings.Contains(v, "Request:") {
		t.Errorf("floor picker view:\n%s", v)
	}
}

func TestPickerFrench(t *testing.T) {
	st := dlgBusyState(t)
	p := newPicker(dlgCommon("fr"), pickQueue, facilitation.RequestSpeak)
	press(t, p, st, "tab")
	mustContain(t, p.View(st, 80, 20), "Inscrire sur la liste", "Demande\u202f: réponse directe", "parti(e)", "absent(e)")
	dialogFitsSizes(t, p, st)
}

func TestPickerScrollsToTheSelection(t *testing.T) {
	plan := dlgPlan()
	for i := range 40 {
		plan.Participants = append(plan.Participants, facilitation.Participant{Name: fmt.Sprintf("Person %02d", i), Level: facilitation.Government})
	}
	st := dlgState(t, plan)
	p := newPicker(dlgCommon("en"), pickQueue, facilitation.RequestSpeak)
	keys := make([]string, 30)
	for i := range keys {
		keys[i] = "down"
	}
	press(t, p, st, keys...)
	v := p.View(st, 70, 16)
	dialogFits(t, v, 70, 16)
	mustContain(t, v, "› Person 25", "more")
	if intent, _ := press(t, p, st, "enter"); intent != (queueIntent{session.ParticipantID(30), facilitation.RequestSpeak}) {
		t.Errorf("got %#v", intent)
	}
}

// The picker says who already has the floor or waits, so that nobody is
// queued twice by mistake; picking them again only changes their request.
func TestPickerMarksWhoSpeaksAndWhoWaits(t *testing.T) {
	st := dlgBusyState(t)
	if err := st.Apply(session.Event{Type: session.SpeakerQueued, Participant: "p1", Request: "clarify", At: dlgT0.Add(5 * time.Minute)}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, speaking, waiting string }{
		{"en", "GOV  speaking  市政府", "Déogratias Kasereka  COM  waiting: clarifying question"},
		{"fr", "GOU  a la parole  市政府", "Déogratias Kasereka  COM  inscrit(e)\u202f: question de clarification"},
	} {
		p := newPicker(dlgCommon(c.lang), pickQueue, facilitation.RequestSpeak)
		v := p.View(st, 100, 20)
		mustContain(t, v, c.speaking, c.waiting)
		if n := strings.Count(v, "speaking") + strings.Count(v, "a la parole"); n != 1 {
			t.Errorf("%s: %d people marked as speaking, want 1:\n%s", c.lang, n, v)
		}
		dialogFitsSizes(t, p, st)
	}
}

// In a round for the community alone, the community's people present come
// first: "am" is Kahindo Amani Sifa's (a word start) until she leaves.
func TestPickerPrefersTheRoundsLevelsAndWhoIsPresent(t *testing.T) {
	plan := dlgPlan()
	plan.Rounds[0].Levels = []facilitation.Level{facilitation.Community}
	plan.Participants = append(plan.Participants, facilitation.Participant{Name: "Amadou Diallo", Level: facilitation.Government})
	round := dlgStep{0, session.Event{Type: session.RoundStarted, Round: 1}}
	pick := func(st *session.State, typed string) any {
		p := newPicker(dlgCommon("en"), pickQueue, facilitation.RequestSpeak)
		intent, _ := press(t, p, st, typed, "enter")
		return intent
	}
	before := dlgState(t, plan)
	if got := pick(before, "am"); got != (queueIntent{"p6", facilitation.RequestSpeak}) {
		t.Errorf("before the first round, no preference: got %#v, want Amadou (name start)", got)
	}
	during := dlgState(t, plan, round)
	if got := pick(during, "am"); got != (queueIntent{"p2", facilitation.RequestSpeak}) {
		t.Errorf("community round: got %#v, want Kahindo Amani Sifa", got)
	}
	left := dlgState(t, plan, round, dlgStep{5, session.Event{Type: session.AttendanceMarked, Participant: "p2", Status: session.Left}})
	if got := pick(left, "am"); got != (queueIntent{"p6", facilitation.RequestSpeak}) {
		t.Errorf("after she left: got %#v, want Amadou", got)
	}
}
