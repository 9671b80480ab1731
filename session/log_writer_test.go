package session

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestAppendCloseReopenKeepsEveryEvent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, events, err := OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 0 || len(w.Warnings()) != 0 || w.LastSeq() != 0 {
		t.Fatalf("new log: %d events, warnings %q, last seq %d", len(events), w.Warnings(), w.LastSeq())
	}
	clock := logT0
	w.SetClock(func() time.Time { clock = clock.Add(time.Second); return clock })

	full := logFullEvent()
	full.V, full.Seq = 0, 99 // the writer sets both
	var written []Event
	e, err := w.Append(full)
	if err != nil {
		t.Fatal(err)
	}
	if e.V != FormatVersion || e.Seq != 1 || !e.At.Equal(full.At) {
		t.Fatalf("stamped v=%d seq=%d at=%v", e.V, e.Seq, e.At)
	}
	written = append(written, e)
	local := time.FixedZone("EAT", 3*3600)
	e, err = w.Append(Event{Type: NoteTaken, Text: "given time", At: time.Date(2026, 3, 14, 12, 0, 0, 0, local)})
	if err != nil {
		t.Fatal(err)
	}
	if e.At != time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC) {
		t.Errorf("given time not written in UTC: %v", e.At)
	}
	written = append(written, e)
	batch, err := w.AppendBatch(logNotes(3))
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range batch {
		if b.Seq != int64(3+i) || !b.At.Equal(logT0.Add(time.Duration(i+1)*time.Second)) {
			t.Errorf("batch event %d: seq %d at %v", i, b.Seq, b.At)
		}
	}
	written = append(written, batch...)
	if w.LastSeq() != 5 {
		t.Fatalf("LastSeq = %d", w.LastSeq())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Append(Event{Type: NoteTaken}); err == nil {
		t.Fatal("append after close succeeded")
	}

	w2, events := logMustOpen(t, path)
	if !reflect.DeepEqual(events, written) {
		t.Fatalf("reopened log differs:\n got %+v\nwant %+v", events, written)
	}
	if e, err := w2.Append(Event{Type: SessionClosed}); err != nil || e.Seq != 6 {
		t.Fatalf("append after reopen: seq %d, %v", e.Seq, err)
	}
	read, warnings, err := ReadLog(path)
	if err != nil || len(warnings) != 0 {
		t.Fatalf("ReadLog: %v %q", err, warnings)
	}
	logCheckSeqs(t, read, 6)
}

func TestAppendRefusesAnEventItCouldNotReadBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, _ := logMustOpen(t, path)
	if _, err := w.Append(Event{Text: "no type"}); err == nil {
		t.Fatal("event without type accepted")
	}
	if _, err := w.AppendBatch([]Event{{Type: NoteTaken}, {}}); err == nil {
		t.Fatal("batch with an invalid event accepted")
	}
	if _, err := w.Append(Event{Type: NoteTaken, At: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}); err == nil {
		t.Fatal("unencodable time accepted")
	}
	if got := logReadFile(t, path); got != "" {
		t.Fatalf("refused events reached the file: %q", got)
	}
	if e, err := w.Append(Event{Type: NoteTaken}); err != nil || e.Seq != 1 {
		t.Fatalf("refusals used up seqs: seq %d, %v", e.Seq, err)
	}
}

func TestLogAndLockFilesAreOwnerOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	w, _ := logMustOpen(t, path)
	if _, err := w.Append(Event{Type: NoteTaken, Text: "Déogratias"}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + ".lock"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", p, fi.Mode().Perm())
		}
	}
}

func TestOpenWriterRepairsATornTail(t *testing.T) {
	good := logLines(t, logNotes(3)...)
	fourth := strings.TrimPrefix(logLines(t, logNotes(4)...), good)
	cases := []struct {
		name, tail string
		warns      []string // substrings, one per warning
	}{
		{"cut mid-line", fourth[:23], []string{"dropped an incomplete last line (23 bytes)"}},
		{"only NULs", strings.Repeat("\x00", 4096), []string{"(4096 bytes)"}},
		{"cut then NULs", fourth[:30] + strings.Repeat("\x00", 10), []string{"(40 bytes)"}},
		{"cut just before the closing brace", fourth[:len(fourth)-2], []string{"dropped"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := logTempFile(t, good+c.tail)
			w, events := logMustOpen(t, path)
			logCheckSeqs(t, events, 3)
			logCheckWarnings(t, w.Warnings(), path, c.warns)
			if got := logReadFile(t, path); got != good {
				t.Fatalf("file after repair:\n%q\nwant\n%q", got, good)
			}
			if e, err := w.Append(Event{Type: NoteTaken}); err != nil || e.Seq != 4 {
				t.Fatalf("append after repair: seq %d, %v", e.Seq, err)
			}
		})
	}
}

func TestOpenWriterKeepsACompleteEventMissingItsNewline(t *testing.T) {
	full := logLines(t, logNotes(4)...)
	unterminated := strings.TrimSuffix(full, "\n")
	for name, content := range map[string]string{
		"no newline":        unterminated,
		"NULs after it":     unterminated + "\x00\x00\x00",
		"only line, no NUL": strings.TrimSuffix(logLines(t, logNotes(1)...), "\n"),
	} {
		t.Run(name, func(t *testing.T) {
			path := logTempFile(t, content)
			w, events := logMustOpen(t, path)
			n := strings.Count(content, "{")
			logCheckSeqs(t, events, n)
			if events[n-1].Text != "note "+string(rune('0'+n)) {
				t.Fatalf("last event: %+v", events[n-1])
			}
			logCheckWarnings(t, w.Warnings()[len(w.Warnings())-1:], path, []string{"added it"})
			want := strings.TrimRight(content, "\x00") + "\n"
			if got := logReadFile(t, path); got != want {
				t.Fatalf("file after repair:\n%q\nwant\n%q", got, want)
			}
			if e, err := w.Append(Event{Type: NoteTaken}); err != nil || e.Seq != int64(n+1) {
				t.Fatalf("append after repair: seq %d, %v", e.Seq, err)
			}
		})
	}
}

func TestDamagedLogIsRefusedAndLeftAlone(t *testing.T) {
	lines := strings.SplitAfter(logLines(t, logNotes(5)...), "\n")[:5]
	newer := strings.Replace(lines[3], `"v":2`, `"v":3`, 1)
	cases := []struct {
		name, content string
		line          int
		want          string
	}{
		{"junk middle line", lines[0] + "garbage\n" + lines[2] + lines[3], 2, "not a JSON object"},
		{"torn middle line", lines[0] + lines[1][:20] + "\n" + lines[2], 2, "unexpected EOF"},
		{"blank line", lines[0] + "\n" + lines[1], 2, "not a JSON object"},
		{"seq gap", lines[0] + lines[1] + lines[3] + lines[4], 3, "seq 4 where 3 was expected"},
		{"seq repeated", lines[0] + lines[1] + lines[1], 3, "seq 2 where 3 was expected"},
		{"first seq not 1", lines[1] + lines[2], 1, "seq 2 where 1 was expected"},
		{"newer version", lines[0] + lines[1] + lines[2] + newer + lines[4], 4, "newer version of baraza"},
		{"newer version, last line unterminated", lines[0] + strings.TrimSuffix(strings.Replace(lines[1], `"v":2`, `"v":3`, 1), "\n"), 2, "newer version"},
		{"unterminated last line out of sequence", lines[0] + strings.TrimSuffix(lines[2], "\n"), 2, "seq 3 where 2"},
		{"unterminated complete JSON that is no event", lines[0] + `{"hello":1}`, 2, "unknown field"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := logTempFile(t, c.content)
			for _, open := range []string{"OpenWriter", "ReadLog", "OpenWriter again"} {
				var err error
				if open == "ReadLog" {
					_, _, err = ReadLog(path)
				} else if w, _, werr := OpenWriter(path); werr == nil {
					_ = w.Close()
				} else {
					err = werr // a second open must not find the log locked
				}
				var ce *CorruptError
				if !errors.As(err, &ce) {
					t.Fatalf("%s: got %v, want *CorruptError", open, err)
				}
				if ce.File != path || ce.Line != c.line || !strings.Contains(ce.Error(), c.want) {
					t.Fatalf("%s: %v; want line %d, %q", open, ce, c.line, c.want)
				}
				msg := ce.Error()
				for _, part := range []string{path + ":" + strconv.Itoa(c.line) + ": invalid event: ",
					"the log was not changed", "events after line " + strconv.Itoa(c.line) + " are still in the file"} {
					if !strings.Contains(msg, part) {
						t.Errorf("%s: message %q lacks %q", open, msg, part)
					}
				}
				if got := logReadFile(t, path); got != c.content {
					t.Fatalf("%s changed the file:\n%q\nwas\n%q", open, got, c.content)
				}
			}
		})
	}
}

func TestEmptyLogHasNoEvents(t *testing.T) {
	path := logTempFile(t, "")
	w, events := logMustOpen(t, path)
	if len(events) != 0 || len(w.Warnings()) != 0 {
		t.Fatalf("%d events, warnings %q", len(events), w.Warnings())
	}
	if e, err := w.Append(Event{Type: NoteTaken}); err != nil || e.Seq != 1 {
		t.Fatalf("seq %d, %v", e.Seq, err)
	}
}

func TestOpenWriterNeedsTheDirectory(t *testing.T) {
	_, _, err := OpenWriter(filepath.Join(t.TempDir(), "missing", "log.jsonl"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("got %v", err)
	}
}

func logCheckWarnings(t *testing.T, said []Warning, path string, want []string) {
	t.Helper()
	got := english(said)
	if len(got) != len(want) {
		t.Fatalf("warnings %q, want %d", got, len(want))
	}
	for i, w := range got {
		if !strings.HasPrefix(w, path+":") || !strings.Contains(w, want[i]) {
			t.Errorf("warning %q should name %s and say %q", w, path, want[i])
		}
	}
}
