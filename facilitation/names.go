package facilitation

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// NameKey is the form in which two names are compared: Unicode NFC, accents
// removed, case folded, runs of spaces made one. "Grâce  Mapendo", "grace
// mapendo" and the NFD spelling of "Grâce Mapendo" share a key, so a plan
// cannot list one person twice and anonymised minutes cannot give one
// person's words to the other.
func NameKey(name string) string {
	strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(strip, name)
	if err != nil {
		s = norm.NFC.String(name)
	}
	return strings.Join(strings.Fields(cases.Fold().String(s)), " ")
}

// identityKeys are the texts that identify people: hidden characters are
// refused in them, because they make two different names look the same (or
// reverse how a name is shown).
var identityKeys = map[string]bool{
	"name": true, "organisation": true, "organization": true, "role": true,
	"facilitator": true, "note_taker": true,
}

// hiddenCharacter finds a control, zero-width or bidirectional-control
// character in an identity text: what it is and its 1-based place.
func hiddenCharacter(key, s string) (what Message, at int, found bool) {
	if !identityKeys[key] {
		return Message{}, 0, false
	}
	return hiddenCharacterMsg(s)
}

// HiddenCharacter finds a control character or an invisible formatting one
// (zero-width space and joiners, bidirectional marks and overrides, the
// byte-order mark) in s. Live dialogs check names with it too.
// what is in English (the live dialogs' own text).
func HiddenCharacter(s string) (what string, at int, found bool) {
	m, at, found := hiddenCharacterMsg(s)
	if !found {
		return "", 0, false
	}
	return m.String(), at, true
}

// hiddenCharacterMsg is HiddenCharacter with what as a catalog message.
func hiddenCharacterMsg(s string) (what Message, at int, found bool) {
	i := 0
	for _, r := range s {
		i++
		u := fmt.Sprintf("U+%04X", r)
		switch {
		case unicode.Is(unicode.Bidi_Control, r):
			return Msg("plan.char.bidi", u), i, true
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			return Msg("plan.char.zero_width", u), i, true
		case unicode.IsControl(r):
			return Msg("plan.char.control", u), i, true
		case unicode.Is(unicode.Cf, r):
			return Msg("plan.char.format", u), i, true
		}
	}
	return Message{}, 0, false
}
