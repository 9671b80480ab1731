package session

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"strconv"
	"strings"
	"text/template"

	"golang.org/x/text/unicode/norm"

	"github.com/baraza-app/baraza/facilitation/i18n"
)

// WriteMinutes writes the Markdown minutes to w as the template produces
// them, section by section, never holding the whole document: a session
// of a million events writes tens of megabytes of minutes. The bytes are
// exactly RenderMinutes's. Closed minutes are sealed on the way: the
// fingerprint is taken of the canonical text as it streams past (see
// CanonicalText), and written after it.
//
// With the default template (tmpl nil) the turns tables are written
// straight to w, row by row. A custom template runs as before; on an error
// part of the minutes may already be written, so callers that must write
// all or nothing write to a temporary file (or a buffer) first.
func WriteMinutes(w io.Writer, m *Minutes, tmpl *template.Template) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	s := newSealer(bw, !m.Draft)
	if tmpl == nil {
		var err error
		if tmpl, err = minutesTemplate("", "", m.Lang, s); err != nil {
			return err
		}
	}
	if err := tmpl.Execute(s, m); err != nil {
		return fmt.Errorf("minutes template: %w", err)
	}
	if err := s.seal(m); err != nil {
		return err
	}
	return bw.Flush()
}

// writeTurnRows writes a round's turns as Markdown table rows, each after
// a line break: what a {{range}} over 10,000 turns wrote, without
// reflection and without building the table first.
func writeTurnRows(w io.Writer, m *Minutes, r RoundMinutes, offRecord string) {
	bw, ok := w.(io.StringWriter)
	if !ok {
		bw = stringWriter{w} // not reached: the callers pass a sealer or a builder
	}
	var num [20]byte
	for _, t := range r.Turns {
		bw.WriteString("\n| ")
		w.Write(strconv.AppendInt(num[:0], int64(t.N), 10))
		bw.WriteString(" | ")
		bw.WriteString(cell(t.Speaker))
		if t.Level != "" && !m.Anonymous {
			bw.WriteString(" (")
			bw.WriteString(t.Level)
			bw.WriteString(")")
		}
		if t.Kind != "" {
			bw.WriteString(" — *")
			bw.WriteString(t.Kind)
			bw.WriteString("*")
		}
		bw.WriteString(" | ")
		bw.WriteString(t.Duration)
		bw.WriteString(" | ")
		if t.OffRecord {
			bw.WriteString(offRecord)
		} else {
			bw.WriteString(cell(t.Note))
		}
		bw.WriteString(" |")
	}
}

// stringWriter writes strings to a writer that takes only bytes.
type stringWriter struct{ io.Writer }

func (s stringWriter) WriteString(p string) (int, error) { return s.Write([]byte(p)) }

// sealer passes the minutes' body on to w and, for closed minutes, holds
// back its final line breaks (the seal follows the body's last line) and
// hashes its canonical form as it goes.
type sealer struct {
	w       *bufio.Writer
	sealed  bool
	held    int // final line breaks not written yet
	nfc     io.WriteCloser
	canon   *canonWriter
	written bool
}

func newSealer(w *bufio.Writer, sealed bool) *sealer {
	s := &sealer{w: w, sealed: sealed}
	if sealed {
		s.canon = &canonWriter{h: sha256.New()}
		s.nfc = norm.NFC.Writer(s.canon)
	}
	return s
}

func (s *sealer) Write(p []byte) (int, error) {
	if !s.sealed {
		return s.w.Write(p)
	}
	if _, err := s.nfc.Write(p); err != nil {
		return 0, err
	}
	last := len(p) - 1
	for last >= 0 && p[last] == '\n' {
		last--
	}
	if last < 0 {
		s.held += len(p)
		return len(p), nil
	}
	for ; s.held > 0; s.held-- {
		s.w.WriteByte('\n')
	}
	s.w.Write(p[:last+1])
	s.held = len(p) - last - 1
	return len(p), nil
}

func (s *sealer) WriteString(p string) (int, error) {
	if !s.sealed {
		return s.w.WriteString(p)
	}
	return s.Write([]byte(p)) // the sealed path copies; the unsealed one, the most common, does not
}

// seal ends closed minutes with their fingerprint and addendum, as
// sealMinutes does; draft minutes are left as written.
func (s *sealer) seal(m *Minutes) error {
	if !s.sealed {
		return nil
	}
	if err := s.nfc.Close(); err != nil {
		return err
	}
	m.Fingerprint = s.canon.sum()
	cat := i18n.New(m.Lang, nil)
	fmt.Fprintf(s.w, "\n\n%s\n---\n\n%s\n\n%s\n", FingerprintMarker, cat.T("min.fingerprint", m.Fingerprint), cat.T("min.fingerprint_howto"))
	if len(m.Addendum) == 0 {
		return nil
	}
	add := addendumText(m, cat)
	m.AddendumFingerprint = Fingerprint(add)
	fmt.Fprintf(s.w, "\n%s\n%s\n%s\n\n%s\n", AddendumMarker, strings.TrimRight(string(add), "\n"), AddendumFingerprintMarker,
		cat.T("min.addendum_fingerprint", m.AddendumFingerprint))
	return nil
}

// canonWriter hashes the canonical form of NFC text written to it, as
// CanonicalText makes it, without holding it: CR LF and CR become LF,
// spaces and tabs at the end of a line go, blank lines at the start and
// the end go, and one LF ends the text.
type canonWriter struct {
	h       hash.Hash
	started bool   // a byte other than a line break was hashed
	cr      bool   // the last byte was a CR
	breaks  int    // line breaks not hashed yet
	spaces  []byte // spaces and tabs not hashed yet (dropped at a line's end)
	buf     []byte
}

func (c *canonWriter) Write(p []byte) (int, error) {
	out := c.buf[:0]
	for _, b := range p {
		switch b {
		case '\n':
			if c.cr { // the LF of a CR LF: the CR was the break
				c.cr = false
				continue
			}
			c.spaces, c.breaks = c.spaces[:0], c.breaks+1
		case '\r':
			c.cr = true
			c.spaces, c.breaks = c.spaces[:0], c.breaks+1
			continue
		case ' ', '\t':
			c.spaces = append(c.spaces, b)
		default:
			if c.started {
				for ; c.breaks > 0; c.breaks-- {
					out = append(out, '\n')
				}
			}
			c.breaks, c.started = 0, true
			out = append(out, c.spaces...)
			c.spaces = c.spaces[:0]
			out = append(out, b)
		}
		c.cr = false
	}
	c.h.Write(out)
	c.buf = out[:0]
	return len(p), nil
}

// sum ends the text (one final LF) and returns its hex SHA-256.
func (c *canonWriter) sum() string {
	c.h.Write([]byte{'\n'})
	return hex.EncodeToString(c.h.Sum(nil))
}
