package session

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/baraza-app/baraza/facilitation"
)

// EncodeLine encodes e as one line of the log: compact JSON ending in "\n",
// with its checksum as the last member if e.V is 2 or more (version 1 lines,
// say the sample log re-encoded, have none). HTML characters are not
// escaped, so that names such as "Déogratias" or "عائشة" stay readable to
// anyone opening the file. Newlines inside strings are escaped by JSON, so
// a line never spans two.
func EncodeLine(e Event) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return nil, fmt.Errorf("encoding %s event: %w", e.Type, err)
	}
	if e.V < ChecksumFirstVersion {
		return b.Bytes(), nil
	}
	obj := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	line := appendChecksum(make([]byte, 0, len(obj)+crcSuffix+1), obj)
	return append(line, '\n'), nil
}

// DecodeLine decodes one line of the log, with or without its final "\n".
// It is strict, because a line it accepts is trusted by the fold: the line
// must hold exactly one JSON object with no unknown fields, a known format
// version, a seq of at least 1, a type and a time. Readers of whole logs use
// a LogScanner, which decodes every line with one reused decoder.
func DecodeLine(line []byte) (Event, error) {
	var d lineDecoder
	return d.decode(line)
}

// checkLogEvent holds the rules every line obeys, on reading and writing.
func checkLogEvent(e Event) error {
	switch {
	case e.V > FormatVersion:
		return facilitation.Msg("log.newer_format", e.V, ErrNewerLogFormat, FormatVersion)
	case e.V < 1:
		return facilitation.Msg("log.bad_version", e.V)
	case e.Seq < 1:
		return facilitation.Msg("log.bad_seq", e.Seq)
	case e.Type == "":
		return facilitation.Msg("log.no_type")
	case e.At.IsZero():
		return facilitation.Msg("log.no_time")
	}
	return nil
}
