package session_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

// correctedDemo is the demo recording with, before its close, a turn
// reassigned, another voided, a position retracted and a read-back in which
// every level approves (approve, when set); after its close (amend, when
// set) an action's owner changed and an action retracted as amendments.
func correctedDemo(t testing.TB, approve, amend bool) []session.Event {
	all := demorec.Events()
	body, closed := all[:len(all)-1], all[len(all)-1]
	if closed.Type != session.SessionClosed {
		t.Fatalf("the demo no longer ends with its close")
	}
	var turns, positions, actions []session.Event
	for _, e := range body {
		switch e.Type {
		case session.TurnStarted:
			turns = append(turns, e)
		case session.PositionRecorded:
			positions = append(positions, e)
		case session.ActionAgreed:
			actions = append(actions, e)
		}
	}
	at := body[len(body)-1].At
	var out []session.Event
	out = append(out, body...)
	add := func(e session.Event) {
		at = at.Add(20 * time.Second)
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(out)+1), at
		out = append(out, e)
	}
	other := "p1"
	if turns[1].Participant == "p1" {
		other = "p2"
	}
	add(session.Event{Type: session.Corrected, Corrects: turns[1].Seq, Correction: session.CorrReassign, Participant: other, Reason: "wrong name called"})
	add(session.Event{Type: session.Corrected, Corrects: turns[2].Seq, Correction: session.CorrVoid, Reason: "clicked twice"})
	add(session.Event{Type: session.Corrected, Corrects: positions[len(positions)-1].Seq, Correction: session.CorrRetract})
	if approve {
		for _, l := range []string{"community", "civil_society", "government"} {
			add(session.Event{Type: session.ReadBackRecorded, Level: l, Status: session.ReadBackApproved})
		}
	}
	add(session.Event{Type: session.SessionClosed})
	if amend {
		a := *actions[0].Action
		add(session.Event{Type: session.ActionUpdated, AfterClose: true, Action: &session.ActionRecord{ID: 1, Who: "Chef de quartier"}})
		_ = a
		if len(actions) > 1 {
			add(session.Event{Type: session.Corrected, Corrects: actions[1].Seq, Correction: session.CorrRetract, AfterClose: true, Reason: "never agreed"})
		}
	}
	return out
}

func foldOrFail(t testing.TB, events []session.Event) *session.State {
	st, err := session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestMinutesGoldenCorrections: minutes with corrections, with an approved
// read-back, and with an addendum (go test ./session -run Golden -update).
func TestMinutesGoldenCorrections(t *testing.T) {
	for _, tc := range []struct {
		name           string
		approve, amend bool
		lang           string
	}{{"corrections", false, false, ""}, {"read_back", true, false, ""}, {"addendum", true, true, ""}, {"addendum_fr", true, true, "fr"}} {
		t.Run(tc.name, func(t *testing.T) {
			st := foldOrFail(t, correctedDemo(t, tc.approve, tc.amend))
			m, out := minutes(t, st, session.MinutesOptions{Lang: tc.lang})
			checkMarkdown(t, out)
			golden.RequireEqual(t, out)
			if len(m.Corrections) != 3 {
				t.Errorf("%d corrections, want 3", len(m.Corrections))
			}
			if tc.amend && (len(m.Addendum) == 0 || m.AddendumFingerprint == "") {
				t.Errorf("no addendum: %+v", m.Addendum)
			}
		})
	}
}

// TestAmendmentsLeaveTheApprovedMinutesAlone: the fingerprint of the
// approved minutes is the same before and after amendments.
func TestAmendmentsLeaveTheApprovedMinutesAlone(t *testing.T) {
	before, _ := minutes(t, foldOrFail(t, correctedDemo(t, true, false)), session.MinutesOptions{})
	after, out := minutes(t, foldOrFail(t, correctedDemo(t, true, true)), session.MinutesOptions{})
	if before.Fingerprint == "" || before.Fingerprint != after.Fingerprint {
		t.Fatalf("approved fingerprint %q became %q", before.Fingerprint, after.Fingerprint)
	}
	body, fp, add, addFP, ok := session.SealedParts(out)
	if !ok || fp != session.Fingerprint(body) || addFP != session.Fingerprint(add) {
		t.Fatalf("a recipient's check fails: %v %s %s", ok, fp, addFP)
	}
	if !strings.Contains(string(add), "Chef de quartier") {
		t.Errorf("the addendum does not give the new owner:\n%s", add)
	}
}

func TestCanonicalTextIgnoresLineEndingsAndTrailingSpaces(t *testing.T) {
	a := []byte("# Titre\n\n| a | b |\nDéogratias\n")
	b := []byte("\r\n# Titre  \r\n\r\n| a | b |\t\r\nDe\u0301ogratias\r\n\r\n")
	if session.Fingerprint(a) != session.Fingerprint(b) {
		t.Error("line endings, trailing spaces or Unicode normalisation change the fingerprint")
	}
	if session.Fingerprint(a) == session.Fingerprint(bytes.Replace(a, []byte("b"), []byte("c"), 1)) {
		t.Error("a changed word keeps the fingerprint")
	}
}

func TestJSONExportListsCorrectionsWithOriginals(t *testing.T) {
	m, _ := minutes(t, foldOrFail(t, correctedDemo(t, true, true)), session.MinutesOptions{Anonymous: true})
	raw, err := session.ExportJSON(m)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Corrections []struct {
			Kind     string `json:"kind"`
			Original struct {
				Seq     int64  `json:"seq"`
				Type    string `json:"type"`
				Speaker string `json:"speaker"`
			} `json:"original"`
		} `json:"corrections"`
		ReadBack struct {
			Approved bool `json:"approved"`
		} `json:"read_back"`
		Fingerprint string `json:"fingerprint"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Corrections) != 3 || doc.Corrections[0].Kind != "reassign" || doc.Corrections[0].Original.Type != "turn_started" ||
		doc.Corrections[0].Original.Seq == 0 || !doc.ReadBack.Approved || len(doc.Fingerprint) != 64 {
		t.Fatalf("JSON export: %+v", doc)
	}
	for _, p := range demorec.Events()[0].Plan.Participants {
		if bytes.Contains(raw, []byte(p.Name)) {
			t.Errorf("the anonymised JSON names %s", p.Name)
		}
	}
}
