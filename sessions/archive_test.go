package sessions

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

const testPlanSource = `title = "Dialogue à Goma : sécurité"
date = 2026-03-14
language = "fr"

[[participants]]
name = "Amani Kahindo"
level = "community"

[[participants]]
name = "Grâce Mapendo"
level = "civil_society"

[[participants]]
name = "Kavira Sifa"
level = "government"
`

var start = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

func testPlan(t testing.TB) *facilitation.Plan {
	t.Helper()
	p, err := facilitation.Parse("plan.toml", []byte(testPlanSource))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// create starts a session and closes its writer.
func create(t *testing.T, a *Archive, now time.Time) string {
	t.Helper()
	w, err := a.Create(testPlan(t), []byte(testPlanSource), now)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.ID
}

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestCreateLaysOutAPrivateSessionDirectory(t *testing.T) {
	data := filepath.Join(t.TempDir(), "new", "baraza") // missing: Create makes it
	a := Open(data)
	w, err := a.Create(testPlan(t), []byte(testPlanSource), start)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	if w.ID != "2026-03-14-0930-dialogue-a-goma-securite" {
		t.Errorf("id = %q", w.ID)
	}
	if want := filepath.Join(data, "sessions", w.ID); w.Dir != want {
		t.Errorf("dir = %q, want %q", w.Dir, want)
	}
	for _, d := range []string{data, a.SessionsDir(), w.Dir} {
		if m := mode(t, d); m != 0o700 {
			t.Errorf("%s has mode %o, want 700", d, m)
		}
	}
	for _, f := range []string{PlanFile, LogFile} {
		if m := mode(t, filepath.Join(w.Dir, f)); m != 0o600 {
			t.Errorf("%s has mode %o, want 600", f, m)
		}
	}
	src, err := os.ReadFile(filepath.Join(w.Dir, PlanFile))
	if err != nil || string(src) != testPlanSource {
		t.Errorf("plan.toml = %q, %v; want the plan's source", src, err)
	}
	if left, _ := filepath.Glob(filepath.Join(w.Dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %q", left)
	}
	if len(w.Events) != 1 || w.Events[0].Type != session.SessionStarted ||
		w.Events[0].Session != w.ID || !w.Events[0].At.Equal(start) {
		t.Fatalf("events = %+v, want one session_started with the id and start time", w.Events)
	}
	st, _, err := a.Read(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.ID != w.ID || st.Plan.Title != "Dialogue à Goma : sécurité" || len(st.People) != 3 {
		t.Errorf("read back %q %q with %d people", st.ID, st.Plan.Title, len(st.People))
	}
}

func TestCreateLeavesExistingDataDirModeAlone(t *testing.T) {
	data := t.TempDir()
	if err := os.Chmod(data, 0o755); err != nil {
		t.Fatal(err)
	}
	create(t, Open(data), start)
	if m := mode(t, data); m != 0o755 {
		t.Errorf("existing data dir changed to %o", m)
	}
	if m := mode(t, filepath.Join(data, "sessions")); m != 0o700 {
		t.Errorf("sessions dir has mode %o, want 700", m)
	}
}

func TestCreateMakesIDsUnique(t *testing.T) {
	a := Open(t.TempDir())
	var ids []string
	for range 3 {
		ids = append(ids, create(t, a, start))
	}
	base := "2026-03-14-0930-dialogue-a-goma-securite"
	want := []string{base, base + "-2", base + "-3"}
	for i := range want {
		if ids[i] != want[i] {
			t.Errorf("id %d = %q, want %q", i, ids[i], want[i])
		}
	}
}

func TestCreateWithoutPlanSource(t *testing.T) {
	a := Open(t.TempDir())
	w, err := a.Create(testPlan(t), nil, start)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := os.Stat(filepath.Join(w.Dir, PlanFile)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("plan.toml written without a source: %v", err)
	}
}

func TestOpenForWritingRefusesASecondWriter(t *testing.T) {
	a := Open(t.TempDir())
	w, err := a.Create(testPlan(t), []byte(testPlanSource), start)
	if err != nil {
		t.Fatal(err)
	}
	_, err = a.OpenForWriting(w.ID)
	var locked *session.LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("second writer: err = %v, want a *session.LockedError", err)
	}
	if !strings.Contains(err.Error(), "pid ") {
		t.Errorf("lock error does not name the holder: %v", err)
	}
	// Readers are always allowed.
	if _, _, err := a.Read(w.ID); err != nil {
		t.Errorf("read while locked: %v", err)
	}
	if _, errs := a.List(); len(errs) > 0 {
		t.Errorf("list while locked: %v", errs)
	}
	if _, err := w.Log.Append(session.Event{Type: session.SessionClosed}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	w2, err := a.OpenForWriting(w.ID[:len("2026-03-14")]) // a unique prefix
	if err != nil {
		t.Fatalf("after close: %v", err)
	}
	defer w2.Close()
	if w2.ID != w.ID || len(w2.Events) != 2 || w2.Events[1].Type != session.SessionClosed {
		t.Errorf("reopened %q with %d events", w2.ID, len(w2.Events))
	}
}

func TestOpenForWritingAnEmptyLog(t *testing.T) {
	a := Open(t.TempDir())
	dir := filepath.Join(a.SessionsDir(), "2026-01-01-0000-crashed")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, LogFile), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := a.OpenForWriting("2026-01-01-0000-crashed"); err == nil || !strings.Contains(err.Error(), "never started") {
		t.Errorf("err = %v, want one saying the session never started", err)
	}
	// The lock was released: a second try gives the same answer, not a lock error.
	if _, err := a.OpenForWriting("2026-01-01-0000-crashed"); err == nil || !strings.Contains(err.Error(), "never started") {
		t.Errorf("second try: err = %v", err)
	}
}

func TestResolve(t *testing.T) {
	a := Open(t.TempDir())
	march := create(t, a, start)
	march2 := create(t, a, start)
	may := create(t, a, time.Date(2026, 5, 2, 9, 30, 0, 0, time.UTC))
	in := func(id string) string { return filepath.Join(a.SessionsDir(), id) }

	for _, tt := range []struct{ arg, want string }{
		{march, in(march)}, // exact, though also a prefix of march2
		{march2, in(march2)},
		{"2026-05", in(may)},
		{in(may), in(may)},
	} {
		got, err := a.Resolve(tt.arg)
		if err != nil || got != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.arg, got, err, tt.want)
		}
	}
	for _, tt := range []struct{ arg, want string }{
		{"2026-03", "matches 2 sessions"},
		{"2027", "no session"},
		{"", "no session given"},
		{t.TempDir(), "not a session directory"},
		{"../outside", "not a session directory"},
	} {
		if _, err := a.Resolve(tt.arg); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Resolve(%q) err = %v, want %q", tt.arg, err, tt.want)
		}
	}
}
