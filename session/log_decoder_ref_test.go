package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// decodeLineV1 is DecodeLine as it was before the reused decoder (a new
// json.Decoder for every line). It is kept here, and only here, as the
// reference the faster decoder must agree with: same events accepted, same
// errors for the lines it refuses.
func decodeLineV1(line []byte) (Event, error) {
	line = bytes.TrimSuffix(line, []byte("\n"))
	if bytes.IndexByte(line, '\n') >= 0 {
		return Event{}, errors.New("an event must be on a single line")
	}
	if t := bytes.TrimLeft(line, " \t\r"); len(t) == 0 || t[0] != '{' {
		return Event{}, errors.New("not a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	var e Event
	if err := dec.Decode(&e); err != nil {
		return Event{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return Event{}, errors.New("unexpected text after the event")
	}
	return e, checkLogEvent(e)
}
