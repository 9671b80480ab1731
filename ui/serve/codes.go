package serve

import (
	"crypto/rand"
	"crypto/subtle"
	"math"
	"math/big"
	"strings"
	"sync"

	"github.com/baraza-app/baraza/ui"
)

// Join codes are three made-up words of three syllables each, easy to read
// out in a hall and to type in French or English: "bakomi tulesa ripodu".
// 14 consonants × 5 vowels = 70 syllables; 70^9 ≈ 2^55 codes, well over
// the 40 bits asked, and guessing is rate-limited on top.
const (
	consonants    = "bdfgklmnprstvz"
	vowels        = "aeiou"
	wordsPerCode  = 3
	syllablesWord = 3
)

// codeBits is the strength of a join code, in bits (tested ≥ 40).
func codeBits() float64 {
	return float64(wordsPerCode*syllablesWord) * math.Log2(float64(len(consonants)*len(vowels)))
}

// newCode draws a code from crypto/rand.
func newCode() string {
	words := make([]string, wordsPerCode)
	for i := range words {
		var b strings.Builder
		for range syllablesWord {
			b.WriteByte(consonants[randN(len(consonants))])
			b.WriteByte(vowels[randN(len(vowels))])
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

func randN(n int) int {
	v, err := rand.Int(rand.Reader, big.NewInt(int64(n)))
	if err != nil {
		panic("crypto/rand failed: " + err.Error()) // the OS has no randomness: nothing safe can follow
	}
	return int(v.Int64())
}

// normalise forgives case, spaces, dashes and dots between words.
func normalise(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '-' || r == '.' || r == '_' || r == '\t'
	}), " ")
}

// codes are the current join codes, one per role.
type codes struct {
	mu  sync.Mutex
	now map[ui.Role]string
}

func newCodes() *codes {
	c := &codes{}
	c.renew()
	return c
}

func (c *codes) renew() {
	m := map[ui.Role]string{}
	for _, r := range []ui.Role{ui.RoleNote, ui.RoleObserver, ui.RoleRoom} {
		m[r] = newCode()
	}
	c.mu.Lock()
	c.now = m
	c.mu.Unlock()
}

func (c *codes) all() map[ui.Role]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[ui.Role]string, len(c.now))
	for k, v := range c.now {
		out[k] = v
	}
	return out
}

// check says whether answer is the code of role, in constant time.
func (c *codes) check(role ui.Role, answer string) bool {
	c.mu.Lock()
	want := c.now[role]
	c.mu.Unlock()
	return want != "" && subtle.ConstantTimeCompare([]byte(normalise(answer)), []byte(want)) == 1
}
