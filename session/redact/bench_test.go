package redact

import "testing"

// BenchmarkFind10kNotes: the detector over 10,000 notes, one in ten naming
// someone, as the anonymised export of a 10,000-turn session runs it.
func BenchmarkFind10kNotes(b *testing.B) {
	sc := New(Config{Lang: "fr", People: people, Keep: []string{"amani"}}).Scanner()
	notes := []string{"Speaks of water, land and the market road", "Agrees with Aïssata Traoré-Koné; N’Diaye wants the Amani FM programme"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for k := 0; k < 10000; k++ {
			note := notes[0]
			if k%10 == 0 {
				note = notes[1]
			}
			sc.Find(note)
		}
	}
}
