// Package redact finds what may name a person in free text typed during a
// session, and decides what an anonymised export hides. It knows nothing of
// logs or screens: session feeds it the participants and the decisions.
package redact

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Person is what the detector knows of a participant.
type Person struct {
	ID, Name, Organisation, Role string
}

// Config is everything detection depends on.
type Config struct {
	Lang   string   // the session's language: its common words make a part ambiguous
	People []Person // in plan order
	// Staff are the facilitator and the note-taker, when their names are
	// to be hidden too. Their names and parts are found like participants'
	// (a staff-only part is certain unless a common or short word), but a
	// part they share with a participant takes the participant's reason: a
	// staff name never makes a participant's part less certain.
	Staff  []Person
	Redact []string // always redact (plan and review)
	Keep   []string // never a name (plan): such a part is kept unless a decision says otherwise
}

// Reason says why a candidate was found, and so whether it is certain.
type Reason string

// Reasons; the first three are certain, the rest ambiguous.
const (
	FullName     Reason = "full_name"    // every part of one person's name
	UniquePart   Reason = "unique_part"  // a part only one person carries, not a common word
	Term         Reason = "term"         // a term to redact everywhere
	SharedPart   Reason = "shared_part"  // a part several people carry
	CommonWord   Reason = "common_word"  // a part that is also a common word in the session's language
	ShortPart    Reason = "short"        // a part under four letters
	Organisation Reason = "organisation" // a participant's organisation
	Role         Reason = "role"         // a participant's role
)

// Certain reports whether candidates found for this reason are always redacted.
func (r Reason) Certain() bool { return r == FullName || r == UniquePart || r == Term }

// Candidate is one place in a text that may name someone.
type Candidate struct {
	Start, End int      // byte offsets in the text
	Key        string   // the folded words: what "every occurrence" decisions name
	Reason     Reason   // why; Reason.Certain says whether it is always redacted
	People     []string // ids of the people it may name (none for a term)
	Kept       bool     // the plan's keep list says it is not a name
	N          int      // 1-based: the how-manieth candidate with this Key in the text
}

// Certain reports whether the candidate is always redacted.
func (c Candidate) Certain() bool { return c.Reason.Certain() && !c.Kept }

// pattern is a sequence of folded words that may name someone.
type pattern struct {
	words  []string
	key    string
	reason Reason
	people []string
	kept   bool
	// phrase: an organisation, a role or a term, written with any short
	// punctuation between its words ("n°3"); a name only with the gaps a
	// name has (spaces, one hyphen, one apostrophe).
	phrase bool
}

// Detector finds candidates; it is read-only once built and safe to share.
type Detector struct {
	first map[string][]*pattern // by first word, most words first
}

// New builds the detector for a session.
func New(cfg Config) *Detector {
	common := commonWords(cfg.Lang)
	keep := map[string]bool{}
	for _, k := range cfg.Keep {
		keep[Fold(k)] = true
	}
	byKey := map[string]*pattern{}
	add := func(words []string, reason Reason, id string) {
		if len(words) == 0 {
			return
		}
		key := strings.Join(words, " ")
		p := byKey[key]
		if p == nil {
			p = &pattern{words: words, key: key, reason: reason}
			byKey[key] = p
		} else if rank(reason) < rank(p.reason) {
			p.reason = reason
		}
		if reason == Organisation || reason == Role || reason == Term {
			p.phrase = true
		}
		if id != "" && !containsStr(p.people, id) {
			p.people = append(p.people, id)
		}
	}
	staff := map[string]bool{}
	for _, pe := range cfg.Staff {
		staff[pe.ID] = true
	}
	for _, pe := range append(append([]Person(nil), cfg.People...), cfg.Staff...) {
		for _, v := range nameVariants(pe.Name) {
			if len(v) > 1 {
				add(v, FullName, pe.ID)
			}
		}
		for _, part := range nameParts(pe.Name) {
			add(part, UniquePart, pe.ID) // settled below, once every person is known
		}
		if w := foldedWords(pe.Organisation); len(w) > 0 {
			add(w, Organisation, pe.ID)
		}
		if w := foldedWords(pe.Role); len(w) > 0 {
			add(w, Role, pe.ID)
		}
	}
	for _, p := range byKey {
		if p.reason != UniquePart {
			continue
		}
		participants := 0
		for _, id := range p.people {
			if !staff[id] {
				participants++
			}
		}
		switch {
		case participants > 1:
			p.reason = SharedPart
		case len(p.words) == 1 && common[p.key]:
			p.reason = CommonWord
		case len(p.words) == 1 && utf8.RuneCountInString(p.key) < 4:
			p.reason = ShortPart
		}
	}
	for _, t := range cfg.Redact {
		if w := foldedWords(t); len(w) > 0 {
			add(w, Term, "")
			byKey[strings.Join(w, " ")].reason = Term
		}
	}
	d := &Detector{first: map[string][]*pattern{}}
	for _, p := range byKey {
		p.kept = keep[p.key] && p.reason != FullName && p.reason != Term
		d.first[p.words[0]] = append(d.first[p.words[0]], p)
	}
	for _, ps := range d.first {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i].words) != len(ps[j].words) {
				return len(ps[i].words) > len(ps[j].words)
			}
			return ps[i].key < ps[j].key
		})
	}
	return d
}

// rank orders reasons when one word sequence has several: the safest wins.
func rank(r Reason) int {
	for i, x := range []Reason{Term, FullName, UniquePart, SharedPart, CommonWord, ShortPart, Organisation, Role} {
		if x == r {
			return i
		}
	}
	return 99
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Find returns the candidates in text, in order, never overlapping: at each
// word the longest pattern wins ("Amani FM" over "Amani"). It is safe for
// concurrent use; a Scanner is faster for many texts.
func (d *Detector) Find(text string) []Candidate { return d.Scanner().Find(text) }

// Scanner finds candidates in many texts in turn, reusing its buffers;
// one goroutine at a time.
type Scanner struct {
	d *Detector
	s scanner
}

// Scanner returns a scanner over the detector.
func (d *Detector) Scanner() *Scanner { return &Scanner{d: d} }

// Find is Detector.Find with reused buffers.
func (sc *Scanner) Find(text string) []Candidate {
	d := sc.d
	if d == nil || len(d.first) == 0 || text == "" {
		return nil
	}
	sc.s.scan(text)
	toks := sc.s.toks
	var out []Candidate
	for i := 0; i < len(toks); {
		p := d.match(&sc.s, i)
		if p == nil {
			i++
			continue
		}
		n := 1
		for _, c := range out {
			if c.Key == p.key {
				n++
			}
		}
		j := i + len(p.words) - 1
		out = append(out, Candidate{Start: toks[i].start, End: toks[j].end, Key: p.key, Reason: p.reason,
			People: p.people, Kept: p.kept, N: n})
		i = j + 1
	}
	return out
}

func (d *Detector) match(s *scanner, i int) *pattern {
	toks := s.toks
	for _, p := range d.first[string(s.key(toks[i]))] {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			gap := toks[i+k-1].join || p.phrase && toks[i+k-1].near
			if !gap || string(s.key(toks[i+k])) != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return p
		}
	}
	return nil
}
