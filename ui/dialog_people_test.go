package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

func TestPeopleMarksAttendanceAndStaysOpen(t *testing.T) {
	st := dlgBusyState(t)
	cases := []struct {
		keys []string
		want attendanceIntent
	}{
		{[]string{"p"}, attendanceIntent{"p1", session.Present}},
		{[]string{"down", "p"}, attendanceIntent{"p2", session.Present}},
		{[]string{"down", "down", "l"}, attendanceIntent{"p3", session.Left}},
		{[]string{"j", "j", "j", "k", "t"}, attendanceIntent{"p3", session.Late}},
		{[]string{"down", "down", "down", "down", "down", "down", "a"}, attendanceIntent{"p5", session.Absent}},
	}
	for _, c := range cases {
		d := newPeopleDialog(dlgCommon("en"))
		intent, done := press(t, d, st, c.keys...)
		if intent != c.want || done {
			t.Errorf("%v: got %#v, %v; want %#v, still open", c.keys, intent, done, c.want)
		}
	}
	d := newPeopleDialog(dlgCommon("en"))
	if intent, done := press(t, d, st, "esc"); intent != nil || !done {
		t.Errorf("esc: got %#v, %v", intent, done)
	}
}

func TestPeopleShowsTotalsAndSortsByTime(t *testing.T) {
	st := dlgBusyState(t)
	d := newPeopleDialog(dlgCommon("en"))
	v := d.View(st, 80, 20)
	mustContain(t, v, "order of the plan", "not marked", "left", "absent", "1:30", "0:45")
	row := lineWith(v, "王小明")
	// p4 holds the floor: a minute so far, and the running turn counts.
	if f := strings.Fields(strings.Trim(row, "│ ")); len(f) < 2 || f[len(f)-2] != "1:00" || f[len(f)-1] != "1" {
		t.Errorf("running speaker's row: %q", row)
	}
	press(t, d, st, "down", "down") // select عائشة, then sort: the selection follows her
	press(t, d, st, "s")
	v = d.View(st, 80, 20)
	order := []int{strings.Index(v, "Déogratias"), strings.Index(v, "王小明"), strings.Index(v, "عائشة"), strings.Index(v, "Kahindo")}
	for i := 1; i < len(order); i++ {
		if order[i-1] > order[i] {
			t.Errorf("not sorted by speaking time:\n%s", v)
		}
	}
	mustContain(t, v, "most speaking time first", "› عائشة")
	if intent, _ := press(t, d, st, "p"); intent != (attendanceIntent{"p3", session.Present}) {
		t.Errorf("after sorting: %#v", intent)
	}
	dialogFitsSizes(t, d, st)
}

func lineWith(view, part string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, part) {
			return l
		}
	}
	return ""
}

func TestPeopleAddsAParticipant(t *testing.T) {
	st := dlgBusyState(t)
	d := newPeopleDialog(dlgCommon("en"))
	press(t, d, st, "+", "Zola Mbuyi")
	mustContain(t, d.View(st, 80, 20), "Add a participant", "› Name", "Zola Mbuyi", "[Community]")
	dialogFitsSizes(t, d, st)
	intent, done := press(t, d, st, "tab", "right", "tab", "right", "tab", "right", "tab", "Jeunes de Beni", "enter")
	want := addPersonIntent{Person: facilitation.Participant{
		Name: "Zola Mbuyi", Level: facilitation.CivilSociety, Gender: facilitation.Woman, Youth: true, Organisation: "Jeunes de Beni",
	}}
	if intent != want || done {
		t.Errorf("got %#v, %v; want %#v, still open", intent, done, want)
	}
	mustContain(t, d.View(st, 80, 20), "People", "Attendance") // back to the list

	// shift+tab and left go back; the name is tidied.
	d = newPeopleDialog(dlgCommon("en"))
	intent, _ = press(t, d, st, "+", "  Zola   Mbuyi ", "shift+tab", "shift+tab", "shift+tab", "shift+tab", "left", "enter")
	if in, ok := intent.(addPersonIntent); !ok || in.Person.Name != "Zola Mbuyi" || in.Person.Level != facilitation.Government {
		t.Errorf("got %#v", intent)
	}
}

func TestPeopleFormRefusesBlankAndTakenNames(t *testing.T) {
	st := dlgBusyState(t)
	d := newPeopleDialog(dlgCommon("en"))
	if intent, done := press(t, d, st, "+", "   ", "enter"); intent != nil || done {
		t.Errorf("blank name: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "Type a name first.")
	press(t, d, st, "backspace", "backspace", "backspace", " grâce   MAPENDO")
	if intent, done := press(t, d, st, "enter"); intent != nil || done {
		t.Errorf("taken name: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "Grâce Mapendo is already on the list.")
	dialogFitsSizes(t, d, st)
	// esc leaves the form, not the dialog; a second esc closes.
	if intent, done := press(t, d, st, "esc"); intent != nil || done {
		t.Errorf("esc in the form: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "Attendance")
	if _, done := press(t, d, st, "esc"); !done {
		t.Error("esc on the list did not close")
	}
}

func TestPeopleScrollsAndSpeaksFrench(t *testing.T) {
	plan := dlgPlan()
	for i := range 40 {
		plan.Participants = append(plan.Participants, facilitation.Participant{Name: fmt.Sprintf("Personne %02d", i), Level: facilitation.Community})
	}
	st := dlgState(t, plan)
	d := newPeopleDialog(dlgCommon("fr"))
	for range 35 {
		press(t, d, st, "down")
	}
	v := d.View(st, 70, 16)
	dialogFits(t, v, 70, 16)
	mustContain(t, v, "› Personne 30", "Personnes", "Présence", "non pointé(e)", "de plus")
	press(t, d, st, "+")
	mustContain(t, d.View(st, 70, 16), "Ajouter un participant", "Niveau", "[non précisé]", "facultatif")
	dialogFitsSizes(t, d, st)
}

func TestPeopleEmpty(t *testing.T) {
	plan := dlgPlan()
	plan.Participants = nil
	st := dlgState(t, plan)
	d := newPeopleDialog(dlgCommon("en"))
	if intent, done := press(t, d, st, "down", "p"); intent != nil || done {
		t.Errorf("nobody to mark: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "No participants yet.")
}

// A name that differs from a listed one only by accents is taken too, and
// invisible characters (zero-width, bidi overrides) are refused.
func TestPeopleFormRefusesNearDuplicatesAndHiddenCharacters(t *testing.T) {
	st := dlgBusyState(t)
	d := newPeopleDialog(dlgCommon("en"))
	if intent, done := press(t, d, st, "+", "Grace Mapendo", "enter"); intent != nil || done {
		t.Errorf("accent-less duplicate: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "Grâce Mapendo is already on the list.")
	d = newPeopleDialog(dlgCommon("en"))
	if intent, done := press(t, d, st, "+", "Zola\u200bMbuyi", "enter"); intent != nil || done {
		t.Errorf("zero-width space: got %#v, %v", intent, done)
	}
	mustContain(t, d.View(st, 80, 20), "zero-width character")
}
