package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/htmlminutes"
	"github.com/baraza-app/baraza/sessions"
)

func (c *cli) verifyCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "verify FILE",
		Short: "Check that a minutes file matches a session of the archive (or the demo)",
		Long: `Check a copy of minutes (Markdown or HTML, any language, anonymised or
not) against the sessions of the archive and the built-in demo recording.
The fingerprint written at the end of the minutes names the approved text;
baraza writes the minutes of every closed session again, in every language
and form, and compares.

Exit 0: the file matches; the session, language and form are named.
Exit 1: it does not match: either a session has that fingerprint but the
text was changed (the changed lines are shown), or no session has it.
Line endings and spaces at the end of lines do not count (docs/minutes.md).`,
		Example: "  baraza verify minutes.md\n  baraza verify compte-rendu.html",
		Args:    cobra.ExactArgs(1),
		RunE:    c.action(func(args []string) error { return c.verify(args[0]) }),
	}
}

// errMismatch is verify's "no": its explanation is already printed.
var errMismatch = quietError{facilitation.Msg("cli.err.verify_mismatch")}

var fingerprintIn = regexp.MustCompile(`[0-9a-f]{64}`)

func (c *cli) verify(file string) error {
	info, err := os.Lstat(file)
	if err != nil {
		return facilitation.Msg("cli.err.cannot_read", file, err)
	}
	if !info.Mode().IsRegular() {
		return facilitation.Msg("cli.err.verify_not_regular", file)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return facilitation.Msg("cli.err.cannot_read", file, err)
	}
	isHTML := isHTMLFile(file, raw)
	var body []byte
	var fp string
	if isHTML {
		fp = string(fingerprintIn.Find(raw))
	} else {
		var ok bool
		if body, fp, _, _, ok = session.SealedParts(raw); !ok {
			fp = ""
		}
	}
	if fp == "" {
		fmt.Fprintln(c.stdout, c.t("cli.verify.no_fingerprint", file))
		return errMismatch
	}
	a, err := c.archive()
	if err != nil {
		return err
	}
	cand, err := findFingerprint(a, fp, isHTML)
	if err != nil {
		return err
	}
	if cand == nil {
		fmt.Fprintln(c.stdout, c.t("cli.verify.unknown", file, fp))
		if !isHTML && session.Fingerprint(body) != fp {
			fmt.Fprintln(c.stdout, c.t("cli.verify.self_mismatch"))
		}
		return errMismatch
	}
	want := cand.md
	got := body
	if isHTML {
		want, got = cand.html, raw
	} else {
		want, _, _, _, _ = session.SealedParts(cand.md)
	}
	diff := changedLines(session.CanonicalText(want), session.CanonicalText(got))
	if len(diff) > 0 {
		fmt.Fprintln(c.stdout, c.t("cli.verify.changed", file, cand.id, cand.form))
		for _, d := range diff {
			fmt.Fprintln(c.stdout, d)
		}
		return errMismatch
	}
	fmt.Fprintln(c.stdout, c.t("cli.verify.matches", file, cand.id, cand.form, fp))
	return nil
}

func isHTMLFile(name string, raw []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return true
	case ".md", ".markdown", ".txt":
		return false
	}
	head := bytes.ToLower(raw[:min(len(raw), 512)])
	return bytes.Contains(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<html"))
}

type verifyCandidate struct {
	id, form string
	md, html []byte
}

// findFingerprint writes every closed session's minutes in every language
// and form (and in this computer's time zone and UTC) until one has fp.
func findFingerprint(a *sessions.Archive, fp string, withHTML bool) (*verifyCandidate, error) {
	ids := []string{sessions.DemoName}
	list, _ := a.List()
	for _, s := range list {
		if !s.Open && !s.Sealed && s.Err == nil {
			ids = append(ids, s.ID)
		}
	}
	type form struct {
		name string
		o    session.MinutesOptions
	}
	var forms []form
	for _, lang := range []string{"en", "fr"} {
		for _, loc := range []*time.Location{time.Local, time.UTC} {
			forms = append(forms,
				form{lang, session.MinutesOptions{Lang: lang, Location: loc}},
				form{lang + ", anonymised", session.MinutesOptions{Lang: lang, Anonymous: true, Location: loc}},
				form{lang + ", Chatham House", session.MinutesOptions{Lang: lang, ChathamHouse: true, Location: loc}})
		}
	}
	for _, id := range ids {
		rec, err := a.OpenRecording(id)
		if err != nil {
			continue
		}
		st, err := session.Fold(rec.Events)
		if err != nil || !st.Closed {
			continue
		}
		for _, f := range forms {
			m := session.BuildMinutes(st, f.o)
			md, err := session.RenderMinutes(m, nil)
			if err != nil {
				return nil, err
			}
			if m.Fingerprint != fp {
				continue
			}
			cand := &verifyCandidate{id: rec.ID, form: f.name, md: md}
			if withHTML {
				if cand.html, err = htmlminutes.Render(m); err != nil {
					return nil, err
				}
			}
			return cand, nil
		}
	}
	return nil, nil
}

// changedLines lists, by line number, the lines of got that differ from
// want (at most 12), as "-" (the approved text) and "+" (the file).
func changedLines(want, got []byte) []string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 24; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, fmt.Sprintf("  line %d:\n    - %s\n    + %s", i+1, a, b))
		}
	}
	if len(out) == 0 && !bytes.Equal(want, got) {
		out = append(out, "  (the texts differ)")
	}
	return out
}
