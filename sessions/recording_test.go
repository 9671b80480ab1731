package sessions

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/session/demorec"
)

func TestDemoRecordingIsSavedOnceAsAClosedSession(t *testing.T) {
	a := Open(t.TempDir())
	r, err := a.OpenRecording(DemoName)
	if err != nil {
		t.Fatal(err)
	}
	if r.ID != demorec.ID || len(r.Events) != len(demorec.Events()) {
		t.Fatalf("demo recording = %s with %d events", r.ID, len(r.Events))
	}
	before, _ := os.ReadFile(filepath.Join(r.Dir, LogFile))
	again, err := a.OpenRecording(DemoName)
	if err != nil || again.Dir != r.Dir {
		t.Fatalf("second open: %v %s", err, again.Dir)
	}
	after, _ := os.ReadFile(filepath.Join(r.Dir, LogFile))
	if !bytes.Equal(before, after) {
		t.Error("opening the demo again rewrote its log")
	}
	list, _ := a.List()
	if len(list) != 1 || list[0].Open || list[0].Err != nil {
		t.Errorf("the demo recording should be listed as a closed session: %+v", list)
	}
}

func TestAnnotationsLiveBesideTheLogAndLeaveItUntouched(t *testing.T) {
	a := Open(t.TempDir())
	r, _ := a.OpenRecording(DemoName)
	logBefore, _ := os.ReadFile(filepath.Join(r.Dir, LogFile))
	moment := r.Events[40].At
	for i, text := range []string{"Good use of the point of order", "Balance slips here: government silent"} {
		if err := AppendAnnotation(r.Dir, Annotation{Moment: moment.Add(time.Duration(i) * time.Minute), Events: 41, Text: text, Written: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ReadAnnotations(r.Dir)
	if err != nil || len(got) != 2 || got[1].Text != "Balance slips here: government silent" || !got[0].Moment.Equal(moment) {
		t.Fatalf("annotations = %+v, %v", got, err)
	}
	logAfter, _ := os.ReadFile(filepath.Join(r.Dir, LogFile))
	if !bytes.Equal(logBefore, logAfter) {
		t.Fatal("annotating changed the session log")
	}
	if m := mode(t, filepath.Join(r.Dir, AnnotationsFile)); m != 0o600 {
		t.Errorf("annotations mode %o", m)
	}
	// A line cut by a crash is dropped; a damaged line in the middle is an error.
	path := filepath.Join(r.Dir, AnnotationsFile)
	data, _ := os.ReadFile(path)
	os.WriteFile(path, append(data, []byte(`{"v":1,"moment":"2026`)...), 0o600)
	if got, err := ReadAnnotations(r.Dir); err != nil || len(got) != 2 {
		t.Errorf("torn last line: %d, %v", len(got), err)
	}
	os.WriteFile(path, append([]byte("garbage\n"), data...), 0o600)
	if _, err := ReadAnnotations(r.Dir); err == nil || !strings.Contains(err.Error(), "annotations.jsonl:1:") {
		t.Errorf("damaged line: %v", err)
	}
}

func TestRecordingOfAnOpenSession(t *testing.T) {
	a := Open(t.TempDir())
	w, err := a.Create(testPlan(t), nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r, err := a.OpenRecording(w.ID) // while the writer holds the lock
	if err != nil || len(r.Events) != 1 {
		t.Fatalf("recording of an open session: %v", err)
	}
	if _, err := a.OpenRecording("no-such-session"); err == nil {
		t.Error("an unknown session opened")
	}
}

// A dangling annotations.jsonl link is refused: no file appears outside
// the session directory.
func TestAnnotationsNeverFollowALink(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "outside.jsonl")
	if err := os.Symlink(outside, filepath.Join(dir, AnnotationsFile)); err != nil {
		t.Fatal(err)
	}
	err := AppendAnnotation(dir, Annotation{Text: "x"})
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("AppendAnnotation through a link: %v", err)
	}
	if _, err := os.Lstat(outside); err == nil {
		t.Fatal("a file was created outside the session directory")
	}
	if _, err := ReadAnnotations(dir); err == nil {
		t.Error("ReadAnnotations followed the link")
	}
}
