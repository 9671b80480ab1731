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
}

// lineOptions are encoding/json's semantics plus DisallowUnknownFields.
var lineOptions = jsonv2.JoinOptions(jsonv1.DefaultOptionsV1(), jsonv2.RejectUnknownMembers(true))

// decode decodes one line, with or without its final "\n".
func (d *lineDecoder) decode(line []byte) (Event, error) {
	line = bytes.TrimSuffix(line, []byte("\n"))
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
	var e Event // a fresh value: decoding into the last one would keep its fields
	if err := jsonv2.UnmarshalDecode(d.dec, &e); err != nil {
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
