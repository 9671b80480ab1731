package session

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// logFullEvent sets every field of Event, nested records included, with
// text that JSON must escape or that HTML escaping would garble.
func logFullEvent() Event {
	counted := int64(90000)
	person := PersonRecord{ID: "p1", Name: "Déogratias", Level: "community",
		Organisation: "Mamans pour la paix", Role: "présidente", Gender: "man", Youth: true}
	return Event{
		V: FormatVersion, Seq: 7, At: time.Date(2026, 3, 14, 9, 30, 5, 123456789, time.UTC), ElapsedMs: 1805123,
		Type: TurnEnded, Session: "2026-03-14-0930-ikassa",
		Plan: &PlanRecord{
			Title: "Dialogue <Ikassa> & voisins", Location: "Ikassa", Series: "Espace de dialogue d'Ikassa", Site: "Ikassa-Nord", Date: "2026-03-14",
			Language: "fr", Facilitator: "عائشة", NoteTaker: "王小明", Anonymous: true,
			Anonymity: &AnonymityRecord{Redact: []string{"Kalehe"}, Keep: []string{"grâce"}},
			TurnLimit: "3m", LevelBudget: "20m", LevelBudgets: map[string]string{"community": "25m"}, LevelNames: map[string]string{"government": "Autorités"},
			Participants: []PersonRecord{person, {ID: "p2", Name: "عائشة", Level: "government"}},
			Rounds: []RoundRecord{{Key: "exchange", Title: "Échange", Levels: []string{"community", "government"},
				Question: "Qu'est-ce qui\nmenace la paix ?", Duration: "40m", TurnLimit: "2m30s",
				Order: "alternate", LevelBudget: "10m", LevelBudgets: map[string]string{"government": "5m"}}},
			DefaultRound: true, Scale: "gradients",
		},
		Person: &person, Participant: "p3", Status: Late, Round: 2, Request: "reply",
		Position: 1, Turn: 4, Note: "line one\nline two\ttab \"quoted\" \\ back",
		OffRecord: true, Text: "王小明 said: « d'abord »\r\n", Item: 3, Level: "civil_society",
		Stance: "reservations", Reason: "عائشة: not yet",
		Action: &ActionRecord{ID: 1, What: "Dégager la route", Who: "Administration",
			With: "Comité des jeunes", When: "short", Status: "planned"},
		Merged: 2, KeepMerged: []string{"government"}, Follows: "2026-02-14-0930-ikassa",
		From: &Origin{Session: "2026-02-14-0930-ikassa", Item: 4, Action: 2, Text: "Rouvrir la route", Date: "2026-02-14",
			Positions: []OriginPosition{{Level: "government", Stance: "block", Reason: "Pas de budget"}}},
		Redaction: &Redaction{Term: "N’Diaye", Scope: "occurrence", Decision: "keep", Where: "turn/3", N: 2},
		Peer:      &Peer{Conn: 2, Role: PeerNote, Auth: "key SHA256:abc", Addr: "[fe80::1]:2323"},
		Corrects:  5, Correction: CorrAdjust, CountedMs: &counted, AfterClose: true,
	}
}

// logCheckAllSet fails for every zero field reachable from v, so that a field
// added to Event is not silently left out of the round-trip test.
func logCheckAllSet(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	if v.IsZero() {
		t.Errorf("logFullEvent leaves %s unset", path)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		logCheckAllSet(t, v.Elem(), path)
	case reflect.Slice:
		logCheckAllSet(t, v.Index(0), path+"[0]")
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Event]() {
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() {
					logCheckAllSet(t, v.Field(i), path+"."+f.Name)
				}
			}
			return
		}
		if v.Type() == reflect.TypeFor[time.Time]() {
			return
		}
		for i := range v.NumField() {
			logCheckAllSet(t, v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	}
}

func TestEncodeDecodeRoundTripsEveryField(t *testing.T) {
	e := logFullEvent()
	logCheckAllSet(t, reflect.ValueOf(e), "Event")
	line, err := EncodeLine(e)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Count(line, []byte("\n")) != 1 || !bytes.HasSuffix(line, []byte("\n")) {
		t.Fatalf("not exactly one line:\n%s", line)
	}
	for _, raw := range []string{"Déogratias", "عائشة", "王小明", "<Ikassa> & voisins", `line one\nline two`} {
		if !bytes.Contains(line, []byte(raw)) {
			t.Errorf("line does not contain %q as is:\n%s", raw, line)
		}
	}
	if !bytes.HasPrefix(line, []byte(`{"v":2,"seq":7,"at":"2026-03-14T09:30:05.123456789Z","elapsed_ms":1805123,"type":"turn_ended",`)) {
		t.Errorf("unexpected start of line:\n%s", line)
	}
	got, err := DecodeLine(line)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, e) {
		t.Fatalf("round trip changed the event:\n got %+v\nwant %+v", got, e)
	}
	// Without its "\n" too.
	if got2, err := DecodeLine(bytes.TrimSuffix(line, []byte("\n"))); err != nil || !reflect.DeepEqual(got2, e) {
		t.Fatalf("decoding without newline: %v", err)
	}
}

func TestDecodeLineRefusesWhatIsNotAnEvent(t *testing.T) {
	ok := `{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","text":"x"}`
	if _, err := DecodeLine([]byte(ok)); err != nil {
		t.Fatalf("valid line refused: %v", err)
	}
	cases := []struct{ line, want string }{
		{``, "not a JSON object"},
		{`null`, "not a JSON object"},
		{`[1,2]`, "not a JSON object"},
		{`"text"`, "not a JSON object"},
		{`42`, "not a JSON object"},
		{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken","colour":"red"}`, `unknown field "colour"`},
		{`{"v":3,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "written by a newer version of baraza"},
		{`{"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "format version"},
		{`{"v":0,"seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "format version"},
		{`{"v":1,"seq":0,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "seq"},
		{`{"v":1,"seq":-3,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "seq"},
		{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z"}`, "missing type"},
		{`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":""}`, "missing type"},
		{`{"v":1,"seq":1,"type":"note_taken"}`, "missing time"},
		{`{"v":1,"seq":1,"at":"yesterday","type":"note_taken"}`, "cannot parse"},
		{`{"v":"1","seq":1,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "cannot unmarshal"},
		{`{"v":1,"seq":1.5,"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "cannot unmarshal"},
		{ok + ok, "after the event"},
		{ok + ` x`, "after the event"},
		{ok[:40], "unexpected EOF"},
		{`{"v":1,"seq":1,` + "\n" + `"at":"2026-03-14T09:30:00Z","type":"note_taken"}`, "single line"},
	}
	for _, c := range cases {
		_, err := DecodeLine([]byte(c.line))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("DecodeLine(%q) = %v, want error containing %q", c.line, err, c.want)
		}
	}
	_, err := DecodeLine([]byte(`{"v":3,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x"}`))
	if !errors.Is(err, ErrNewerLogFormat) {
		t.Errorf("newer version error does not wrap ErrNewerLogFormat: %v", err)
	}
}

// FuzzDecodeLine: DecodeLine never panics, and whatever it accepts encodes
// to a line that decodes to the same event.
func FuzzDecodeLine(f *testing.F) {
	full, _ := EncodeLine(logFullEvent())
	f.Add(full)
	f.Add(full[:len(full)/2])
	f.Add(append(full[:len(full)-1:len(full)-1], "\x00\x00"...))
	for _, path := range []string{"testdata/log/sample.jsonl", sampleV2} {
		if sample, err := os.ReadFile(path); err == nil {
			for _, line := range bytes.SplitAfter(sample, []byte("\n")) {
				f.Add(line)
			}
		}
	}
	for _, s := range []string{
		"", "{}", "null", "[]", `{"v":1}`, "\xff\xfe", `{"v":1,"seq":1,"at":"2026-03-14T09:30:00+01:00","type":"x"}`,
		`{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"x","plan":{"levels":{},"participants":null}}`,
		`{"V":1,"SEQ":1,"At":"2026-03-14T09:30:00Z","Type":"x","text":"\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		e, err := DecodeLine(line)
		if err != nil {
			return
		}
		enc, err := EncodeLine(e)
		if err != nil {
			t.Fatalf("decoded event does not encode: %v\n%+v", err, e)
		}
		if bytes.Count(enc, []byte("\n")) != 1 {
			t.Fatalf("encoding is not one line: %q", enc)
		}
		e2, err := DecodeLine(enc)
		if err != nil {
			t.Fatalf("re-encoded line does not decode: %v\n%s", err, enc)
		}
		// Compare through the canonical form: JSON cannot tell an empty map
		// from a missing one, nor keep a time zone's identity.
		enc2, _ := EncodeLine(e2)
		if !bytes.Equal(enc, enc2) || !e.At.Equal(e2.At) {
			t.Fatalf("round trip changed the event:\n%s\n%s", enc, enc2)
		}
		e3, _ := DecodeLine(enc2)
		e2.At, e3.At = e2.At.UTC(), e3.At.UTC()
		if !reflect.DeepEqual(e2, e3) {
			t.Fatalf("decoding is not stable:\n%+v\n%+v", e2, e3)
		}
	})
}
