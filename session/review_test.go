package session_test

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/anontest"
	"github.com/baraza-app/baraza/session/demorec"
	"github.com/baraza-app/baraza/session/redact"
)

// TestReviewRoundTripsThroughTheLog: decisions and terms written to a real
// log after the session closed read back and fold to the same review.
func TestReviewRoundTripsThroughTheLog(t *testing.T) {
	events, _, _, err := anontest.Session("fr")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, _, err := session.OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	review := []session.Event{
		session.NewRedactionDecided("Jean", redact.ScopeOccurrence, redact.Keep, "turn/6", 2),
		session.NewRedactionDecided("N’Diaye", redact.ScopeEverywhere, redact.Redact, "", 0),
		session.NewRedactionTermAdded("  Mama Sifa "),
	}
	at := events[len(events)-1].At
	for i, e := range review {
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), at.Add(time.Duration(i+1)*time.Minute)
		events = append(events, e)
	}
	for _, e := range events {
		if _, err := w.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	read, warnings, err := session.ReadLog(path)
	if err != nil || len(warnings) > 0 {
		t.Fatal(err, warnings)
	}
	st, err := session.Fold(read)
	if err != nil {
		t.Fatalf("a closed session refuses review events: %v", err)
	}
	want := session.Review{N: 3, Terms: []string{"Mama Sifa"}, Decisions: redact.Decisions{
		Everywhere: map[string]redact.Decision{"n diaye": redact.Redact},
		Occurrence: map[redact.Occurrence]redact.Decision{{Place: "turn/6", Key: "jean", N: 2}: redact.Keep},
	}}
	if !reflect.DeepEqual(st.Review, want) {
		t.Errorf("review folded from the log:\n got %+v\nwant %+v", st.Review, want)
	}
	if !reflect.DeepEqual(st.Clone().Review, want) {
		t.Error("Clone loses the review")
	}
}

// TestBadReviewEventsAreRefused: a decision the fold cannot apply is
// refused, naming what is wrong.
func TestBadReviewEventsAreRefused(t *testing.T) {
	for _, e := range []session.Event{
		{Type: session.RedactionDecided},
		session.NewRedactionDecided(" ", redact.ScopeEverywhere, redact.Keep, "", 0),
		session.NewRedactionDecided("Jean", "somewhere", redact.Keep, "", 0),
		session.NewRedactionDecided("Jean", redact.ScopeEverywhere, "maybe", "", 0),
		session.NewRedactionDecided("Jean", redact.ScopeOccurrence, redact.Keep, "", 0),
		session.NewRedactionTermAdded("  "),
	} {
		st, err := session.Fold(demorec.Events())
		if err != nil {
			t.Fatal(err)
		}
		e.Seq, e.At = st.Seq+1, st.LastAt
		if err := st.Apply(e); err == nil {
			t.Errorf("%+v %+v was folded", e, e.Redaction)
		}
	}
}

// TestDemoRecordingStillExportsAnonymised: the format-1 demo recording,
// with no review at all, exports anonymised and lists what it redacted
// without review.
func TestDemoRecordingStillExportsAnonymised(t *testing.T) {
	st := demoState(t)
	m, _ := minutes(t, st, session.MinutesOptions{Anonymous: true})
	if len(m.Unreviewed) == 0 {
		t.Fatal("the demo's Amani FM is not reported as unreviewed")
	}
	for _, u := range m.Unreviewed {
		if u.Term == "" || u.Where == "" {
			t.Errorf("unreviewed without term or place: %+v", u)
		}
	}
}
