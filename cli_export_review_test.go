package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/redact"
	"github.com/baraza-app/baraza/sessions"
)

// TestExportAnonymousReportsUnreviewedAndStrictRefuses: unreviewed
// ambiguous words are redacted and listed on stderr with the command that
// reviews them; --strict refuses and writes nothing; once reviewed (events
// in the log), --strict exports and the decisions show.
func TestExportAnonymousReportsUnreviewedAndStrictRefuses(t *testing.T) {
	dir := t.TempDir()
	r := baraza(t, "--data-dir", dir, "export", "demo", "--anonymous")
	r.expect(t, exitOK)
	if !strings.Contains(r.stderr, `not reviewed, so redacted: "Amani" (turn 30)`) ||
		!strings.Contains(r.stderr, "review them with: baraza review ") {
		t.Errorf("stderr does not list the unreviewed words and the command:\n%s", r.stderr)
	}
	if strings.Contains(r.stdout, "Amani FM") {
		t.Error("an unreviewed ambiguous word was not redacted")
	}
	strict := baraza(t, "--data-dir", dir, "export", "demo", "--anonymous", "--strict", "-o", filepath.Join(t.TempDir(), "m.md"))
	strict.expect(t, exitError)
	if strict.stdout != "" || !strings.Contains(strict.stderr, "--strict") || !strings.Contains(strict.stderr, "nothing was written") {
		t.Errorf("--strict: %q / %q", strict.stdout, strict.stderr)
	}

	// The reviewer keeps Amani everywhere; the annotation's name is found too.
	rec, err := sessions.Open(dir).OpenRecording("demo")
	if err != nil {
		t.Fatal(err)
	}
	w, _, err := session.OpenWriter(filepath.Join(rec.Dir, sessions.LogFile))
	if err != nil {
		t.Fatal(err)
	}
	last := rec.Events[len(rec.Events)-1]
	for i, e := range []session.Event{
		session.NewRedactionDecided("Amani", redact.ScopeEverywhere, redact.Keep, "", 0),
		session.NewRedactionDecided("water users' committee", redact.ScopeEverywhere, redact.Redact, "", 0),
		session.NewRedactionDecided("Women's peace network", redact.ScopeEverywhere, redact.Redact, "", 0),
		session.NewRedactionDecided("Police commander", redact.ScopeOccurrence, redact.Keep, "action/3/who", 1),
	} {
		e.V, e.Seq, e.At = session.FormatVersion, last.Seq+int64(i)+1, last.At
		if _, err := w.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	_ = w.Close()
	note := sessions.Annotation{Moment: rec.Events[30].At, Events: 31, Text: "Watch how Kavira Sifa answers"}
	if err := sessions.AppendAnnotation(rec.Dir, note); err != nil {
		t.Fatal(err)
	}
	ok := baraza(t, "--data-dir", dir, "export", "demo", "--anonymous", "--strict", "--annotations")
	ok.expect(t, exitOK)
	if !strings.Contains(ok.stdout, "Amani FM") || strings.Contains(ok.stdout, "Kavira") || !strings.Contains(ok.stdout, "Watch how ") ||
		strings.Contains(ok.stdout, "Water users") || !strings.Contains(ok.stdout, "| Police commander |") {
		t.Errorf("after review: Amani FM kept, annotation scrubbed? %s", ok.stdout)
	}
	ch := baraza(t, "--data-dir", dir, "export", "demo", "--chatham-house", "--annotations")
	ch.expect(t, exitOK)
	if !strings.Contains(ch.stdout, "Watch how [a participant] answers") {
		t.Errorf("Chatham House annotation: %s", ch.stdout)
	}
}
