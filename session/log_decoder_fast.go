package session

import (
	"bytes"
	"encoding/binary"
	"time"
	"unicode/utf8"
)

// The fast path of the line decoder: a hand-written reader for the lines
// baraza itself writes (compact JSON, lowercase member names each given
// once, integers, plain strings, times in UTC, the nested "action" and
// "person" objects), without reflection: about 200 ns a line where the
// reflection-based decoders took 600 ns to 1 µs. It never refuses
// anything: at the first byte it is not sure about (whitespace, a name it
// does not know in that spelling, a duplicate, null, a number that is not
// a plain integer, a time with an offset, invalid UTF-8, a lone
// surrogate, the plan, ...) it gives up and the line goes to the full
// decoder (encoding/json, log_decoder.go), which accepts or refuses it
// exactly as before. So the lines it accepts decode to the same Event as
// the full decoder's, and every refusal, with its message, is the full
// decoder's. FuzzFastDecoderAgreesWithReference and TestFastDecoderTable
// (log_decoder_fast_test.go) check both.

// fastReader reads one line: b, from byte i.
type fastReader struct {
	b []byte
	i int
	d *lineDecoder // its intern table, buffer and last date
}

// maxIntern bounds the strings kept by one decoder's intern table.
const maxIntern = 4096

// knownTypes are the event types as strings made once.
var knownTypes = func() map[string]Type {
	m := make(map[string]Type, len(AllTypes))
	for _, t := range AllTypes {
		m[string(t)] = t
	}
	return m
}()

// Event members, by bit, to notice a name given twice.
const (
	fV = 1 << iota
	fSeq
	fAt
	fElapsed
	fType
	fSession
	fPerson
	fParticipant
	fStatus
	fRound
	fRequest
	fPosition
	fTurn
	fNote
	fOffRecord
	fText
	fItem
	fLevel
	fStance
	fReason
	fAction
	fMerged
	fFollows
	fCorrects
	fCorrection
	fCountedMs
	fAfterClose
)

// fastDecodeInto decodes obj, one whole object from "{" to "}" (no "\n",
// no checksum member), into *e if it is in the shape the fast path knows;
// it returns false, *e left undefined, when it gives up.
func (d *lineDecoder) fastDecodeInto(obj []byte, e *Event) bool {
	*e = Event{}
	r := fastReader{b: obj, d: d}
	return r.event(e) && r.i == len(obj)
}

// event reads the top-level object into e.
func (r *fastReader) event(e *Event) bool {
	return r.object(func(name []byte) (uint32, bool) { return r.member(e, name) })
}

// member reads the value of the member name into e.
func (r *fastReader) member(e *Event, name []byte) (uint32, bool) {
	var ok bool
	switch string(name) {
	case "v":
		e.V, ok = r.int()
		return fV, ok
	case "seq":
		e.Seq, ok = r.int64()
		return fSeq, ok
	case "at":
		e.At, ok = r.time()
		return fAt, ok
	case "elapsed_ms":
		e.ElapsedMs, ok = r.int64()
		return fElapsed, ok
	case "type":
		var s []byte
		if s, ok = r.rawString(); ok {
			t, known := knownTypes[string(s)]
			if !known {
				t = Type(r.interned(s))
			}
			e.Type = t
		}
		return fType, ok
	case "session":
		e.Session, ok = r.string()
		return fSession, ok
	case "person":
		e.Person = new(PersonRecord)
		return fPerson, r.person(e.Person)
	case "participant":
		e.Participant, ok = r.short()
		return fParticipant, ok
	case "status":
		e.Status, ok = r.short()
		return fStatus, ok
	case "round":
		e.Round, ok = r.int()
		return fRound, ok
	case "request":
		e.Request, ok = r.short()
		return fRequest, ok
	case "position":
		e.Position, ok = r.int()
		return fPosition, ok
	case "turn":
		e.Turn, ok = r.int()
		return fTurn, ok
	case "note":
		e.Note, ok = r.string()
		return fNote, ok
	case "off_record":
		e.OffRecord, ok = r.bool()
		return fOffRecord, ok
	case "text":
		e.Text, ok = r.string()
		return fText, ok
	case "item":
		e.Item, ok = r.int()
		return fItem, ok
	case "level":
		e.Level, ok = r.short()
		return fLevel, ok
	case "stance":
		e.Stance, ok = r.short()
		return fStance, ok
	case "reason":
		e.Reason, ok = r.string()
		return fReason, ok
	case "action":
		e.Action = new(ActionRecord)
		return fAction, r.action(e.Action)
	case "merged":
		e.Merged, ok = r.int()
		return fMerged, ok
	case "follows":
		e.Follows, ok = r.string()
		return fFollows, ok
	case "corrects":
		e.Corrects, ok = r.int64()
		return fCorrects, ok
	case "correction":
		e.Correction, ok = r.short()
		return fCorrection, ok
	case "counted_ms":
		var n int64
		n, ok = r.int64()
		e.CountedMs = &n
		return fCountedMs, ok
	case "after_close":
		e.AfterClose, ok = r.bool()
		return fAfterClose, ok
	}
	// plan, keep_merged, from, redaction, peer, another spelling, an
	// unknown member: the full decoder's.
	return 0, false
}

// person reads a participant_added's person.
func (r *fastReader) person(p *PersonRecord) bool {
	return r.object(func(name []byte) (uint32, bool) {
		var ok bool
		switch string(name) {
		case "id":
			p.ID, ok = r.short()
			return 1, ok
		case "name":
			p.Name, ok = r.string()
			return 2, ok
		case "level":
			p.Level, ok = r.short()
			return 4, ok
		case "organisation":
			p.Organisation, ok = r.string()
			return 8, ok
		case "role":
			p.Role, ok = r.string()
			return 16, ok
		case "gender":
			p.Gender, ok = r.short()
			return 32, ok
		case "youth":
			p.Youth, ok = r.bool()
			return 64, ok
		}
		return 0, false
	})
}

// action reads an action record.
func (r *fastReader) action(a *ActionRecord) bool {
	return r.object(func(name []byte) (uint32, bool) {
		var ok bool
		switch string(name) {
		case "id":
			a.ID, ok = r.int()
			return 1, ok
		case "what":
			a.What, ok = r.string()
			return 2, ok
		case "who":
			a.Who, ok = r.string()
			return 4, ok
		case "with":
			a.With, ok = r.string()
			return 8, ok
		case "when":
			a.When, ok = r.short()
			return 16, ok
		case "status":
			a.Status, ok = r.short()
			return 32, ok
		}
		return 0, false
	})
}

// object reads a nested object, each member's value by member.
func (r *fastReader) object(member func(name []byte) (uint32, bool)) bool {
	if !r.eat('{') {
		return false
	}
	if r.peek() == '}' {
		r.i++
		return true
	}
	var seen uint32
	for {
		name, ok := r.name()
		if !ok {
			return false
		}
		bit, ok := member(name)
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch r.next() {
		case ',':
			continue
		case '}':
			return true
		default:
			return false
		}
	}
}

func (r *fastReader) peek() byte {
	if r.i < len(r.b) {
		return r.b[r.i]
	}
	return 0
}

func (r *fastReader) next() byte {
	if r.i < len(r.b) {
		c := r.b[r.i]
		r.i++
		return c
	}
	return 0
}

func (r *fastReader) eat(c byte) bool {
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

// name reads a member name and its colon. A name with an escape is the
// full decoder's.
func (r *fastReader) name() ([]byte, bool) {
	s, esc, ok := r.str()
	return s, ok && !esc && r.eat(':')
}

// rawString reads a string without escapes and returns its bytes, which
// are valid UTF-8.
func (r *fastReader) rawString() ([]byte, bool) {
	s, esc, ok := r.str()
	return s, ok && !esc
}

// string reads a string value, with the escapes JSON has (but a
// surrogate, which the full decoder pairs or replaces).
func (r *fastReader) string() (string, bool) {
	s, esc, ok := r.str()
	switch {
	case !ok:
		return "", false
	case esc:
		return r.escaped(r.i - len(s))
	}
	return string(s), true
}

// plain are the bytes a string holds as they are: printable ASCII but
// the quote and the backslash.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// str reads a string up to its closing quote, or up to its first
// backslash (esc; r.i is left on it): s is its bytes up to there. ok is
// false for a raw control byte, invalid UTF-8 or a line that ends first.
// Short strings (names, ids, keys) are read byte by byte; the rest of a
// long one (a note) is searched for the quote and the backslash with the
// vector instructions of bytes.IndexByte, and for control bytes eight at
// a time.
func (r *fastReader) str() (s []byte, esc, ok bool) {
	if !r.eat('"') {
		return nil, false, false
	}
	b, start := r.b, r.i
	i := start
	for end := min(len(b), start+16); i < end && plain[b[i]]; i++ {
	}
	if i < len(b) && i < start+16 {
		switch c := b[i]; {
		case c == '"':
			r.i = i + 1
			return b[start:i], false, true
		case c == '\\':
			r.i = i
			return b[start:i], true, true
		case c < 0x20:
			return nil, false, false
		}
	}
	// A long string, or one with a byte beyond ASCII.
	q := bytes.IndexByte(b[i:], '"')
	if q < 0 {
		return nil, false, false
	}
	s = b[start : i+q]
	if k := bytes.IndexByte(s[i-start:], '\\'); k >= 0 {
		s = s[:i-start+k]
		r.i = start + len(s)
		return s, true, !hasControl(s[i-start:])
	}
	r.i = i + q + 1
	return s, false, !hasControl(s[i-start:]) && utf8.Valid(s)
}

// hasControl says whether s holds a byte below 0x20, which JSON strings
// may not hold as it is: eight bytes at a time, with the test of
// https://graphics.stanford.edu/~seander/bithacks.html#HasLessInWord
// (exact for "some byte is below n" when n <= 128).
func hasControl(s []byte) bool {
	for len(s) >= 8 {
		x := binary.LittleEndian.Uint64(s)
		if (x-0x2020202020202020)&^x&0x8080808080808080 != 0 {
			return true
		}
		s = s[8:]
	}
	for _, c := range s {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// escaped goes on reading a string from its first backslash, at r.i.
func (r *fastReader) escaped(start int) (string, bool) {
	buf := append(r.d.esc[:0], r.b[start:r.i]...)
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			r.i++
			r.d.esc = buf
			if !utf8.Valid(buf) {
				return "", false
			}
			return string(buf), true
		case c < 0x20:
			return "", false
		case c != '\\':
			buf = append(buf, c)
			r.i++
			continue
		}
		if r.i+1 >= len(r.b) {
			return "", false
		}
		r.i += 2
		switch r.b[r.i-1] {
		case '"', '\\', '/':
			buf = append(buf, r.b[r.i-1])
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			if r.i+4 > len(r.b) {
				return "", false
			}
			var u rune
			for _, h := range r.b[r.i : r.i+4] {
				switch {
				case '0' <= h && h <= '9':
					u = u<<4 | rune(h-'0')
				case 'a' <= h && h <= 'f':
					u = u<<4 | rune(h-'a'+10)
				case 'A' <= h && h <= 'F':
					u = u<<4 | rune(h-'A'+10)
				default:
					return "", false
				}
			}
			if 0xd800 <= u && u < 0xe000 {
				return "", false
			}
			buf = utf8.AppendRune(buf, u)
			r.i += 4
		default:
			return "", false
		}
	}
	return "", false
}

// short reads a string that is likely to repeat (an id, a key, a status):
// one string for all its occurrences.
func (r *fastReader) short() (string, bool) {
	s, ok := r.rawString()
	if !ok {
		return "", false
	}
	return r.interned(s), true
}

func (r *fastReader) interned(b []byte) string {
	intern := r.d.intern
	if intern == nil || len(b) > 32 { // DecodeLine's one line: no table
		return string(b)
	}
	if s, ok := intern[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(intern) < maxIntern {
		intern[s] = s
	}
	return s
}

// int64 reads an integer written plainly: no fraction, no exponent, no
// leading zero, at most 18 digits (so it cannot overflow).
func (r *fastReader) int64() (int64, bool) {
	neg := r.eat('-')
	start := r.i
	var n int64
	for r.i < len(r.b) && '0' <= r.b[r.i] && r.b[r.i] <= '9' {
		n = n*10 + int64(r.b[r.i]-'0')
		r.i++
	}
	digits := r.i - start
	if digits == 0 || digits > 18 || (digits > 1 && r.b[start] == '0') {
		return 0, false
	}
	if c := r.peek(); c != ',' && c != '}' {
		return 0, false // 1.5, 1e3, 1 ...: the full decoder's
	}
	if neg {
		n = -n
	}
	return n, true
}

func (r *fastReader) int() (int, bool) {
	n, ok := r.int64()
	return int(n), ok && n == int64(int(n))
}

func (r *fastReader) bool() (bool, bool) {
	rest := r.b[r.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		r.i += 4
		return true, true
	case len(rest) >= 5 && string(rest[:5]) == "false":
		r.i += 5
		return false, true
	}
	return false, false
}

// time reads "at" in the one layout baraza writes: RFC 3339 in UTC,
// 2026-03-14T09:30:00Z with 0 to 9 digits of fraction, giving the same
// time.Time as time.Time's UnmarshalJSON. An offset, a lowercase letter or
// an out-of-range field is the full decoder's (it refuses or reads them).
func (r *fastReader) time() (time.Time, bool) {
	s, ok := r.rawString()
	if !ok || len(s) < 20 || s[len(s)-1] != 'Z' ||
		s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	hour, ok1 := digits(s[11:13])
	minute, ok2 := digits(s[14:16])
	sec, ok3 := digits(s[17:19])
	if !(ok1 && ok2 && ok3) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	// Events of a log share their date: its midnight is worked out once.
	d := r.d
	if string(s[:10]) != string(d.date[:]) || !d.dateOK {
		year, ok1 := digits(s[0:4])
		month, ok2 := digits(s[5:7])
		day, ok3 := digits(s[8:10])
		if !(ok1 && ok2 && ok3) || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) {
			return time.Time{}, false
		}
		copy(d.date[:], s[:10])
		d.midnight = time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Unix()
		d.dateOK = true
	}
	nsec := 0
	if frac := s[19 : len(s)-1]; len(frac) > 0 {
		if len(frac) < 2 || len(frac) > 10 || frac[0] != '.' {
			return time.Time{}, false
		}
		n, ok := digits(frac[1:])
		if !ok {
			return time.Time{}, false
		}
		for range 10 - len(frac) {
			n *= 10
		}
		nsec = n
	}
	// As time.Date(..., time.UTC) makes it: no monotonic reading, UTC.
	return time.Unix(d.midnight+int64(hour*3600+minute*60+sec), int64(nsec)).UTC(), true
}

// digits is the value of a run of decimal digits.
func digits(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
