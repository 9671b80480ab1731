package session

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

// FuzzFold feeds arbitrary event sequences to the fold: it must never panic,
// must refuse or accept each event whole, and the totals it keeps must agree
// with the turns it holds.
func FuzzFold(f *testing.F) {
	start, _ := json.Marshal(NewSessionStarted("s", testPlan()))
	lines := []string{
		`{"type":"round_started","round":2}`,
		`{"type":"speaker_queued","participant":"p1","request":"reply"}`,
		`{"type":"speaker_queued","participant":"p3"}`,
		`{"type":"speaker_moved","participant":"p3","position":1}`,
		`{"type":"turn_started","participant":"p3"}`,
		`{"type":"interpretation_started"}`,
		`{"type":"session_paused"}`,
		`{"type":"session_resumed"}`,
		`{"type":"interpretation_ended"}`,
		`{"type":"turn_ended","note":"n"}`,
		`{"type":"round_started","round":3}`,
		`{"type":"speaker_removed","participant":"p2"}`,
		`{"type":"item_raised","text":"x","level":"government"}`,
		`{"type":"item_raised","text":"y","participant":"p2"}`,
		`{"type":"position_recorded","item":1,"level":"community","stance":"block","reason":"r"}`,
		`{"type":"items_merged","item":1,"merged":2}`,
		`{"type":"item_edited","item":1,"text":"z"}`,
		`{"type":"item_deferred","item":1}`,
		`{"type":"action_agreed","item":1,"action":{"id":1,"what":"w","when":"short"}}`,
		`{"type":"action_updated","action":{"id":1,"status":"done"}}`,
		`{"type":"item_carried","text":"c","from":{"session":"s0","item":3}}`,
		`{"type":"action_carried","action":{"what":"a"},"from":{"session":"s0","action":2}}`,
		`{"type":"session_closed"}`,
	}
	f.Add(string(start) + "\n" + joinLines(lines))
	f.Add(string(start) + "\n" + `{"type":"turn_started","participant":"p1","turn":1}` + "\n" + `{"type":"round_started","round":1}`)
	f.Fuzz(func(t *testing.T, log string) {
		var events []Event
		for i, line := range bytes.Split([]byte(log), []byte("\n")) {
			var e Event
			if json.Unmarshal(line, &e) != nil {
				continue
			}
			e.Seq, e.At = int64(i+1), t0.Add(time.Duration(i)*time.Second)
			events = append(events, e)
		}
		st := &State{}
		for _, e := range events {
			_ = st.Apply(e)
		}
		if st.Plan == nil {
			return
		}
		var total time.Duration
		for i, tn := range st.Turns {
			if tn.Number != i+1 {
				t.Fatalf("turn %d numbered %d", i+1, tn.Number)
			}
			if !tn.Running() && !tn.Voided {
				total += tn.Speaking.Elapsed(tn.End)
			}
		}
		var people time.Duration
		for _, p := range st.People {
			people += p.Spoken
		}
		if people != total {
			t.Fatalf("people's totals %v != ended turns' total %v", people, total)
		}
		_ = st.Arranged()
		_ = st.Balance(st.LastAt)
	})
}

func joinLines(lines []string) string {
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.String()
}
