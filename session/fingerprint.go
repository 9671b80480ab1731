package session

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// The minutes of a closed session end with a fingerprint: the SHA-256 of
// the canonical text of the approved minutes, so that a recipient can check
// a copy (baraza verify, or by hand: docs/minutes.md, "Fingerprint"). The
// markers are HTML comments: invisible once the Markdown is displayed, and
// the same in every language.
const (
	FingerprintMarker         = "<!-- baraza:fingerprint -->"
	AddendumMarker            = "<!-- baraza:addendum -->"
	AddendumFingerprintMarker = "<!-- baraza:addendum-fingerprint -->"
)

// CanonicalText is the text a fingerprint is taken of: Unicode NFC, every
// line ending (CRLF, CR) made LF, spaces and tabs at the end of each line
// removed, blank lines at the start and end removed, and one final LF. So
// a copy that went through an editor or a mail program that changes line
// endings or trailing spaces keeps its fingerprint; any other change does not.
func CanonicalText(text []byte) []byte {
	s := norm.NFC.String(string(text))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	s = strings.Trim(strings.Join(lines, "\n"), "\n")
	return []byte(s + "\n")
}

// Fingerprint is the lowercase hex SHA-256 of text's canonical form.
func Fingerprint(text []byte) string {
	sum := sha256.Sum256(CanonicalText(text))
	return hex.EncodeToString(sum[:])
}

// addendumText is the addendum section: each amendment with its time and reason.
func addendumText(m *Minutes, cat *i18n.Catalog) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", cat.T("min.addendum"), cat.T("min.addendum_intro", m.Fingerprint))
	for _, a := range m.Addendum {
		fmt.Fprintf(&b, "- %s — %s", a.Time, a.Text)
		if a.Reason != "" {
			fmt.Fprintf(&b, " (%s)", cat.T("corr.reason", a.Reason))
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

// Seal renders the Markdown minutes (default template when tmpl is nil)
// only to set m's fingerprints: for the HTML and JSON exports, which carry
// the fingerprint of the Markdown minutes.
func Seal(m *Minutes) error {
	if m.Draft { // drafts carry no fingerprint
		return nil
	}
	return WriteMinutes(io.Discard, m, nil) // hashed as it streams, never held
}

var hex64 = regexp.MustCompile(`[0-9a-f]{64}`)

// SealedParts splits a Markdown minutes file: the approved text (before
// the fingerprint marker), the fingerprint written in it, the addendum text
// and its fingerprint. ok is false when the file has no fingerprint.
func SealedParts(file []byte) (body []byte, fp string, addendum []byte, addFP string, ok bool) {
	text := bytes.ReplaceAll(file, []byte("\r\n"), []byte("\n"))
	i := bytes.Index(text, []byte(FingerprintMarker))
	if i < 0 {
		return nil, "", nil, "", false
	}
	body, rest := text[:i], text[i+len(FingerprintMarker):]
	if j := bytes.Index(rest, []byte(AddendumMarker)); j >= 0 {
		add := rest[j+len(AddendumMarker):]
		rest = rest[:j]
		if k := bytes.Index(add, []byte(AddendumFingerprintMarker)); k >= 0 {
			addFP = string(hex64.Find(add[k:]))
			add = add[:k]
		}
		addendum = add
	}
	fp = string(hex64.Find(rest))
	return body, fp, addendum, addFP, fp != ""
}
