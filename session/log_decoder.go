package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// lineDecoder decodes the lines of one log one after another with a single
// json.Decoder, so that its buffer, scanner and decode state are made once
// per log rather than once per line (a new Decoder per line was 87 % of the
// time of opening a long log, most of it garbage). It is exactly as strict
// as DecodeLine, which is built on it: DisallowUnknownFields, one object
// per line, nothing after it, and the rules of checkLogEvent.
//
// The Decoder reads from a lineFeed that holds only the current line, so it
// can never see the next line: an object that does not end on its line meets
// errLineEnded, reported as the io.ErrUnexpectedEOF a lone line gives.
type lineDecoder struct {
	feed lineFeed
	dec  *json.Decoder
}

// lineFeed serves the current line to the Decoder, then errLineEnded.
type lineFeed struct{ rest []byte }

var errLineEnded = errors.New("end of line")

func (f *lineFeed) Read(p []byte) (int, error) {
	if len(f.rest) == 0 {
		return 0, errLineEnded
	}
	n := copy(p, f.rest)
	f.rest = f.rest[n:]
	return n, nil
}

// decode decodes one line, with or without its final "\n".
func (d *lineDecoder) decode(line []byte) (Event, error) {
	line = bytes.TrimSuffix(line, []byte("\n"))
	if bytes.IndexByte(line, '\n') >= 0 {
		return Event{}, errors.New("an event must be on a single line")
	}
	if t := bytes.TrimLeft(line, " \t\r"); len(t) == 0 || t[0] != '{' {
		return Event{}, errors.New("not a JSON object")
	}
	if d.dec == nil {
		d.dec = json.NewDecoder(&d.feed)
		d.dec.DisallowUnknownFields()
	}
	d.feed.rest = line
	var e Event // a fresh value: decoding into the last one would keep its fields
	err := d.dec.Decode(&e)
	if err == nil && !(bufferedSpace(d.dec) && onlySpace(d.feed.rest)) {
		// A second value after the object means two events were glued together.
		err = errors.New("unexpected text after the event")
	}
	if err != nil {
		// The Decoder keeps read errors and may hold unread bytes of this
		// line: the next line gets a new one.
		d.dec = nil
		if errors.Is(err, errLineEnded) {
			err = io.ErrUnexpectedEOF
		}
		return Event{}, err
	}
	return e, checkLogEvent(e)
}

// bufferedSpace reports whether what dec read of the line but did not
// decode is only JSON white space.
func bufferedSpace(dec *json.Decoder) bool {
	r := dec.Buffered().(io.ByteReader)
	for {
		c, err := r.ReadByte()
		if err != nil {
			return true
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
}

// onlySpace reports whether b is only JSON white space.
func onlySpace(b []byte) bool {
	return len(bytes.TrimLeft(b, " \t\r\n")) == 0
}
