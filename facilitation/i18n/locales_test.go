package i18n

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/facilitation"
	"golang.org/x/text/feature/plural"
)

func sortedKeys(m map[string]message) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

var formLabel = map[plural.Form]string{plural.Zero: ".zero", plural.One: ".one", plural.Two: ".two",
	plural.Few: ".few", plural.Many: ".many", plural.Other: ".other"}

// texts is every text of a message, by form label ("" for a plain one).
func texts(m message) map[string]string {
	if m.forms == nil {
		return map[string]string{"": m.other}
	}
	out := map[string]string{}
	for f, s := range m.forms {
		out[formLabel[f]] = s
	}
	return out
}

var verbRE = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0]*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?(?:\[(\d+)\])?([a-zA-Z%])`)

// placeholders lists a format's arguments as "n:verb" in argument order, so
// a translation may reorder them with %[2]s but not change or drop one.
func placeholders(s string) []string {
	var out []string
	arg := 0
	for _, m := range verbRE.FindAllStringSubmatch(s, -1) {
		if m[3] == "%" {
			continue
		}
		if idx := m[1] + m[2]; idx != "" {
			n, _ := strconv.Atoi(idx)
			arg = n - 1
		}
		if strings.Contains(m[0], "*") {
			arg++ // a width or precision from the arguments
		}
		arg++
		out = append(out, fmt.Sprintf("%d:%s", arg, m[3]))
	}
	sort.Strings(out)
	return out
}

func TestShippedLocalesLoad(t *testing.T) {
	for _, err := range LoadErrors() {
		t.Error(err)
	}
	if got := Languages(); !slices.Contains(got, EN) || !slices.Contains(got, FR) {
		t.Fatalf("languages %v", got)
	}
	if n := len(locales[EN].messages); n < 500 {
		t.Fatalf("only %d English messages", n)
	}
}

// TestCatalogIsComplete: every message exists in every shipped language,
// with the same placeholders (verbs, count, arguments) in every form, and
// plural forms are ones the language has; so no screen falls back to
// English or misformats.
func TestCatalogIsComplete(t *testing.T) {
	en := locales[EN].messages
	for _, lang := range Languages() {
		loc := locales[lang]
		for _, k := range sortedKeys(en) {
			if _, ok := loc.messages[k]; !ok {
				t.Errorf("%s.toml lacks %q (en.toml: %q)", lang, k, en[k].other)
			}
		}
		valid := map[plural.Form]bool{plural.Other: true}
		for n := range 2000 {
			valid[plural.Cardinal.MatchPlural(loc.tag, n, 0, 0, 0, 0)] = true
		}
		for _, k := range sortedKeys(loc.messages) {
			ref, ok := en[k]
			if base, inclusive := strings.CutSuffix(k, InclusiveSuffix); inclusive {
				ref, ok = en[base] // an inclusive form stands for its base message
			}
			if !ok {
				t.Errorf("%s.toml has %q, which en.toml does not (a typo, or an old message?)", lang, k)
				continue
			}
			want := placeholders(ref.other)
			for form, text := range texts(loc.messages[k]) {
				if got := placeholders(text); !slices.Equal(got, want) {
					t.Errorf("%s.toml %q%s: placeholders %v, en.toml %v", lang, k, form, got, want)
				}
			}
			for f := range loc.messages[k].forms {
				if !valid[f] {
					t.Errorf("%s.toml %q%s: %s has no such plural form", lang, k, formLabel[f], lang)
				}
			}
		}
	}
}

func TestPlaceholders(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"%s (%d)", "%s (%d)", true},
		{"%s (%d)", "(%d) %s", false},
		{"%[1]s (%[2]d)", "(%[2]d) %[1]s", true},
		{"%s: %d%%", "%s\u202f: %d\u202f%%", true},
		{"%s", "%v", false},
		{"%s %s", "%s", false},
		{"%5.1f%%", "%5.1f", true},
	} {
		if got := slices.Equal(placeholders(c.a), placeholders(c.b)); got != c.same {
			t.Errorf("%q vs %q: same=%v (%v / %v)", c.a, c.b, got, placeholders(c.a), placeholders(c.b))
		}
	}
}

// TestFrenchPluralIsCLDR: French counts 0 and 1 as singular, English only 1.
func TestFrenchPluralIsCLDR(t *testing.T) {
	fr, en := New("fr", nil), New("en", nil)
	for _, c := range []struct{ got, want string }{
		{fr.N("home.people", 0, 0), "0 personne"},
		{fr.N("home.people", 1, 1), "1 personne"},
		{fr.N("home.people", 2, 2), "2 personnes"},
		{en.N("home.people", 0, 0), "0 people"},
		{en.N("home.people", 1, 1), "1 person"},
		{en.N("home.people", -1, -1), "-1 person"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestAddLocale(t *testing.T) {
	defer delete(locales, "sw")
	sw := "\"board.col.item\" = \"Jambo\"\n\"home.people\".one = \"mtu %d\"\n\"home.people\".other = \"watu %d\"\n[nested]\nkey = \"ndani\"\n"
	if err := AddLocale("sw.toml", []byte(sw)); err != nil {
		t.Fatal(err)
	}
	if !Known("sw_KE") || Known("xx") || !Known("fr_CD.UTF-8") || !Known("en") || Known("") {
		t.Error("Known")
	}
	if !slices.Contains(facilitation.Languages(), "sw") {
		t.Error("plans cannot ask for sw")
	}
	c := New("sw_KE", nil)
	for _, p := range [][2]string{
		{c.T("board.col.item"), "Jambo"}, {c.N("home.people", 1, 1), "mtu 1"},
		{c.N("home.people", 3, 3), "watu 3"}, {c.T("nested.key"), "ndani"},
		{c.T("board.col.status"), "Status"}, // missing: English
	} {
		if p[0] != p[1] {
			t.Errorf("got %q, want %q", p[0], p[1])
		}
	}
	for _, bad := range []struct{ name, data, want string }{
		{"sw.toml", "\"a\" = \"x\"\n\"b\" = oops\n", "sw.toml:2:"},
		{"swahili-file.toml", "", "language code"},
		{"sw.toml", "\"a\".one = \"x\"\n", "needs \"other\""},
		{"sw.toml", "\"a\".other = \"x\"\n\"a\".lots = \"y\"\n", "not a plural form"},
		{"sw.toml", "\"a\" = 3\n", "text in quotes"},
	} {
		err := AddLocale(bad.name, []byte(bad.data))
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: error %v, want %q", bad.data, err, bad.want)
		}
	}
}

// TestInclusiveForms: plain forms by default, middle-dot forms when chosen,
// and English (which has none) unchanged.
func TestInclusiveForms(t *testing.T) {
	fr := New("fr", nil)
	if got := fr.T("min.label", "Communauté", 2); got != "Participant Communauté 2" {
		t.Errorf("plain: %q", got)
	}
	if got := fr.WithInclusive(true).T("min.label", "Communauté", 2); got != "Participant·e Communauté 2" {
		t.Errorf("inclusive: %q", got)
	}
	if got := fr.WithInclusive(true).T("board.col.item"); got != "Point" {
		t.Errorf("no inclusive form: %q", got)
	}
	SetInclusive(true)
	defer SetInclusive(false)
	if got := New("fr", nil).T("dlg.status.present"); got != "présent·e" {
		t.Errorf("SetInclusive: %q", got)
	}
	if got := New("en", nil).T("min.label", "Community", 2); got != "Community participant 2" {
		t.Errorf("en: %q", got)
	}
}
