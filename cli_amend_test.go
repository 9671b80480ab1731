package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// closedWithAction records a closed session with two turns and an action.
func closedWithAction(t *testing.T, a *sessions.Archive) string {
	t.Helper()
	src := readFile(t, planFiles[0])
	plan, err := facilitation.Parse(planFiles[0], src)
	if err != nil {
		t.Fatal(err)
	}
	w, err := a.Create(plan, src, time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, e := range []session.Event{{Type: session.RoundStarted, Round: 1},
		{Type: session.TurnStarted, Participant: "p1"}, {Type: session.TurnStarted, Participant: "p2"},
		{Type: session.ItemRaised, Text: "Open the road", Level: "community"},
		{Type: session.ActionAgreed, Item: 1, Action: &session.ActionRecord{What: "Clear the road", Who: "Mayor"}},
		{Type: session.ReadBackRecorded, Level: "community", Status: session.ReadBackApproved},
		{Type: session.SessionClosed}} {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	return w.ID
}

func TestAmendAddsAnAddendumAndKeepsTheApprovedFingerprint(t *testing.T) {
	data := t.TempDir()
	id := closedWithAction(t, sessions.Open(data))
	out := t.TempDir()
	before := filepath.Join(out, "before.md")
	baraza(t, "--data-dir", data, "export", id, "--lang", "en", "-o", before).expect(t, exitOK)

	baraza(t, "--data-dir", data, "amend", id, "--action", "1", "--who", "Chef de quartier", "--reason", "the chief took it on").expect(t, exitOK)
	baraza(t, "--data-dir", data, "amend", id, "--turn", "2", "--void").expect(t, exitOK)
	r := baraza(t, "--data-dir", data, "amend", id, "--turn", "2", "--void")
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, "already voided") || !strings.Contains(r.stderr, "nothing written") {
		t.Errorf("voiding twice: %s", r.stderr)
	}
	baraza(t, "--data-dir", data, "amend", id, "--turn", "1", "--time", "-1:00").expect(t, exitUsage)
	baraza(t, "--data-dir", data, "amend", id).expect(t, exitUsage)

	after := filepath.Join(out, "after.md")
	baraza(t, "--data-dir", data, "export", id, "--lang", "en", "-o", after).expect(t, exitOK)
	b, _ := os.ReadFile(before)
	a, _ := os.ReadFile(after)
	_, fpBefore, _, _, _ := session.SealedParts(b)
	body, fpAfter, add, addFP, ok := session.SealedParts(a)
	if !ok || fpBefore != fpAfter || session.Fingerprint(body) != fpAfter || addFP != session.Fingerprint(add) {
		t.Fatalf("approved fingerprint %s → %s (ok %v)", fpBefore, fpAfter, ok)
	}
	for _, want := range []string{"Chef de quartier", "the chief took it on", "Turn 2 voided"} {
		if !strings.Contains(string(add), want) {
			t.Errorf("the addendum lacks %q:\n%s", want, add)
		}
	}
	if !strings.Contains(string(body), "Mayor") || strings.Contains(string(body), "Chef de quartier") {
		t.Error("the approved text changed")
	}
	r = baraza(t, "--data-dir", data, "verify", after)
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, "matches session "+id) {
		t.Errorf("verify: %s", r.stdout)
	}
	// A session still open is corrected on the live screen, not amended.
	open := createSession(t, sessions.Open(data), planFiles[2], time.Date(2026, 5, 2, 9, 30, 0, 0, time.Local), 1, false)
	baraza(t, "--data-dir", data, "amend", open, "--turn", "1", "--void").expect(t, exitError)
}
