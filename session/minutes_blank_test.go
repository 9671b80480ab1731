package session_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

// TestMinutesNeverTwoBlankLines: markdownlint's MD012 on the minutes at
// every stage of the demo session (no item yet, no action yet, ...), in
// both languages and anonymised, not only on the finished goldens.
func TestMinutesNeverTwoBlankLines(t *testing.T) {
	events := demorec.Events()
	for n := 2; n <= len(events); n += 7 {
		st, err := session.Fold(events[:n])
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []session.MinutesOptions{{}, {Lang: "fr", Anonymous: true}} {
			o.Now = events[n-1].At.Add(time.Minute)
			_, md := minutes(t, st, o)
			if i := bytes.Index(md, []byte("\n\n\n")); i >= 0 {
				t.Fatalf("%d events, %+v: two blank lines after %q", n, o, md[max(0, i-80):i])
			}
		}
	}
}
