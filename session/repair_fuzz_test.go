package session

import (
	"bytes"
	"testing"
	"time"
)

// FuzzRepair feeds arbitrary bytes to repair as a damaged log: it must never
// panic, and whatever it returns must read and fold without an error, keep
// the events in their file order, and account for every input line (kept,
// or moved to log.rejected).
func FuzzRepair(f *testing.F) {
	var good bytes.Buffer
	s := newScript(&testing.T{}, testPlan())
	s.add(10, round(1)).add(20, turn("p1")).add(30, ev(TurnEnded)).add(40, ev(SessionClosed))
	for _, e := range s.events {
		b, _ := EncodeLine(e)
		good.Write(b)
	}
	g := good.Bytes()
	f.Add(g)
	f.Add(append(append([]byte(nil), g...), g[bytes.LastIndexByte(g[:len(g)-1], '\n')+1:]...)) // last line twice
	f.Add(g[bytes.IndexByte(g, '\n')/2:])                                                      // first line torn
	f.Add(append([]byte("\xef\xbb\xbf"), g...))                                                // a byte-order mark
	f.Add(bytes.Replace(g, []byte(`"seq":3`), []byte(`"seq":2`), 1))                           // duplicate seq
	f.Add(g[:len(g)-7])                                                                        // torn tail
	first := func(time.Time) (Event, error) { return NewSessionStarted("s", testPlan()), nil }
	f.Fuzz(func(t *testing.T, data []byte) {
		out, rejected, r, err := repairLines("log.jsonl", data, first)
		if err != nil {
			return // refused as a whole (nothing to keep): the file is left alone
		}
		events, warnings, err := ReadLogFrom("log.jsonl", bytes.NewReader(out))
		if err != nil || len(warnings) > 0 {
			t.Fatalf("the repaired log does not read: %v %v\n%q", err, warnings, out)
		}
		if _, err := Fold(events); err != nil {
			t.Fatalf("the repaired log does not fold: %v", err)
		}
		if len(events) != r.Kept {
			t.Fatalf("report says %d events, log has %d", r.Kept, len(events))
		}
		lines := bytes.Count(data, []byte("\n"))
		if len(data) > 0 && data[len(data)-1] != '\n' {
			lines++
		}
		moved := bytes.Count(rejected, []byte("\n# ")) + min(1, bytes.Count(rejected[:min(len(rejected), 2)], []byte("# ")))
		restored := 0
		if len(events) > 0 && bytes.Contains(out[:bytes.IndexByte(out, '\n')], []byte(`"session":"s"`)) &&
			!bytes.Contains(data, out[:bytes.IndexByte(out, '\n')]) {
			restored = 1
		}
		if len(events)-restored+moved < lines {
			t.Fatalf("%d input lines, %d kept (%d restored), %d rejected", lines, len(events), restored, moved)
		}
	})
}
