package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"testing"
)

// decoderBadLines are lines the log must refuse, one per rule and per way
// JSON can go wrong, for comparing the reused decoder with decodeLineV1.
var decoderBadLines = []string{
	``, ` `, "\n", `null`, `[1,2]`, `"text"`, `42`, `{`, `{}`, `{"v":1}`, "\ufeff{}",
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","colour":"red"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","plan":{"title":"x","extra":1}}`,
	`{"v":9,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"v":0,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"v":1,"seq":0,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"v":1,"seq":-3,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":""}`,
	`{"v":1,"seq":1,"type":"note_taken"}`,
	`{"v":1,"seq":1,"at":"yesterday","type":"note_taken"}`,
	`{"v":"1","seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"v":1,"seq":1.5,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}{"v":1}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"} x`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"},`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}]`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"} 1`,
	`{"v":1,"seq":1,"at":"2026-03-`,
	`{"v":1,"seq":1,` + "\n" + `"at":"2026-03-14T09:30:00Z","type":"note_taken"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","text":"a` + "\x00" + `b"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","round":"2"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","person":[]}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken",}`,
	`{"v":1 "seq":1}`,
	`{'v':1}`,
	"\x00\x00\x00",
}

// decoderGoodLines are lines both decoders accept, some of them odd.
var decoderGoodLines = []string{
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","text":"x"}`,
	` {"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}  ` + "\r",
	`{"V":1,"SEQ":1,"At":"2026-03-14T09:30:00Z","Type":"x","text":"\ud800"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00+01:00","type":"x","v":1,"text":null}`,
}

// decoderLines is every test line, the sample log's and the bad ones.
func decoderLines(t testing.TB) [][]byte {
	var lines [][]byte
	sample, err := os.ReadFile("testdata/log/sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines = append(lines, bytes.SplitAfter(sample, []byte("\n"))...)
	full, _ := EncodeLine(logFullEvent())
	lines = append(lines, full, bytes.Repeat(full, 2), full[:len(full)/2])
	for _, s := range append(decoderBadLines, decoderGoodLines...) {
		lines = append(lines, []byte(s), []byte(s+"\n"))
	}
	return lines
}

// decoderAgree fails unless the reused decoder d and decodeLineV1 accept
// the same event or both refuse line. With sameMessage they must also
// refuse it with the same message, but for JSON syntax errors, which the
// two libraries word apart ("in string" for "in string literal"). A line
// with several faults may have a different one reported first, so the
// fuzz target compares only acceptance.
func decoderAgree(t testing.TB, d *lineDecoder, line []byte, sameMessage bool) {
	t.Helper()
	want, wantErr := decodeLineV1(line)
	got, gotErr := d.decodeChecked(bytes.TrimSuffix(line, []byte("\n")))
	var syntax *json.SyntaxError
	if (gotErr == nil) != (wantErr == nil) ||
		(sameMessage && wantErr != nil && !errors.As(wantErr, &syntax) && gotErr.Error() != wantErr.Error()) {
		t.Fatalf("line %q:\nreused decoder: %v\n     reference: %v", line, gotErr, wantErr)
	}
	if wantErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("line %q decodes differently:\n%+v\n%+v", line, got, want)
	}
	// The checksum layer accepts a line only if its object without the
	// checksum is accepted as the same event, with a checksum exactly from
	// version 2 on.
	e, err := d.decode(line)
	if err != nil {
		return
	}
	obj, hasCRC, _ := splitChecksum(bytes.TrimSuffix(line, []byte("\n")), nil)
	ref, refErr := decodeLineV1(obj)
	if refErr != nil || !reflect.DeepEqual(ref, e) || hasCRC != (e.V >= ChecksumFirstVersion) {
		t.Fatalf("line %q accepted as %+v (checksum %v), but its object is %+v, %v", line, e, hasCRC, ref, refErr)
	}
}

func TestDecoderRefusesWhatTheReferenceRefuses(t *testing.T) {
	for _, s := range decoderBadLines {
		if _, err := decodeLineV1([]byte(s)); err == nil {
			t.Errorf("reference accepts bad line %q", s)
		}
		if _, err := DecodeLine([]byte(s)); err == nil {
			t.Errorf("DecodeLine accepts bad line %q", s)
		}
	}
	for _, s := range decoderGoodLines {
		if _, err := DecodeLine([]byte(s)); err != nil {
			t.Errorf("DecodeLine refuses %q: %v", s, err)
		}
	}
	// One decoder over every line in turn, as a scan reuses it: an error
	// or an odd line must not leak into the lines after it.
	var d lineDecoder
	lines := decoderLines(t)
	for range 3 {
		for _, line := range lines {
			decoderAgree(t, &d, line, true)
		}
	}
}

// FuzzDecoderAgreesWithReference: the reused decoder, fed a line after a
// line it has already decoded, accepts and refuses exactly what
// decodeLineV1 does, with the same event or the same message.
func FuzzDecoderAgreesWithReference(f *testing.F) {
	for _, line := range decoderLines(f) {
		f.Add(line)
	}
	var d lineDecoder
	prev := []byte(decoderGoodLines[0])
	f.Fuzz(func(t *testing.T, line []byte) {
		d.decode(prev) // leave the decoder as a scan would
		decoderAgree(t, &d, line, false)
		decoderAgree(t, new(lineDecoder), line, false)
	})
}
