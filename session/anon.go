package session

import (
	"fmt"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session/redact"
)

// anonymiser attributes to stable labels instead of names, and redacts
// what may name someone in free text, as the detector finds it and the
// review decided.
type anonymiser struct {
	labels   map[string]string // participant id -> "Community participant 3"; staff id -> "[the facilitator]"
	det      *redact.Scanner   // one export at a time: buffers reused from text to text
	dec      *redact.Decisions
	chatham  bool   // a name in text becomes the neutral word, never a label
	neutral  string // "[a participant]"
	withheld string // "[withheld]": a term that is not a participant
	// unreviewed are ambiguous candidates nobody decided on (redacted).
	unreviewed []Unreviewed
	// found, when set, is told of every candidate (the review's list).
	found func(Found)
}

// Unreviewed is an ambiguous candidate nobody decided on: redacted, to be
// safe, and reported so that someone reviews it.
type Unreviewed struct {
	Term  string // as written
	Where string // the text, e.g. "turn/12"
}

// Found is a candidate in one text, with what the export does with it.
type Found struct {
	Where     string // the text, e.g. "turn/12"
	Text      string // the whole text, as recorded
	Candidate redact.Candidate
	Redacted  bool
	By        redact.Source
}

// Term is the candidate's words as written in its text.
func (f Found) Term() string { return f.Text[f.Candidate.Start:f.Candidate.End] }

// newAnonymiser numbers people within their level in plan order, so the
// same person has the same label in every format and every export.
func newAnonymiser(st *State, cat *i18n.Catalog, chatham bool) *anonymiser {
	a := &anonymiser{labels: map[string]string{}, dec: &st.Review.Decisions, chatham: chatham,
		neutral: cat.T("min.neutral_name"), withheld: cat.T("min.withheld")}
	count := map[facilitation.Level]int{}
	people := make([]redact.Person, 0, len(st.People))
	for _, p := range st.People {
		count[p.Level]++
		a.labels[p.ID] = cat.T("min.label", cat.Level(p.Level), count[p.Level])
		people = append(people, redact.Person{ID: p.ID, Name: p.Name, Organisation: p.Organisation, Role: p.Role})
	}
	cfg := DetectorConfig(st, people)
	for _, s := range HiddenStaff(st, chatham) {
		cfg.Staff = append(cfg.Staff, s)
		a.labels[s.ID] = cat.T("min.staff." + strings.TrimPrefix(s.ID, "staff:"))
	}
	a.det = redact.New(cfg).Scanner()
	return a
}

// Staff ids in the detector: never a participant's ("p1"...).
const (
	staffFacilitator = "staff:facilitator"
	staffNoteTaker   = "staff:note_taker"
)

// HiddenStaff are the facilitator and note-taker whose names an anonymised
// or Chatham House export hides: in the header and wherever typed in text,
// where a role word replaces them. A staff name is shown only when the
// plan's [anonymity] keep lists it whole and no part of it is also a part
// of a participant's name: "Furaha" of the facilitator "Furaha Mwamba"
// would otherwise point to the participant "Irène Furaha". Under the
// Chatham House rule no one is named, staff included.
func HiddenStaff(st *State, chatham bool) []redact.Person {
	var out []redact.Person
	for _, s := range []redact.Person{{ID: staffFacilitator, Name: st.Plan.Facilitator}, {ID: staffNoteTaker, Name: st.Plan.NoteTaker}} {
		if strings.TrimSpace(s.Name) != "" && (chatham || !staffShown(st, s.Name)) {
			out = append(out, s)
		}
	}
	return out
}

// staffShown: the keep list names the staff member whole, and no part of
// the name is a part of a participant's.
func staffShown(st *State, name string) bool {
	kept := false
	for _, k := range st.Plan.Anonymity.Keep {
		kept = kept || redact.Fold(k) == redact.Fold(name)
	}
	if !kept {
		return false
	}
	parts := map[string]bool{}
	for _, p := range st.People {
		for _, k := range redact.PartKeys(p.Name) {
			parts[k] = true
		}
	}
	for _, k := range redact.PartKeys(name) {
		if parts[k] {
			return false
		}
	}
	return true
}

// DetectorConfig is the detector's configuration for a session: its
// language, the plan's [anonymity] lists and the terms reviewers added.
func DetectorConfig(st *State, people []redact.Person) redact.Config {
	return redact.Config{Lang: st.Plan.Language, People: people,
		Redact: append(append([]string(nil), st.Plan.Anonymity.Redact...), st.Review.Terms...),
		Keep:   st.Plan.Anonymity.Keep}
}

// scrub redacts text found at place. In an action's responsible party
// (party true) an organisation or role not tied to one participant is an
// institution, not a candidate. found says whether anything was redacted.
func (a *anonymiser) scrub(text string, at place, party bool) (out string, found bool) {
	cands := a.det.Find(text)
	if len(cands) == 0 {
		return text, false
	}
	place := at.String()
	var b strings.Builder
	last := 0
	for _, c := range cands {
		if party && (c.Reason == redact.Organisation || c.Reason == redact.Role) && len(c.People) != 1 {
			continue
		}
		red, by := a.dec.Resolve(place, c)
		if a.found != nil {
			a.found(Found{Where: place, Text: text, Candidate: c, Redacted: red, By: by})
		}
		if by == redact.Unreviewed {
			a.unreviewed = append(a.unreviewed, Unreviewed{Term: text[c.Start:c.End], Where: place})
		}
		if !red {
			continue
		}
		b.WriteString(text[last:c.Start])
		b.WriteString(a.replacement(c))
		last, found = c.End, true
	}
	if !found {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// replacement: a label when the words name one participant (anonymised
// minutes attribute to labels); the neutral word when they may name
// several, and always under the Chatham House rule, so nothing there joins
// to an anonymised export; "[withheld]" for a term that names no participant;
// the role ("[the facilitator]") for a staff member alone.
func (a *anonymiser) replacement(c redact.Candidate) string {
	switch {
	case len(c.People) == 0:
		return a.withheld
	case len(c.People) == 1 && strings.HasPrefix(c.People[0], "staff:"):
		return a.label(c.People[0])
	case a.chatham || len(c.People) > 1:
		return a.neutral
	}
	return a.label(c.People[0])
}

// label is a participant's anonymised label.
func (a *anonymiser) label(id string) string {
	if l, ok := a.labels[id]; ok {
		return l
	}
	return fmt.Sprintf("participant %s", id)
}
