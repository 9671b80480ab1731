package redact

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The detector answers from maps keyed by a text's first folded word. Two
// references check it:
//
//   - refFind is the plain way: every pattern tried at every word of the
//     text, words split and folded by code written apart from fold.go. The
//     detector must find exactly what it finds.
//   - oldFind is the anonymiser this detector replaced (one regular
//     expression per name, organisation and role, run on every text). The
//     detector must find everything it found: each of its matches lies inside
//     a candidate. The detector finds more, by design:
//     parts under four letters and parts two people share (ambiguous, to
//     review), "Ndiaye"/"Diaye" for "N'Diaye", accents the old character
//     classes missed ("Kône"), NFD text, and names with two spaces or a
//     hyphen written as a space.

// refToken is a word of a text, split and folded the obvious way.
type refToken struct {
	start, end int
	key        string
	gap        string // up to the next word
}

func refIsWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

func refFold(w string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return unicode.ToLower(r)
	}, norm.NFD.String(w))
}

func refTokens(text string) []refToken {
	var toks []refToken
	start := -1
	for i, r := range text + "\x00" {
		if i < len(text) && refIsWord(r) { // an invalid byte comes as U+FFFD: no word
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, refToken{start: start, end: i, key: refFold(text[start:i])})
			start = -1
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		toks[k].gap = text[toks[k].end:toks[k+1].start]
	}
	return toks
}

// refNameGap: a name's parts are apart by up to three spaces, hyphens or
// apostrophes, at most one of them not a space.
func refNameGap(gap string) bool {
	rs := []rune(gap)
	if len(rs) == 0 || len(rs) > 3 {
		return false
	}
	marks := 0
	for _, r := range rs {
		switch {
		case strings.ContainsRune(" \u00a0\u202f", r):
		case strings.ContainsRune("-\u2010\u2011'\u2019\u02bc\u2018`", r):
			marks++
		default:
			return false
		}
	}
	return marks <= 1
}

func refPhraseGap(gap string) bool {
	n := utf8.RuneCountInString(gap)
	return refNameGap(gap) || n > 0 && n <= 3 && !strings.ContainsAny(gap, ",;:!?\n\r\u2028\u2029")
}

// refFind tries every pattern at every word; the longest match wins, then
// the smallest key, and the search goes on after it.
func refFind(d *Detector, text string) []Candidate {
	var all []*pattern
	for _, ps := range d.first {
		all = append(all, ps...)
	}
	toks := refTokens(text)
	var out []Candidate
	count := map[string]int{}
	for i := 0; i < len(toks); {
		var best *pattern
		for _, p := range all {
			if i+len(p.words) > len(toks) {
				continue
			}
			ok := toks[i].key == p.words[0]
			for k := 1; ok && k < len(p.words); k++ {
				gap := toks[i+k-1].gap
				ok = (refNameGap(gap) || p.phrase && refPhraseGap(gap)) && toks[i+k].key == p.words[k]
			}
			if ok && (best == nil || len(p.words) > len(best.words) || len(p.words) == len(best.words) && p.key < best.key) {
				best = p
			}
		}
		if best == nil {
			i++
			continue
		}
		count[best.key]++
		j := i + len(best.words) - 1
		out = append(out, Candidate{Start: toks[i].start, End: toks[j].end, Key: best.key, Reason: best.reason,
			People: best.people, Kept: best.kept, N: count[best.key]})
		i = j + 1
	}
	return out
}

func sameCandidates(a, b []Candidate) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Start != y.Start || x.End != y.End || x.Key != y.Key || x.Reason != y.Reason || x.Kept != y.Kept ||
			x.N != y.N || strings.Join(x.People, ",") != strings.Join(y.People, ",") {
			return false
		}
	}
	return true
}

// refPeople are the table tests' people, with organisations written with
// punctuation, as programmes write them.
var refPeople = append(append([]Person(nil), people...),
	Person{ID: "p12", Name: "Furaha Mapendo", Organisation: "Mutuelle de solidarité n°3", Role: "présidente (CLD)"},
	Person{ID: "p13", Name: "Marie-Claire Furaha", Organisation: "A.S.B.L. Tujenge"},
)

// randomText strings together name parts as note-takers type them
// (cases, accents dropped, NFD, apostrophes and hyphens swapped), words of
// organisations and roles, common words and punctuation.
func randomText(r *rand.Rand, material []string) string {
	seps := []string{" ", " ", " ", ", ", "-", "'", "’", "  ", ". ", "\n", "°", " (", ") ", "; ", " - "}
	var b strings.Builder
	for n := r.Intn(12); n >= 0; n-- {
		w := material[r.Intn(len(material))]
		switch r.Intn(8) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w = strings.ToLower(w)
		case 2:
			w = norm.NFD.String(w)
		case 3:
			w = refFold(w)
		case 4:
			w = strings.NewReplacer("'", "’", "-", " ").Replace(w)
		case 5:
			w = strings.NewReplacer("'", "", "-", "").Replace(w)
		}
		b.WriteString(w)
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}

func textMaterial() []string {
	material := []string{"et", "the", "a dit", "Amani FM", "grâce à", "water", "3", "N", "de", "Radio", "Mairie"}
	for _, p := range refPeople {
		material = append(material, p.Name, p.Organisation, p.Role)
		material = append(material, strings.FieldsFunc(p.Name, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' })...)
		material = append(material, strings.Fields(p.Organisation)...)
	}
	return material
}

func TestFindMatchesReference(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	material := textMaterial()
	for _, lang := range []string{"en", "fr"} {
		d := New(Config{Lang: lang, People: refPeople, Redact: []string{"Kalehe", "Mama Sifa"}, Keep: []string{"amani"}})
		for i := 0; i < 3000; i++ {
			text := randomText(r, material)
			if got, want := d.Find(text), refFind(d, text); !sameCandidates(got, want) {
				t.Fatalf("%s: Find(%q)\n got  %+v\n want %+v", lang, text, got, want)
			}
		}
	}
}

// FuzzFindMatchesReference: on any text, the detector finds what trying
// every pattern at every word finds.
func FuzzFindMatchesReference(f *testing.F) {
	r := rand.New(rand.NewSource(1))
	material := textMaterial()
	for i := 0; i < 20; i++ {
		f.Add(randomText(r, material))
	}
	f.Add("Mutuelle de solidarité n°3 et la présidente (CLD)")
	d := New(Config{Lang: "fr", People: refPeople, Redact: []string{"Kalehe"}, Keep: []string{"amani"}})
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := d.Find(text), refFind(d, text); !sameCandidates(got, want) {
			t.Fatalf("Find(%q)\n got  %+v\n want %+v", text, got, want)
		}
	})
}

func TestFindCoversTheOldAnonymiser(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	material := textMaterial()
	old := newOldAnonymiser(refPeople)
	d := New(Config{Lang: "fr", People: refPeople})
	fixed := []string{"Mutuelle de solidarité n°3 a parlé", "la présidente (CLD) et A.S.B.L. Tujenge", "Furaha Mapendo, Marie-Claire Furaha"}
	for i := 0; i < 4000; i++ {
		text := randomText(r, material)
		if i < len(fixed) {
			text = fixed[i]
		}
		cands := d.Find(text)
		for _, m := range old.find(text) {
			// Every word it redacted is in a candidate; the candidate may be
			// another one ("Radio Amani", an organisation, over "Amani" of
			// "Amani Bahati": at a word the longest wins, as documented).
			covered := true
			for _, tok := range refTokens(text) {
				if tok.end <= m.start || tok.start >= m.end {
					continue
				}
				in := false
				for _, c := range cands {
					in = in || c.Start <= tok.start && tok.end <= c.End
				}
				covered = covered && in
			}
			if !covered {
				t.Fatalf("the old anonymiser redacted %q (%s) in %q; the detector found %+v", text[m.start:m.end], m.id, text, cands)
			}
		}
	}
}
