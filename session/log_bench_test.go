package session

import (
	"path/filepath"
	"testing"
)

// BenchmarkAppend is one durable append (write + fsync): the delay between a
// key press and the action showing as saved.
func BenchmarkAppend(b *testing.B) {
	w, _, err := OpenWriter(filepath.Join(b.TempDir(), "log.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := w.Append(Event{Type: NoteTaken, Text: "Coupure de courant, reprise à 11h"}); err != nil {
			b.Fatal(err)
		}
	}
}
