package session

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestCanonWriterHashesWhatCanonicalTextMakes: the streamed fingerprint
// equals Fingerprint of the whole text, however the text is cut into
// writes (line ends of every kind, trailing spaces, blank lines at both
// ends, combining accents split across writes).
func TestCanonWriterHashesWhatCanonicalTextMakes(t *testing.T) {
	pieces := []string{"a", "é", "e\u0301", "\u0301", " ", "\t", "\n", "\r", "\r\n", "|", "## x", "  \n", "\n\n", "Grâce", "王"}
	r := rand.New(rand.NewSource(1))
	texts := []string{"", "\n", " ", "\r", "a", "a\n", "\n\n a \n\n", "x\r\ny \r z\t\n\n"}
	for range 2000 {
		var b []byte
		for range r.Intn(30) {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		c := &canonWriter{h: sha256.New()}
		w := norm.NFC.Writer(c)
		p := []byte(text)
		for len(p) > 0 { // cut anywhere, even inside a character
			n := 1 + r.Intn(len(p))
			if _, err := w.Write(p[:n]); err != nil {
				t.Fatal(err)
			}
			p = p[n:]
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if got, want := c.sum(), Fingerprint([]byte(text)); got != want {
			sum := sha256.Sum256(CanonicalText([]byte(text)))
			t.Fatalf("%q: streamed %s, whole %s (%s)", text, got, want, hex.EncodeToString(sum[:]))
		}
	}
}
