package session

import (
	"bytes"
	"errors"
	"io"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
)

// lineDecoder decodes the lines of one log one after another with a single
// reused decoder. It uses encoding/json/v2 (the go-json-experiment module
// mirrors it until Go 1.27 ships it), which scans each line once where
// encoding/json scanned it twice, and whose decoder can be reset rather
// than made anew per line (a new encoding/json Decoder per line was 87 % of
// the time of opening a long log).
//
// It is exactly as strict as the encoding/json decoder it replaced, kept in
// log_decoder_ref_test.go to prove it: v1 semantics (case-insensitive
// names, duplicate names and invalid UTF-8 as encoding/json treats them),
// unknown fields refused, one object per line and nothing after it, and the
// rules of checkLogEvent.
type lineDecoder struct {
	r   bytes.Reader
	dec *jsontext.Decoder
	obj []byte // the line without its checksum member
	ev  Event  // decoded into here, not into a new Event per line (each would be on the heap)
}

// lineOptions are encoding/json's semantics plus DisallowUnknownFields.
var lineOptions = jsonv2.JoinOptions(jsonv1.DefaultOptionsV1(), jsonv2.RejectUnknownMembers(true))

// decode decodes one line, with or without its final "\n", checking its
// checksum (log_checksum.go).
func (d *lineDecoder) decode(line []byte) (Event, error) {
	line = bytes.TrimSuffix(line, []byte("\n"))
	if bytes.HasPrefix(line, []byte("\xef\xbb\xbf")) {
		return Event{}, errors.New("the line starts with a byte-order mark (bytes EF BB BF), which an editor " +
			"or a copy tool added; logs never have one: baraza repair removes it")
	}
	obj, hasCRC, err := splitChecksum(line, d.obj)
	if err != nil {
		// A line from a newer baraza may checksum otherwise: say it is newer.
		if e, derr := d.decodeChecked(withoutChecksum(line)); derr != nil && e.V > FormatVersion {
			return Event{}, derr
		}
		return Event{}, err
	}
	if hasCRC {
		d.obj = obj
	}
	e, err := d.decodeChecked(obj)
	if err != nil {
		return Event{}, err
	}
	return e, checkChecksumVersion(e.V, hasCRC)
}

// decodeChecked decodes a line without its "\n" and checksum member, and
// checks the rules every event obeys. It does what the decoder of format
// version 1 did, and exactly that (log_decoder_test.go).
func (d *lineDecoder) decodeChecked(line []byte) (Event, error) {
	if bytes.IndexByte(line, '\n') >= 0 {
		return Event{}, errors.New("an event must be on a single line")
	}
	if t := bytes.TrimLeft(line, " \t\r"); len(t) == 0 || t[0] != '{' {
		return Event{}, errors.New("not a JSON object")
	}
	d.r.Reset(line)
	if d.dec == nil {
		d.dec = jsontext.NewDecoder(&d.r, lineOptions)
	} else {
		d.dec.Reset(&d.r, lineOptions)
	}
	d.ev = Event{} // decoding into the last one as it is would keep its fields
	err := jsonv2.UnmarshalDecode(d.dec, &d.ev)
	e := d.ev
	if err != nil {
		if se := (*jsonv1.SyntaxError)(nil); errors.As(err, &se) && se.Offset >= int64(len(line)) {
			return Event{}, io.ErrUnexpectedEOF // the line ends inside the object: as encoding/json said it
		}
		return Event{}, err
	}
	// A second value after the object means two events were glued together.
	if _, err := d.dec.ReadToken(); err != io.EOF {
		return Event{}, errors.New("unexpected text after the event")
	}
	return e, checkLogEvent(e)
}
