package settings

import (
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"strings"

	"filippo.io/age"

	"github.com/baraza-app/baraza/facilitation"
)

// File is what a settings file says; a key it does not give is unset.
type File struct {
	Name       string
	Language   string
	DataDir    string
	Theme      string
	Inclusive  string
	Recipients []*age.X25519Recipient
	AutoSeal   bool
	Listen     string
	Allow      string
	Given      map[string]int // key → line where the file gives it
}

var (
	topKeys   = []string{"language", "data_dir", "theme", "inclusive", "seal", "serve"}
	sealKeys  = []string{"recipients", "auto"}
	serveKeys = []string{"listen", "allow"}
)

// Parse reads and checks a settings file. Every problem is reported at its
// line and column with what to write instead, as for plans; name is used
// only in messages. With problems in its values, the File of the keys that
// were right comes too (a file that cannot be read gives none), so that
// the problems can be said in the file's language.
func Parse(name string, data []byte) (*File, error) {
	doc, probs := facilitation.ReadTOMLFile(name, data)
	if probs != nil {
		return nil, probs
	}
	f := &File{Name: name, Given: map[string]int{}}
	doc.Unknown(doc.Raw, nil, topKeys)
	given := func(key string, table []string, k string) {
		f.Given[key] = lineOf(doc, table, k)
	}
	if s, ok := doc.String(doc.Raw, nil, "language"); ok {
		s = strings.TrimSpace(s)
		if facilitation.KnownLanguage(s) {
			f.Language = s
			given(KeyLanguage, nil, "language")
		} else {
			doc.Problem(nil, "language", -1, "plan.unknown_language", s, strings.Join(facilitation.Languages(), ", "))
		}
	}
	if s, ok := fullPath(doc, doc.Raw, nil, "data_dir", "settings.data_dir_blank", "settings.data_dir_relative"); ok {
		f.DataDir = s
		given(KeyDataDir, nil, "data_dir")
	}
	if s, ok := f.choice(doc, nil, "theme", []string{ThemeAuto, ThemeDark, ThemeLight}); ok {
		f.Theme = s
		given(KeyTheme, nil, "theme")
	}
	if s, ok := f.choice(doc, nil, "inclusive", []string{InclusivePlain, InclusiveDot}); ok {
		f.Inclusive = s
		given(KeyInclusive, nil, "inclusive")
	}
	if seal := doc.Table("seal"); seal != nil {
		doc.Unknown(seal, []string{"seal"}, sealKeys)
		f.seal(doc, seal)
	}
	if serve := doc.Table("serve"); serve != nil {
		doc.Unknown(serve, []string{"serve"}, serveKeys)
		f.serve(doc, serve)
	}
	if probs := doc.Problems(); probs != nil {
		return f, probs
	}
	return f, nil
}

func (f *File) seal(doc *facilitation.TOMLFile, seal map[string]any) {
	tbl := []string{"seal"}
	keys, ok := doc.Strings(seal, tbl, "recipients")
	if ok {
		f.Given[KeyRecipients] = lineOf(doc, tbl, "recipients")
	}
	for i, k := range keys {
		r, err := age.ParseX25519Recipient(strings.TrimSpace(k))
		if err != nil {
			doc.Problem(tbl, "recipients", i, "settings.not_age_key", short(k))
			continue
		}
		f.Recipients = append(f.Recipients, r)
	}
	auto, given := doc.Bool(seal, tbl, "auto")
	if given {
		f.AutoSeal = auto
		f.Given[KeyAutoSeal] = lineOf(doc, tbl, "auto")
		if auto && len(keys) == 0 {
			doc.Problem(tbl, "auto", -1, "settings.auto_needs_keys")
		}
	}
}

// serve: where a shared session listens, and the keys it lets in.
func (f *File) serve(doc *facilitation.TOMLFile, serve map[string]any) {
	tbl := []string{"serve"}
	if s, ok := doc.String(serve, tbl, "listen"); ok {
		s = strings.TrimSpace(s)
		_, port, err := net.SplitHostPort(s)
		if n, perr := strconv.Atoi(port); err != nil || perr != nil || n < 1 || n > 65535 {
			doc.Problem(tbl, "listen", -1, "settings.listen_bad", s)
		} else {
			f.Listen = s
			f.Given[KeyListen] = lineOf(doc, tbl, "listen")
		}
	}
	if s, ok := fullPath(doc, serve, tbl, "allow", "settings.allow_blank", "settings.allow_relative"); ok {
		f.Allow = s
		f.Given[KeyAllow] = lineOf(doc, tbl, "allow")
	}
}

// fullPath is a key naming a file or folder: not blank, and a full path or
// one under ~. blankKey and relativeKey are the catalog's messages for the
// two mistakes (relativeKey takes the value written).
func fullPath(doc *facilitation.TOMLFile, in map[string]any, table []string, key, blankKey, relativeKey string) (string, bool) {
	s, ok := doc.String(in, table, key)
	if !ok {
		return "", false
	}
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		doc.Problem(table, key, -1, blankKey)
	case !filepath.IsAbs(expandHome(s, "/home")):
		doc.Problem(table, key, -1, relativeKey, s)
	default:
		return s, true
	}
	return "", false
}

// choice is a text key that must be one of want.
func (f *File) choice(doc *facilitation.TOMLFile, table []string, key string, want []string) (string, bool) {
	s, ok := doc.String(doc.Raw, table, key)
	if !ok {
		return "", false
	}
	v := strings.ToLower(strings.TrimSpace(s))
	for _, w := range want {
		if v == w {
			return v, true
		}
	}
	doc.Problem(table, key, -1, "settings.choice", key, s, orList(key, want))
	return "", false
}

func orList(key string, want []string) facilitation.Message {
	var qs []string
	for _, w := range want {
		qs = append(qs, fmt.Sprintf("%s = %q", key, w))
	}
	return facilitation.Msg("plan.or", strings.Join(qs[:len(qs)-1], ", "), qs[len(qs)-1])
}

func short(s string) string {
	if r := []rune(s); len(r) > 24 {
		return string(r[:24]) + "…"
	}
	return s
}

// lineOf is the line where key is written (for `baraza config`).
func lineOf(doc *facilitation.TOMLFile, table []string, key string) int {
	line, _ := doc.KeyPosition(append(append([]string{}, table...), key)...)
	return line
}

// expandHome turns a leading ~ into home.
func expandHome(p, home string) string {
	if p == "~" {
		return home
	}
	if strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		return filepath.Join(home, p[2:])
	}
	return p
}
