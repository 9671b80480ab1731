package session

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/baraza-app/baraza/facilitation"
)

// lineDecoder decodes the lines of one log one after another. Lines in the
// shape baraza writes go through a hand-written fast path
// (log_decoder_fast.go, about ten times faster than reflection); any other
// line, and every line the fast path is not sure of, goes through
// encoding/json exactly as format 1's decoder always did (decodeFull). The
// fast path never refuses a line, so every refusal and its message are
// encoding/json's and checkLogEvent's: unknown fields, text after the
// object, the version, seq, type and time.
//
// (Before, every line went through encoding/json/v2, from the
// go-json-experiment module, with v1 semantics: it read a time written with
// a JSON escape, "09:3\u0030", which encoding/json refuses.)
type lineDecoder struct {
	obj []byte // the line without its checksum member

	// The fast path's: short strings seen in this log (ids, keys), made
	// once; nil for DecodeLine's single line. And a buffer for unescaping.
	intern map[string]string
	esc    []byte

	date     [10]byte // the date part of the last time read, and its midnight
	midnight int64    // in Unix seconds
	dateOK   bool
}

// decode decodes one line, with or without its final "\n", checking its
// checksum (log_checksum.go).
func (d *lineDecoder) decode(line []byte) (Event, error) {
	var e Event
	if err := d.decodeInto(line, &e); err != nil {
		return Event{}, err
	}
	return e, nil
}

// decodeInto is decode into *e (a scan's own Event: an Event is large,
// and copying it up the calls cost as much as reading some of its
// fields). On an error *e is left undefined.
func (d *lineDecoder) decodeInto(line []byte, e *Event) error {
	line = bytes.TrimSuffix(line, []byte("\n"))
	if bytes.HasPrefix(line, []byte("\xef\xbb\xbf")) {
		return facilitation.Msg("log.bom")
	}
	obj, hasCRC, err := splitChecksum(line, d.obj)
	if err != nil {
		// A line from a newer baraza may checksum otherwise: say it is newer.
		if derr := d.decodeCheckedInto(withoutChecksum(line), e); derr != nil && e.V > FormatVersion {
			return derr
		}
		return err
	}
	if hasCRC {
		d.obj = obj
	}
	if err := d.decodeCheckedInto(obj, e); err != nil {
		return err
	}
	return checkChecksumVersion(e.V, hasCRC)
}

// decodeChecked decodes a line without its "\n" and checksum member, and
// checks the rules every event obeys. It does what the decoder of format
// version 1 did, and exactly that (log_decoder_test.go,
// log_decoder_fast_test.go).
func (d *lineDecoder) decodeChecked(line []byte) (Event, error) {
	var e Event
	err := d.decodeCheckedInto(line, &e)
	return e, err
}

// decodeCheckedInto is decodeChecked into *e; on a refusal by
// checkLogEvent, *e is the event refused.
func (d *lineDecoder) decodeCheckedInto(line []byte, e *Event) error {
	if d.fastDecodeInto(line, e) {
		return checkLogEvent(*e)
	}
	var err error
	*e, err = decodeFull(line)
	return err
}

// decodeFull decodes a line with encoding/json, strictly: one object on one
// line, no unknown fields, nothing after it, then checkLogEvent.
func decodeFull(line []byte) (Event, error) {
	if bytes.IndexByte(line, '\n') >= 0 {
		return Event{}, facilitation.Msg("log.multi_line")
	}
	if t := bytes.TrimLeft(line, " \t\r"); len(t) == 0 || t[0] != '{' {
		return Event{}, facilitation.Msg("log.not_object")
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	var e Event
	if err := dec.Decode(&e); err != nil {
		return Event{}, err
	}
	// A second value after the object means two events were glued together.
	if _, err := dec.Token(); err != io.EOF {
		return Event{}, facilitation.Msg("log.text_after")
	}
	return e, checkLogEvent(e)
}
