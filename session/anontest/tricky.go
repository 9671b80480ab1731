// Package anontest builds the tricky session of testdata/anonymity for
// tests of every package: a plan whose names are hard to hide, and notes
// that name them in every spelling the detector must catch.
package anontest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/redact"
)

// Start is when the tricky session starts.
var Start = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

// Dir is testdata/anonymity in the repository.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "anonymity")
}

// Session is the tricky session in lang ("en" or "fr"), closed, with its
// annotations; the notes are the same in both.
func Session(lang string) (events []session.Event, notes []session.Annotated, plan *facilitation.Plan, err error) {
	name := filepath.Join(Dir(), "plan-"+lang+".toml")
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, nil, nil, err
	}
	if plan, err = facilitation.Parse(name, src); err != nil {
		return nil, nil, nil, err
	}
	at := Start
	add := func(e session.Event) {
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), at
		events = append(events, e)
		at = at.Add(40 * time.Second)
	}
	add(session.NewSessionStarted("2026-03-14-0930-kalemie", plan))
	add(session.Event{Type: session.RoundStarted, Round: 1})
	f, err := os.Open(filepath.Join(Dir(), "notes-fr.txt"))
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	turn, item, action := 0, 0, 0
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		head, body, ok := strings.Cut(text, ": ")
		if !ok {
			return nil, nil, nil, fmt.Errorf("notes-fr.txt:%d: no colon", line)
		}
		fields := strings.Fields(head)
		switch fields[0] {
		case "turn":
			turn++
			add(session.Event{Type: session.TurnStarted, Turn: turn, Participant: fields[1]})
			add(session.Event{Type: session.TurnEnded, Turn: turn, Note: body})
		case "note":
			add(session.Event{Type: session.NoteTaken, Text: body})
		case "item":
			item++
			add(session.Event{Type: session.ItemRaised, Item: item, Text: body, Participant: fields[1], Level: level(plan, fields[1])})
		case "reason":
			n, _ := strconv.Atoi(fields[1])
			add(session.Event{Type: session.PositionRecorded, Item: n, Level: fields[2], Stance: "support_with_reservations", Reason: body})
		case "action":
			action++
			n, _ := strconv.Atoi(fields[1])
			parts := strings.Split(body, " | ")
			add(session.Event{Type: session.ActionAgreed, Item: n, Action: &session.ActionRecord{ID: action, What: parts[0], Who: parts[1], With: parts[2], When: "short", Status: "planned"}})
		case "annotation":
			notes = append(notes, session.Annotated{Moment: at.Add(-time.Second), Text: body})
		default:
			return nil, nil, nil, fmt.Errorf("notes-fr.txt:%d: unknown record %q", line, fields[0])
		}
	}
	add(session.Event{Type: session.SessionClosed})
	return events, notes, plan, sc.Err()
}

func level(p *facilitation.Plan, id string) string {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "p"))
	return string(p.Participants[n-1].Level)
}

// Secrets are what must never leave in an anonymised export of the tricky
// session: every name part of two letters or more (folded), and whole
// organisations and roles; words on the plan's keep list excepted.
func Secrets(p *facilitation.Plan) (parts, phrases []string) {
	keep := map[string]bool{}
	for _, k := range p.Anonymity.Keep {
		keep[redact.Fold(k)] = true
	}
	seen := map[string]bool{}
	people := append([]facilitation.Participant(nil), p.Participants...)
	for _, staff := range []string{p.Facilitator, p.NoteTaker} { // hidden too, unless kept whole
		if staff != "" && !keep[redact.Fold(staff)] {
			people = append(people, facilitation.Participant{Name: staff})
		}
	}
	for _, pe := range people {
		for _, w := range strings.Fields(strings.NewReplacer("-", " ", "'", " ", "’", " ").Replace(pe.Name)) {
			k := redact.Fold(w)
			if len([]rune(k)) >= 2 && !keep[k] && !seen[k] {
				seen[k] = true
				parts = append(parts, k)
			}
		}
		for _, f := range strings.Fields(pe.Name) { // N'Diaye written Ndiaye
			if k := redact.Fold(strings.NewReplacer("'", "", "’", "").Replace(f)); strings.ContainsAny(f, "'’") && !seen[k] {
				seen[k] = true
				parts = append(parts, k)
			}
		}
		for _, s := range []string{pe.Organisation, pe.Role} {
			if s != "" {
				phrases = append(phrases, redact.Fold(s))
			}
		}
	}
	for _, t := range p.Anonymity.Redact {
		phrases = append(phrases, redact.Fold(t))
	}
	return parts, phrases
}
