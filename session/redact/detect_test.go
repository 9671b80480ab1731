package redact

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var people = []Person{
	{ID: "p1", Name: "Aïssata Traoré-Koné", Organisation: "Radio Amani", Role: "animatrice"},
	{ID: "p2", Name: "Fatou N'Diaye", Organisation: "Mairie de Kalemie"},
	{ID: "p3", Name: "Grâce Mukendi", Role: "chef de quartier"},
	{ID: "p4", Name: "Jean Bosco Habimana"},
	{ID: "p5", Name: "Jean Kabila"},
	{ID: "p6", Name: "Amani Bahati"},
	{ID: "p7", Name: "Espoir Ilunga"},
	{ID: "p8", Name: "Déogratias Bisimwa"},
	{ID: "p9", Name: "عائشة بنت محمد"},
	{ID: "p10", Name: "Ali Coulibaly"},
	{ID: "p11", Name: "Oumou Sangaré"},
}

// found renders candidates as "text:reason" for compact tables.
func found(d *Detector, text string) string {
	var out []string
	for _, c := range d.Find(text) {
		s := text[c.Start:c.End] + ":" + string(c.Reason)
		if c.Kept {
			s += ":kept"
		}
		out = append(out, s)
	}
	return strings.Join(out, " | ")
}

func TestDetectRules(t *testing.T) {
	nfd := norm.NFD.String("Traoré et Déogratias")
	cases := []struct {
		lang, rule, text, want string
	}{
		{"fr", "full name", "Aïssata Traoré-Koné a parlé", "Aïssata Traoré-Koné:full_name"},
		{"en", "full name", "Aïssata Traoré-Koné spoke", "Aïssata Traoré-Koné:full_name"},
		{"fr", "hyphenated name written with a space", "Aïssata Traoré Koné", "Aïssata Traoré Koné:full_name"},
		{"fr", "family name from a hyphenated name", "selon Traoré, rien", "Traoré:unique_part"},
		{"en", "other half of a hyphenated name", "Koné agreed", "Koné:unique_part"},
		{"fr", "hyphenated family name alone", "Mme Traoré-Koné", "Traoré-Koné:unique_part"},
		{"fr", "apostrophe straight", "N'Diaye a dit", "N'Diaye:unique_part"},
		{"fr", "apostrophe typographic", "N’Diaye a dit", "N’Diaye:unique_part"},
		{"en", "apostrophe dropped", "Ndiaye said", "Ndiaye:unique_part"},
		{"en", "after the apostrophe", "Diaye said", "Diaye:unique_part"},
		{"fr", "full name without apostrophe", "Fatou Ndiaye", "Fatou Ndiaye:full_name"},
		{"en", "case ignored", "TRAORÉ and kone", "TRAORÉ:unique_part | kone:unique_part"},
		{"fr", "accents ignored", "Traore et Deogratias", "Traore:unique_part | Deogratias:unique_part"},
		{"fr", "NFD text", nfd, norm.NFD.String("Traoré:unique_part | Déogratias:unique_part")},
		{"fr", "NFC text of an NFD name", "Bisimwa", "Bisimwa:unique_part"},
		{"fr", "common word in French", "Grâce à la radio", "Grâce:common_word"},
		{"en", "common word in English too", "grace period", "grace:common_word"},
		{"fr", "Espoir is a French word", "Espoir a parlé", "Espoir:common_word"},
		{"en", "Espoir is no English word", "Espoir spoke", "Espoir:unique_part"},
		{"fr", "shared first name", "Jean a demandé", "Jean:shared_part"},
		{"en", "shared first name", "Jean asked", "Jean:shared_part"},
		{"en", "a name under four letters", "Ali said", "Ali:short"},
		{"fr", "organisation", "la Radio Amani a diffusé", "Radio Amani:organisation"},
		{"en", "organisation beats the name part inside it", "on Radio Amani today", "Radio Amani:organisation"},
		{"fr", "role", "le chef de quartier a parlé", "chef de quartier:role"},
		{"fr", "Amani alone is a Swahili word", "Amani FM", "Amani:common_word"},
		{"fr", "Arabic script", "قالت عائشة ذلك", "عائشة:unique_part"},
		{"fr", "Arabic full name", "عائشة بنت محمد", "عائشة بنت محمد:full_name"},
		{"fr", "Bambara name", "Oumou Sangaré et Sangare", "Oumou Sangaré:full_name | Sangare:unique_part"},
		{"fr", "not inside another word", "Traoréville Koneo", ""},
		{"en", "nothing", "The road to the market", ""},
		{"fr", "one letter alone is no name", "N est là, n'est-ce pas", ""},
		{"fr", "three-word name", "Jean Bosco Habimana", "Jean Bosco Habimana:full_name"},
		{"fr", "two names in a row stay apart", "Traoré, Koné", "Traoré:unique_part | Koné:unique_part"},
	}
	for _, c := range cases {
		d := New(Config{Lang: c.lang, People: people})
		if got := found(d, c.text); got != c.want {
			t.Errorf("%s (%s): Find(%q) = %q, want %q", c.rule, c.lang, c.text, got, c.want)
		}
	}
}

func TestKeepAndRedactTerms(t *testing.T) {
	d := New(Config{Lang: "fr", People: people, Keep: []string{"grâce", "Traoré"}, Redact: []string{"Kalehe", "le Vieux Sage"}})
	cases := []struct{ text, want string }{
		{"grâce à vous", "grâce:common_word:kept"},
		{"Traoré a dit", "Traoré:unique_part:kept"},
		{"Aïssata Traoré-Koné", "Aïssata Traoré-Koné:full_name"}, // a full name is never kept
		{"à Kalehe, le vieux sage", "Kalehe:term | le vieux sage:term"},
	}
	for _, c := range cases {
		if got := found(d, c.text); got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestResolve(t *testing.T) {
	d := New(Config{Lang: "fr", People: people, Keep: []string{"amani"}})
	text := "Jean et Jean, Amani FM, Traoré"
	cs := d.Find(text)
	if len(cs) != 4 {
		t.Fatalf("candidates %v", cs)
	}
	dec := &Decisions{Everywhere: map[string]Decision{"traore": Keep, "jean": Redact},
		Occurrence: map[Occurrence]Decision{{Place: "turn/1", Key: "jean", N: 2}: Keep}}
	want := []struct {
		redact bool
		by     Source
	}{{true, ByEverywhere}, {false, ByOccurrence}, {false, ByPlan}, {true, ByRule}}
	for i, c := range cs {
		r, by := dec.Resolve("turn/1", c)
		if r != want[i].redact || by != want[i].by {
			t.Errorf("%q: got %v %v, want %v %v", text[c.Start:c.End], r, by, want[i].redact, want[i].by)
		}
	}
	if r, by := (*Decisions)(nil).Resolve("turn/2", cs[0]); !r || by != Unreviewed {
		t.Errorf("no decision: got %v %v, want redacted, unreviewed", r, by)
	}
	if r, by := dec.Resolve("turn/2", cs[1]); !r || by != ByEverywhere {
		t.Errorf("occurrence elsewhere does not apply: got %v %v", r, by)
	}
}

func TestCommonWordsShipped(t *testing.T) {
	for _, c := range []struct {
		lang, w string
		want    bool
	}{{"fr", "Grâce", true}, {"fr", "GRACE", true}, {"fr", "espoir", true}, {"en", "Hope", true}, {"en", "espoir", false}, {"fr", "Mukendi", false}} {
		if got := IsCommonWord(c.lang, c.w); got != c.want {
			t.Errorf("IsCommonWord(%s, %s) = %v", c.lang, c.w, got)
		}
	}
}

// Organisations and roles are written with punctuation inside; a name is not.
func TestPhrasesWithPunctuation(t *testing.T) {
	d := New(Config{Lang: "fr", People: refPeople, Redact: []string{"C.L.D. Nord"}})
	cases := []struct{ text, want string }{
		{"la Mutuelle de solidarité n°3 a payé", "Mutuelle de solidarité n°3:organisation"},
		{"A.S.B.L. Tujenge", "A.S.B.L. Tujenge:organisation"},
		{"la présidente (CLD) parle", "présidente (CLD:role"},
		{"le C.L.D. Nord", "C.L.D. Nord:term"},
		{"à la radio, Amani Bahati a dit", "Amani Bahati:full_name"},
		{"Radio\nAmani", "Amani:common_word"},
		{"Furaha. Mapendo", "Furaha:shared_part | Mapendo:unique_part"},
	}
	for _, c := range cases {
		if got := found(d, c.text); got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Staff names are found too; a part a staff member shares with one
// participant stays certain (the participant's), naming both.
func TestStaffNames(t *testing.T) {
	d := New(Config{Lang: "fr", People: refPeople[:12], Staff: []Person{{ID: "staff:facilitator", Name: "Mapendo Mwamba"}, {ID: "staff:note_taker", Name: "Grâce Lubala"}}})
	cases := []struct{ text, want string }{
		{"Mapendo Mwamba ouvre la séance", "Mapendo Mwamba:full_name"},
		{"Mwamba rappelle les règles", "Mwamba:unique_part"},
		{"Mapendo a parlé", "Mapendo:unique_part"},                   // Furaha Mapendo's, and the facilitator's
		{"grâce à Lubala", "grâce:common_word | Lubala:unique_part"}, // staff never make a part "shared"
	}
	for _, c := range cases {
		if got := found(d, c.text); got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if c := d.Find("Mapendo")[0]; strings.Join(c.People, ",") != "p12,staff:facilitator" {
		t.Errorf("Mapendo names %v, want the participant and the facilitator", c.People)
	}
}

// The table of Latin letters folds each as the slow way does, alone and in
// words, in NFC and in NFD.
func TestFoldLatinTable(t *testing.T) {
	for r := rune(0x80); r < 0x250; r++ {
		if got, want := string(foldWord(nil, string(r), false)), string(foldSlow(nil, string(r))); got != want {
			t.Errorf("U+%04X: %q, want %q", r, got, want)
		}
	}
	for _, w := range []string{"Déogratias", "TRAORÉ", "Kéïta", "Sangaré", norm.NFD.String("Kéïta"), "Łukasz", "Øyvind", "straße", "ǅemal", "عائشة"} {
		if got, want := string(foldWord(nil, w, false)), string(foldSlow(nil, w)); got != want {
			t.Errorf("%q: %q, want %q", w, got, want)
		}
	}
}
