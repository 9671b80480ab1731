package session

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"reflect"
	"strings"
	"testing"
)

const sampleV2 = "testdata/log/sample-v2.jsonl"

// The version 2 sample is the version 1 sample with checksums: both read
// to the same events but for v.
func TestSampleV2ReadsLikeV1(t *testing.T) {
	v1, w1, err1 := ReadLog("testdata/log/sample.jsonl")
	v2, w2, err2 := ReadLog(sampleV2)
	if err1 != nil || err2 != nil || len(w1)+len(w2) != 0 {
		t.Fatal(err1, err2, w1, w2)
	}
	for i := range v2 {
		if v2[i].V != 2 || v1[i].V != 1 {
			t.Fatalf("event %d: versions %d and %d", i+1, v1[i].V, v2[i].V)
		}
		v2[i].V = 1
	}
	if !reflect.DeepEqual(v1, v2) {
		t.Fatal("the two samples differ")
	}
}

// The checksum is CRC-32C of the line without "\n" and without the crc
// member, as docs/session-log.md says: computed here independently.
func TestChecksumIsCRC32COfTheLineWithoutIt(t *testing.T) {
	raw, _ := os.ReadFile(sampleV2)
	for i, line := range strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n") {
		at := strings.LastIndex(line, `,"crc":"`)
		if at < 0 || !strings.HasSuffix(line, `"}`) || len(line)-at != len(`,"crc":"12345678"}`) {
			t.Fatalf("line %d does not end with the crc member: %s", i+1, line)
		}
		sum := crc32.Checksum([]byte(line[:at]+"}"), crc32.MakeTable(crc32.Castagnoli))
		if got, want := line[at+8:len(line)-2], fmt.Sprintf("%08x", sum); got != want {
			t.Errorf("line %d: crc %s, want %s", i+1, got, want)
		}
	}
}

// Every single-byte change of a version 2 log, at every byte, is reported
// with the number of the line it is in, or (in the last line only) leaves
// that line out as torn: never is a changed line read as an event.
func TestEveryByteFlipIsCaught(t *testing.T) {
	raw, err := os.ReadFile(sampleV2)
	if err != nil {
		t.Fatal(err)
	}
	nLines := bytes.Count(raw, []byte("\n"))
	lineOf := make([]int, len(raw)) // 1-based line of each byte, its "\n" included
	for i, l := 0, 1; i < len(raw); i++ {
		lineOf[i] = l
		if raw[i] == '\n' {
			l++
		}
	}
	flips := []byte{0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xff}
	for i := range raw {
		for _, x := range flips {
			bad := bytes.Clone(raw)
			bad[i] ^= x
			s, err := scanLog("log.jsonl", bytes.NewReader(bad))
			var ce *CorruptError
			switch {
			case errors.As(err, &ce):
				if ce.Line != lineOf[i] {
					t.Fatalf("byte %d (line %d) ^%#x reported at line %d: %v", i, lineOf[i], x, ce.Line, err)
				}
			case err != nil:
				t.Fatalf("byte %d ^%#x: %v", i, x, err)
			case lineOf[i] == nLines && s.tail.kind == lineTailTorn && len(s.events) == nLines-1:
				// The last line's "\n" (or a byte of it) became something
				// else: the line no longer parses and is left out as torn.
			default:
				t.Fatalf("byte %d (line %d, %q) ^%#x accepted: %d events, tail %v", i, lineOf[i], raw[i], x, len(s.events), s.tail.kind)
			}
		}
	}
}

func TestChecksumRules(t *testing.T) {
	line, _ := EncodeLine(Event{V: 2, Seq: 1, At: logT0, Type: NoteTaken, Text: "x"})
	line = bytes.TrimSuffix(line, []byte("\n"))
	obj := withoutChecksum(line)
	crc := string(line[len(line)-10 : len(line)-2])
	cases := []struct {
		name, line, want string
	}{
		{"version 2 without checksum", string(obj), "missing checksum"},
		{"version 1 with a checksum", string(appendChecksum(nil, bytes.Replace(obj, []byte(`"v":2`), []byte(`"v":1`), 1))), "format version 1 has no checksum"},
		{"checksum not last", strings.Replace(string(obj), `{"v":2,`, `{"v":2,"crc":"`+crc+`",`, 1), "unknown field"},
		{"two checksums", strings.Replace(string(line), `,"crc"`, `,"crc":"`+crc+`","crc"`, 1), "checksum mismatch"},
		{"not hex", strings.Replace(string(line), crc, "0000000g", 1), "checksum mismatch"},
		{"upper-case hex", strings.Replace(string(line), crc, "ABCDEF12", 1), "checksum mismatch"},
		{"short checksum", strings.Replace(string(line), crc, crc[1:], 1), `unknown field "crc"`},
		{"newer version checksummed otherwise", strings.Replace(string(line), `"v":2`, `"v":3`, 1), "newer version"},
		{"trailing space", string(line) + " ", `unknown field "crc"`},
	}
	for _, c := range cases {
		_, err := DecodeLine([]byte(c.line))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %q: got %v, want %q", c.name, c.line, err, c.want)
		}
	}
	if _, err := DecodeLine(line); err != nil {
		t.Fatal(err)
	}
}
