package session

import "testing"

// foldBenchLogs: 15,000 events without corrections, and the same session
// with 1,000 corrections (voids, reassignments, adjustments, kinds,
// retractions) among them.
func foldBenchLogs(b *testing.B) (plain, corrected []Event) {
	base := randomLog(7, 14_000)
	plain = randomLog(7, 15_000)
	corrected = append(corrected, base...)
	var turns []Event
	for _, e := range base {
		if e.Type == TurnStarted {
			turns = append(turns, e)
		}
	}
	at := base[len(base)-1].At
	for i := 0; len(corrected) < 15_000 && i < len(turns); i++ {
		c := Event{V: FormatVersion, Seq: int64(len(corrected) + 1), At: at, Type: Corrected, Corrects: turns[i].Seq, Correction: CorrRequest, Request: "reply"}
		if i%2 == 0 {
			c.Correction, c.Request = CorrVoid, ""
		}
		corrected = append(corrected, c)
	}
	if _, err := Fold(corrected); err != nil {
		b.Fatal(err)
	}
	return plain, corrected
}

func BenchmarkFold15kEvents(b *testing.B) {
	plain, _ := foldBenchLogs(b)
	b.ResetTimer()
	for range b.N {
		_, _ = Fold(plain)
	}
}

func BenchmarkFold15kEventsWith1kCorrections(b *testing.B) {
	_, corrected := foldBenchLogs(b)
	b.ResetTimer()
	for range b.N {
		_, _ = Fold(corrected)
	}
}
