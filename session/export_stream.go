package session

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// WriteJSON writes the JSON export (ExportJSON's bytes) to w as it goes:
// the turns, nearly all of a long session's export, are written one by one
// without reflection; every other part is encoded by encoding/json as
// before, at its depth, so that the document is byte for byte the one
// json.Encoder with two-space indentation wrote.
func WriteJSON(w io.Writer, m *Minutes) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	c := *m // lists are [] rather than null, so that tools need not test for both
	empty(&c.Attendance)
	empty(&c.AttendanceChanges)
	empty(&c.Agenda)
	empty(&c.Rounds)
	empty(&c.Items)
	empty(&c.Actions)
	empty(&c.ParkingLot)
	empty(&c.CarriedItems)
	empty(&c.CarriedActs)
	empty(&c.Notes)
	empty(&c.Speaking)
	j := &jsonStream{w: bw}
	j.object(reflect.ValueOf(c), 0, map[string]func(reflect.Value, int){
		"rounds": func(v reflect.Value, depth int) {
			rounds := v.Interface().([]RoundMinutes)
			j.array(len(rounds), rounds == nil, depth, func(i int) {
				j.object(reflect.ValueOf(rounds[i]), depth+1, map[string]func(reflect.Value, int){
					"turns": func(v reflect.Value, depth int) {
						turns := v.Interface().([]TurnRow)
						j.array(len(turns), turns == nil, depth, func(i int) { j.turn(&turns[i], depth+1) })
					},
				})
			})
		},
	})
	bw.WriteByte('\n')
	if j.err != nil {
		return j.err
	}
	return bw.Flush()
}

// jsonStream writes indented JSON as json.Encoder with SetIndent("", "  ")
// and SetEscapeHTML(false) writes it.
type jsonStream struct {
	w       *bufio.Writer
	scratch bytes.Buffer
	enc     map[int]*json.Encoder // one per depth, writing to scratch
	num     []byte
	err     error
}

func (j *jsonStream) indent(depth int) {
	j.w.WriteByte('\n')
	for range depth {
		j.w.WriteString("  ")
	}
}

// value writes v by encoding/json, indented for depth.
func (j *jsonStream) value(v reflect.Value, depth int) {
	if j.enc == nil {
		j.enc = map[int]*json.Encoder{}
	}
	e := j.enc[depth]
	if e == nil {
		e = json.NewEncoder(&j.scratch)
		e.SetEscapeHTML(false)
		e.SetIndent(strings.Repeat("  ", depth), "  ")
		j.enc[depth] = e
	}
	j.scratch.Reset()
	if err := e.Encode(v.Interface()); err != nil && j.err == nil {
		j.err = err
	}
	j.w.Write(bytes.TrimSuffix(j.scratch.Bytes(), []byte{'\n'}))
}

// array writes n elements (null for a nil slice), each by elem at depth+1.
func (j *jsonStream) array(n int, null bool, depth int, elem func(i int)) {
	switch {
	case null:
		j.w.WriteString("null")
		return
	case n == 0:
		j.w.WriteString("[]")
		return
	}
	j.w.WriteByte('[')
	for i := range n {
		if i > 0 {
			j.w.WriteByte(',')
		}
		j.indent(depth + 1)
		elem(i)
	}
	j.indent(depth)
	j.w.WriteByte(']')
}

// object writes a struct's fields as encoding/json does (names and
// omitempty from the tags), those named in special by their function.
func (j *jsonStream) object(v reflect.Value, depth int, special map[string]func(reflect.Value, int)) {
	first := true
	for _, f := range jsonFieldsOf(v.Type()) {
		fv := v.Field(f.index)
		if f.omitEmpty && isEmptyJSON(fv) {
			continue
		}
		if first {
			j.w.WriteByte('{')
		} else {
			j.w.WriteByte(',')
		}
		first = false
		j.indent(depth + 1)
		j.w.Write(f.key)
		if fn := special[f.name]; fn != nil {
			fn(fv, depth+1)
		} else {
			j.value(fv, depth+1)
		}
	}
	if first {
		j.w.WriteString("{}")
		return
	}
	j.indent(depth)
	j.w.WriteByte('}')
}

// turn writes one TurnRow: the bulk of a long session, without reflection.
func (j *jsonStream) turn(t *TurnRow, depth int) {
	j.w.WriteByte('{')
	j.intField("turn", t.N, depth, true)
	j.strField("speaker", t.Speaker, depth, false)
	j.strField("level", t.LevelCode, depth, true)
	j.strField("level_label", t.Level, depth, true)
	j.strField("gender", t.Gender, depth, true)
	j.strField("gender_label", t.GenderLabel, depth, true)
	j.boolField("youth", t.Youth, depth, false)
	j.strField("request", t.Request, depth, false)
	j.strField("request_label", t.RequestLabel, depth, false)
	j.strField("start", t.At, depth, false)
	j.intField("seconds", t.Seconds, depth, false)
	j.intField("interpretation_seconds", t.Interpretation, depth, false)
	j.strField("note", t.Note, depth, true)
	j.boolField("off_record", t.OffRecord, depth, false)
	if t.SpeakerLate {
		j.boolField("speaker_late", true, depth, false)
	}
	j.strField("speaker_left", t.SpeakerLeft, depth, true)
	j.indent(depth)
	j.w.WriteByte('}')
}

func (j *jsonStream) key(name string, depth int, first bool) {
	if !first {
		j.w.WriteByte(',')
	}
	j.indent(depth + 1)
	j.w.WriteByte('"')
	j.w.WriteString(name)
	j.w.WriteString(`": `)
}

func (j *jsonStream) strField(name, s string, depth int, omitEmpty bool) {
	if omitEmpty && s == "" {
		return
	}
	j.key(name, depth, false)
	j.num = appendJSONString(j.num[:0], s)
	j.w.Write(j.num)
}

func (j *jsonStream) intField(name string, n, depth int, first bool) {
	j.key(name, depth, first)
	j.num = strconv.AppendInt(j.num[:0], int64(n), 10)
	j.w.Write(j.num)
}

func (j *jsonStream) boolField(name string, b bool, depth int, first bool) {
	j.key(name, depth, first)
	j.w.WriteString(strconv.FormatBool(b))
}

// jsonField is a struct field as encoding/json sees it.
type jsonField struct {
	name      string
	key       []byte // "name": with the space after the colon
	index     int
	omitEmpty bool
}

var jsonFields sync.Map // reflect.Type → []jsonField

// jsonFieldsOf lists the exported fields of a struct type that
// encoding/json writes (no embedded structs here), in order.
func jsonFieldsOf(t reflect.Type) []jsonField {
	if fs, ok := jsonFields.Load(t); ok {
		return fs.([]jsonField)
	}
	var fs []jsonField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		key := append(appendJSONString(nil, name), ": "...)
		fs = append(fs, jsonField{name: name, key: key, index: i, omitEmpty: strings.Contains(","+opts+",", ",omitempty,")})
	}
	jsonFields.Store(t, fs)
	return fs
}

// isEmptyJSON is encoding/json's test for omitempty.
func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// appendJSONString quotes s as encoding/json does without HTML escaping:
// control characters escaped, invalid UTF-8 as U+FFFD, U+2028 and U+2029
// escaped.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// WriteCSV writes the CSV export (ExportCSVDialect's bytes) to w, a turn
// at a time.
func WriteCSV(w io.Writer, m *Minutes, d CSVDialect) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	if d == CSVExcel {
		bw.WriteString("\uFEFF") // the BOM tells spreadsheets it is UTF-8
		cw.UseCRLF = true
		if m.Lang == "fr" { // French spreadsheets use the comma for decimals
			cw.Comma = ';'
		}
	}
	_ = cw.Write(CSVHeader)
	session := Inert(m.Session)
	row := make([]string, len(CSVHeader))
	var nums [3][]byte
	for _, r := range m.Rounds {
		round := strconv.Itoa(r.N)
		for i := range r.Turns {
			t := &r.Turns[i]
			// Numbers and booleans are written by baraza; every text cell
			// may hold what someone typed, and is made inert.
			nums[0] = strconv.AppendInt(nums[0][:0], int64(t.N), 10)
			nums[1] = strconv.AppendInt(nums[1][:0], int64(t.Seconds), 10)
			nums[2] = strconv.AppendInt(nums[2][:0], int64(t.Interpretation), 10)
			row = append(row[:0], session, round, string(nums[0]), Inert(t.Speaker), t.LevelCode, Inert(t.Level),
				t.Gender, Inert(t.GenderLabel), strconv.FormatBool(t.Youth), t.Request, Inert(t.RequestLabel), t.At,
				string(nums[1]), string(nums[2]), strconv.FormatBool(t.OffRecord), Inert(t.Note),
				strconv.FormatBool(t.SpeakerLate), Inert(t.SpeakerLeft))
			_ = cw.Write(row)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
