package ui

import "testing"

func TestConfirm(t *testing.T) {
	cases := []struct {
		key  string
		want any
		done bool
	}{
		{"y", closeIntent{}, true},
		{"Y", closeIntent{}, true},
		{"enter", closeIntent{}, true},
		{"n", nil, true},
		{"esc", nil, true},
		{"x", nil, false}, // a stray key decides nothing
		{"q", nil, false},
	}
	for _, c := range cases {
		d := newConfirm(dlgCommon("en"), "Close the session?", closeIntent{})
		intent, done := press(t, d, nil, c.key)
		if intent != c.want || done != c.done {
			t.Errorf("%q: got %#v, %v; want %#v, %v", c.key, intent, done, c.want, c.done)
		}
	}
}

func TestConfirmViewFitsInBothLanguages(t *testing.T) {
	st := dlgBusyState(t)
	for _, lang := range []string{"en", "fr"} {
		c := dlgCommon(lang)
		d := newConfirm(c, c.cat.T("live.close_q"), closeIntent{})
		dialogFitsSizes(t, d, st)
		if lang == "fr" {
			mustContain(t, d.View(st, 70, 10), "Clore la séance\u202f?", "y ou entrée\u202f: oui")
		} else {
			mustContain(t, d.View(st, 70, 10), "Close the session?", "y or enter: yes")
		}
	}
}
