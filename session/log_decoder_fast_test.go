package session

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

// The fast path (log_decoder_fast.go) must give up on anything it is not
// sure of, so that the full decoder accepts or refuses it. These lines aim
// at its edges: each is compared with decodeLineV1 (encoding/json), and
// the bad ones must be refused, by both, with the same message.
const fastHead = `{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"`

var fastBadLines = []string{
	// Times: out of range, another layout, not a string.
	`{"v":1,"seq":1,"at":"2026-13-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-00-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-02-30T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2025-02-29T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"1900-02-29T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-04-31T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-00T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T24:00:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:60:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:60Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00.Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00.5x5Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14 09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-3-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00ZZ","type":"x"}`,
	`{"v":1,"seq":1,"at":"+2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14t09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00+25:00","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:3\u0030:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"","type":"x"}`,
	`{"v":1,"seq":1,"at":null,"type":"x"}`,
	`{"v":1,"seq":1,"at":1,"type":"x"}`,
	`{"v":1,"seq":1,"at":"0001-01-01T00:00:00Z","type":"x"}`,
	// Numbers: not plain integers, out of range, not numbers.
	`{"v":1,"seq":01,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":-0,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":-,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1e0,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1.0,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":+1,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":99999999999999999999,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":9223372036854775808,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":"1","at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":null,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":-1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":3,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	fastHead + `,"turn":1.5}`,
	fastHead + `,"turn":true}`,
	fastHead + `,"counted_ms":"5"}`,
	fastHead + `,"elapsed_ms":[]}`,
	// Strings: raw control characters, bad escapes, not strings.
	fastHead + `,"text":"a` + "\t" + `b"}`,
	fastHead + `,"text":"a` + "\x1f" + `b"}`,
	fastHead + `,"text":"a\xb"}`,
	fastHead + `,"text":"a\u12"}`,
	fastHead + `,"text":"a\u12G4"}`,
	fastHead + `,"text":"a\`,
	fastHead + `,"text":"abc`,
	fastHead + `,"text":"abc"`,
	fastHead + `,"text":5}`,
	fastHead + `,"text":["a"]}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":1}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"a\u0000"` + "\x00" + `}`,
	// Booleans.
	fastHead + `,"off_record":"true"}`,
	fastHead + `,"off_record":tru}`,
	fastHead + `,"after_close":1}`,
	// Names given twice: the last counts, as in encoding/json.
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x","v":3}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x","seq":0}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x","type":""}`,
	// Nested objects.
	fastHead + `,"action":{"id":1,"what":"x","colour":1}}`,
	fastHead + `,"action":{"id":"1"}}`,
	fastHead + `,"action":{"id":1,}}`,
	fastHead + `,"action":{"id":1}`,
	fastHead + `,"action":[]}`,
	fastHead + `,"action":"x"}`,
	fastHead + `,"person":{"id":"p3","age":9}}`,
	fastHead + `,"person":{"youth":"yes"}}`,
	// Syntax.
	`{"v" 1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}}`,
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"`,
	`{v:1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`,
	"{\"v\xff\":1,\"seq\":1,\"at\":\"2026-03-14T09:30:00Z\",\"type\":\"x\"}",
	`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x","":1}`,
}

// fastGoodLines are odd lines both decoders accept; fast says whether the
// fast path must take them itself (it must, for what baraza writes).
var fastGoodLines = []struct {
	line string
	fast bool
}{
	{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00.123456789Z","type":"x"}`, true},
	{`{"v":1,"seq":1,"at":"2024-02-29T23:59:59.5Z","type":"x"}`, true},
	{`{"v":1,"seq":1,"at":"2000-02-29T00:00:00.000Z","type":"x"}`, true},
	{`{"v":1,"seq":1,"at":"9999-12-31T23:59:59.999999999Z","type":"x"}`, true},
	{`{"v":1,"seq":1,"at":"0001-01-01T00:00:00.000000001Z","type":"x"}`, true},
	{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00.1234567891Z","type":"x"}`, false},
	{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00+01:00","type":"x"}`, false},
	{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00,5Z","type":"x"}`, false},
	{`{"v":1,"seq":1,"at":"2026-03-14T9:30:00Z","type":"x"}`, false},
	{fastHead + `,"round":1 }`, false},
	{fastHead + `,"text":"\u00e9\n\"\\\/\b\f\r\t\u0000\u20AC"}`, true},
	{fastHead + `,"text":"é à « grâce » 王小明 عائشة"}`, true},
	{fastHead + `,"text":"\ud83d\ude00"}`, false},
	{fastHead + `,"text":"\ud83d"}`, false},
	{fastHead + `,"text":"` + "\xff" + `"}`, false},
	{fastHead + `,"text":"` + "\xed\xa0\x80" + `"}`, false},
	{fastHead + `,"text":null}`, false},
	{fastHead + `,"turn":-5,"round":0,"item":9223372036854775}`, true},
	{fastHead + `,"turn":9223372036854775807}`, false},
	{fastHead + `,"counted_ms":0}`, true},
	{fastHead + `,"counted_ms":null}`, false},
	{fastHead + `,"action":{}}`, true},
	{fastHead + `,"action":{"id":1,"what":"Dégager \"la\" route","who":"x","with":"y","when":"short","status":"planned"}}`, true},
	{fastHead + `,"person":{"id":"p3","name":"Zawadi","level":"community","organisation":"o","role":"r","gender":"woman","youth":false}}`, true},
	{fastHead + `,"off_record":false,"after_close":true}`, true},
	{fastHead + `,"TEXT":"x"}`, false},
	{fastHead + `,"text":"a","text":"b"}`, false},
	{`{"v": 1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`, false},
	{` {"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`, false},
	{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"a custom type"}`, true},
	{fastHead + `,"keep_merged":["government"]}`, false},
}

// fastDecode is fastDecodeInto returning the event.
func (d *lineDecoder) fastDecode(obj []byte) (Event, bool) {
	var e Event
	if !d.fastDecodeInto(obj, &e) {
		return Event{}, false
	}
	return e, true
}

// fastAgree fails unless the fast path, when it takes line, decodes it to
// the event decodeLineV1 gives (or both refuse it under checkLogEvent with
// the same message), and unless the whole decoder agrees with the
// reference. It returns whether the fast path took line.
func fastAgree(t testing.TB, d *lineDecoder, line []byte, sameMessage bool) bool {
	t.Helper()
	obj := bytes.TrimSuffix(line, []byte("\n"))
	got, ok := d.fastDecode(obj)
	if ok {
		want, wantErr := decodeLineV1(line)
		gotErr := checkLogEvent(got)
		switch {
		case wantErr != nil && gotErr == nil:
			t.Fatalf("fast path accepts %q, the reference refuses it: %v", line, wantErr)
		case wantErr == nil && gotErr != nil:
			t.Fatalf("fast path refuses %q (%v), the reference accepts it", line, gotErr)
		case wantErr != nil && gotErr.Error() != wantErr.Error():
			t.Fatalf("line %q:\nfast path: %v\nreference: %v", line, gotErr, wantErr)
		case wantErr == nil && !reflect.DeepEqual(got, want):
			t.Fatalf("line %q decodes differently:\nfast path: %+v\nreference: %+v", line, got, want)
		}
	}
	decoderAgree(t, d, line, sameMessage)
	return ok
}

func TestFastDecoderTable(t *testing.T) {
	d := lineDecoder{intern: map[string]string{}}
	for _, s := range fastBadLines {
		if _, err := decodeLineV1([]byte(s)); err == nil {
			t.Errorf("reference accepts bad line %q", s)
		}
		if _, err := DecodeLine([]byte(s)); err == nil {
			t.Errorf("DecodeLine accepts bad line %q", s)
		}
		fastAgree(t, &d, []byte(s), true)
		fastAgree(t, &d, []byte(s+"\n"), true)
	}
	for _, c := range fastGoodLines {
		if _, err := decodeLineV1([]byte(c.line)); err != nil {
			t.Errorf("reference refuses %q: %v", c.line, err)
		}
		if took := fastAgree(t, &d, []byte(c.line), true); took != c.fast {
			t.Errorf("fast path took %q: %v, want %v", c.line, took, c.fast)
		}
	}
}

// The fast path takes every line baraza writes but the ones that hold the
// plan, an origin, a redaction, a peer or a list of levels, and reads them
// as the reference does: each field of Event on its own, and the samples.
func TestFastPathTakesWhatBarazaWrites(t *testing.T) {
	d := lineDecoder{intern: map[string]string{}}
	full := logFullEvent()
	v := reflect.ValueOf(full)
	slow := map[string]bool{"Plan": true, "KeepMerged": true, "From": true, "Redaction": true, "Peer": true}
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() || f.Name == "V" || f.Name == "Seq" || f.Name == "At" || f.Name == "Type" {
			continue
		}
		e := Event{V: 1, Seq: 3, At: full.At, Type: full.Type}
		reflect.ValueOf(&e).Elem().Field(i).Set(v.Field(i))
		line, err := EncodeLine(e)
		if err != nil {
			t.Fatal(err)
		}
		if took := fastAgree(t, &d, line, true); took == slow[f.Name] {
			t.Errorf("field %s: fast path took %s: %v", f.Name, line, took)
		}
	}
	for _, path := range []string{"testdata/log/sample.jsonl", sampleV2} {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range bytes.SplitAfter(bytes.TrimSuffix(raw, []byte("\n")), []byte("\n")) {
			obj, _, err := splitChecksum(bytes.TrimSuffix(line, []byte("\n")), nil)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, i+1, err)
			}
			slowLine := false
			for _, name := range []string{`"plan":`, `"from":`, `"redaction":`, `"peer":`, `"keep_merged":`} {
				slowLine = slowLine || bytes.Contains(obj, []byte(name))
			}
			if took := fastAgree(t, &d, obj, true); took == slowLine {
				t.Errorf("%s:%d: fast path took %s: %v", path, i+1, obj, took)
			}
		}
	}
}

// FuzzFastDecoderAgreesWithReference: on any line, the fast path either
// gives up or decodes exactly the event encoding/json (decodeLineV1)
// decodes, refusing under checkLogEvent exactly what it refuses; and the
// whole decoder (fast path, then the full decoder) accepts and refuses
// what the reference does, fed lines one after another as a scan is.
func FuzzFastDecoderAgreesWithReference(f *testing.F) {
	for _, line := range decoderLines(f) {
		f.Add(line)
	}
	for _, s := range fastBadLines {
		f.Add([]byte(s))
	}
	for _, c := range fastGoodLines {
		f.Add([]byte(c.line))
	}
	d := lineDecoder{intern: map[string]string{}}
	f.Fuzz(func(t *testing.T, line []byte) {
		fastAgree(t, &d, line, false)
		// The same line with a checksum goes through the checksum layer.
		if obj := bytes.TrimSuffix(line, []byte("\n")); len(obj) > 0 && obj[len(obj)-1] == '}' {
			withCRC := appendChecksum(nil, obj)
			e, err := d.decode(withCRC)
			ref, refErr := decodeLineV1(obj)
			if err == nil && (refErr != nil || !reflect.DeepEqual(e, ref) || e.V < ChecksumFirstVersion) {
				t.Fatalf("%q accepted as %+v; reference %+v, %v", withCRC, e, ref, refErr)
			}
			if err != nil && refErr == nil && ref.V >= ChecksumFirstVersion {
				t.Fatalf("%q refused (%v); the reference accepts its object", withCRC, err)
			}
		}
	})
}

// The fast path reads short strings byte by byte and the rest of long
// ones with vector searches and eight bytes at a time: every kind of byte
// at every place around those boundaries reads as the reference reads it.
func TestFastStringsAtEveryLength(t *testing.T) {
	d := lineDecoder{intern: map[string]string{}}
	specials := []string{"\t", "\x1f", "\x00", `\n`, `\u00e9`, `\"`, `\\`, "é", "\xff", "\xc3", "\x7f", " ", `\`}
	for n := range 41 {
		for _, sp := range specials {
			for pos := 0; pos <= n; pos++ {
				text := strings.Repeat("a", pos) + sp + strings.Repeat("b", n-pos)
				for _, line := range []string{
					fastHead + `,"text":"` + text + `"}`,
					fastHead + `,"participant":"` + text + `"}`,
					`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"` + text + `"}`,
				} {
					fastAgree(t, &d, []byte(line), true)
				}
			}
		}
	}
}
