package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// Two writers appended the same sequence number, and a stray line got in:
// every command refuses the session; repair makes it read again, keeping
// the original and the stray line.
func TestRepairMakesATwoWriterLogReadAgain(t *testing.T) {
	data := t.TempDir()
	id := createSession(t, sessions.Open(data), planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC), 2, false)
	dir := filepath.Join(sessions.Open(data).SessionsDir(), id)
	logPath := filepath.Join(dir, sessions.LogFile)
	orig := readFile(t, logPath)
	events, _, err := session.ReadLog(logPath)
	if err != nil {
		t.Fatal(err)
	}
	// The second writer's line: the same seq as the last one.
	dup := session.Event{V: session.FormatVersion, Seq: events[len(events)-1].Seq, At: events[len(events)-1].At.Add(time.Second),
		Type: session.NoteTaken, Text: "written by the other window"}
	line, _ := session.EncodeLine(dup)
	damaged := append(append(append([]byte(nil), orig...), line...), []byte("garbage that is not JSON\n")...)
	if err := os.WriteFile(logPath, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	baraza(t, "--data-dir", data, "export", id).expect(t, exitError)

	r := baraza(t, "--data-dir", data, "repair", id)
	r.expect(t, exitOK)
	for _, want := range []string{"kept the original as " + logPath + ".orig", "renumbered line", "moved line", "log.rejected"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("repair output lacks %q:\n%s", want, r.stdout)
		}
	}
	if got := readFile(t, logPath+".orig"); !bytes.Equal(got, damaged) {
		t.Error("log.jsonl.orig is not the original byte for byte")
	}
	if rej := readFile(t, filepath.Join(dir, "log.rejected")); !strings.Contains(string(rej), "garbage that is not JSON") {
		t.Errorf("log.rejected: %s", rej)
	}
	x := baraza(t, "--data-dir", data, "export", id)
	x.expect(t, exitOK)
	repaired, _, err := session.ReadLog(logPath)
	if err != nil || len(repaired) != len(events)+1 || repaired[len(repaired)-1].Text != "written by the other window" {
		t.Fatalf("repaired log: %d events, %v", len(repaired), err)
	}
	again := baraza(t, "--data-dir", data, "repair", id)
	again.expect(t, exitOK)
	if !strings.Contains(again.stdout, "nothing to repair") {
		t.Errorf("second repair: %s", again.stdout)
	}
}

// A cut inside the first line (the plan and the participants) is restored
// from the session's plan.toml.
func TestRepairRestoresATornFirstLine(t *testing.T) {
	data := t.TempDir()
	id := createSession(t, sessions.Open(data), planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC), 2, true)
	logPath := filepath.Join(sessions.Open(data).SessionsDir(), id, sessions.LogFile)
	orig := readFile(t, logPath)
	nl := bytes.IndexByte(orig, '\n')
	torn := append(append([]byte(nil), orig[:nl/2]...), orig[nl:]...) // half the first line lost
	if err := os.WriteFile(logPath, torn, 0o600); err != nil {
		t.Fatal(err)
	}
	r := baraza(t, "--data-dir", data, "repair", id)
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, "restored the first event (session_started) from the session's plan.toml") {
		t.Errorf("repair output:\n%s", r.stdout)
	}
	events, _, err := session.ReadLog(logPath)
	if err != nil || events[0].Type != session.SessionStarted || len(events[0].Plan.Participants) == 0 {
		t.Fatalf("repaired: %v", err)
	}
	st, err := session.Fold(events)
	if err != nil || len(st.Turns) != 2 || !st.Closed {
		t.Fatalf("fold: %v", err)
	}
}

// A log that starts with a byte-order mark gets a clear message, and repair
// removes the mark; an event the fold refuses is named as log.jsonl:line.
func TestDamagedLogMessagesNameFileAndLine(t *testing.T) {
	data := t.TempDir()
	id := createSession(t, sessions.Open(data), planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC), 1, false)
	logPath := filepath.Join(sessions.Open(data).SessionsDir(), id, sessions.LogFile)
	orig := readFile(t, logPath)
	if err := os.WriteFile(logPath, append([]byte("\xef\xbb\xbf"), orig...), 0o600); err != nil {
		t.Fatal(err)
	}
	r := baraza(t, "--data-dir", data, "export", id)
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, "log.jsonl:1:") || !strings.Contains(r.stderr, "byte-order mark") {
		t.Errorf("BOM: %s", r.stderr)
	}
	r = baraza(t, "--data-dir", data, "repair", id)
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, "removed the byte-order mark") || !bytes.Equal(readFile(t, logPath), orig) {
		t.Errorf("repair of a BOM: %s", r.stdout)
	}

	events, _, _ := session.ReadLog(logPath)
	bad := session.Event{V: session.FormatVersion, Seq: int64(len(events) + 1), At: events[len(events)-1].At,
		Type: session.SpeakerQueued, Participant: "p99"}
	line, _ := session.EncodeLine(bad)
	if err := os.WriteFile(logPath, append(orig, line...), 0o600); err != nil {
		t.Fatal(err)
	}
	r = baraza(t, "--data-dir", data, "export", id)
	r.expect(t, exitError)
	want := fmt.Sprintf("log.jsonl:%d: speaker_queued event refused", len(events)+1)
	if !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "event "+fmt.Sprint(len(events)+1)+" (") {
		t.Errorf("want %q in %s", want, r.stderr)
	}
}
