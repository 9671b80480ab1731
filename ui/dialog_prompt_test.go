package ui

import (
	"strings"
	"testing"
)

func TestPromptReturnsTheTrimmedText(t *testing.T) {
	note := func(s string) any { return freeNoteIntent{Text: s} }
	cases := []struct {
		initial string
		keys    []string
		want    any
		done    bool
	}{
		{"", []string{"Power cut", "enter"}, freeNoteIntent{"Power cut"}, true},
		{"", []string{"  padded  ", "enter"}, freeNoteIntent{"padded"}, true},
		{"Asks", []string{" for a patrol", "enter"}, freeNoteIntent{"Asks for a patrol"}, true},
		{"abc", []string{"backspace", "left", "X", "enter"}, freeNoteIntent{"aXb"}, true},
		{"draft", []string{"esc"}, nil, true},
		{"", []string{"typing"}, nil, false},
	}
	for _, c := range cases {
		p := newPrompt(dlgCommon("en"), "Free note", c.initial, note)
		intent, done := press(t, p, nil, c.keys...)
		if intent != c.want || done != c.done {
			t.Errorf("%q %v: got %#v, %v; want %#v, %v", c.initial, c.keys, intent, done, c.want, c.done)
		}
	}
	// onDone may decline: nothing to do, and the prompt closes.
	p := newPrompt(dlgCommon("en"), "Plan file", "", func(s string) any {
		if s == "" {
			return nil
		}
		return s
	})
	if intent, done := press(t, p, nil, "  ", "enter"); intent != nil || !done {
		t.Errorf("declined: got %#v, %v", intent, done)
	}
}

func TestPromptLimitsLengthAndScrolls(t *testing.T) {
	p := newPrompt(dlgCommon("en"), "Note for turn 12 (Déogratias Kasereka) — enter saves, esc skips", "", nil)
	press(t, p, nil, strings.Repeat("a", 390)+"END")
	v := p.View(nil, 70, 10)
	dialogFits(t, v, 70, 10)
	if !strings.Contains(v, "aEND") || strings.Contains(v, "characters") {
		t.Errorf("the end of a long text is not in view, or the count shows early:\n%s", v)
	}
	press(t, p, nil, strings.Repeat("é", 200))
	v = p.View(nil, 70, 10)
	mustContain(t, v, "500/500 characters", "Note for turn 12")
	dialogFitsSizes(t, p, nil)
	if intent, _ := press(t, p, nil, "enter"); intent != nil {
		t.Errorf("nil onDone returned %#v", intent)
	}
	// wide characters scroll within the width too
	p = newPrompt(dlgCommon("fr"), "Note libre", strings.Repeat("王小明", 40), nil)
	dialogFitsSizes(t, p, nil)
	press(t, p, nil, "x")
	dialogFitsSizes(t, p, nil)
	mustContain(t, p.View(nil, 120, 10), "明x")
}

func TestPromptTitleGivesWayToTheInput(t *testing.T) {
	p := newPrompt(dlgCommon("fr"), strings.Repeat("Une très longue question ", 20), "réponse", nil)
	v := p.View(nil, 70, 5)
	dialogFits(t, v, 70, 5)
	mustContain(t, v, "> réponse")
}
