package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/ui"
)

// uiRun is what a command would have shown full-screen.
type uiRun struct {
	result
	apps int
}

// barazaUI runs the command line with a fake terminal: the app is built,
// then closed instead of drawn.
func barazaUI(t *testing.T, terminal bool, args ...string) uiRun {
	t.Helper()
	var out, errOut bytes.Buffer
	var r uiRun
	c := &cli{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut,
		interactive: func() bool { return terminal },
		runUI: func(a *ui.App) error {
			r.apps++
			return a.Close()
		}}
	r.code = c.execute(args)
	r.stdout, r.stderr = out.String(), errOut.String()
	return r
}

func TestDemoStartsASavedSession(t *testing.T) {
	dir := t.TempDir()
	r := barazaUI(t, true, "--data-dir", dir, "demo")
	r.expect(t, exitOK)
	if r.apps != 1 || !strings.Contains(r.stdout, "is saved in") {
		t.Fatalf("demo did not run the live screen: %+v", r)
	}
	list, errs := sessions.Open(dir).List()
	if len(list) != 1 || len(errs) != 0 || !list[0].Open || list[0].Participants != 15 ||
		!strings.HasPrefix(list[0].Title, "Nyakabanda") {
		t.Fatalf("archive after demo = %+v %v", list, errs)
	}
	first := list[0].ID
	if !list[0].Demo {
		t.Errorf("the demo session is not marked as a demo: %+v", list[0])
	}

	// Again: the open demo is taken up, not one more left behind.
	barazaUI(t, true, "--data-dir", dir, "demo").expect(t, exitOK)
	if list, _ = sessions.Open(dir).List(); len(list) != 1 || list[0].ID != first {
		t.Errorf("a second demo = %+v, want %s taken up", list, first)
	}
	// In the other language: a second open demo, the first one kept.
	fr := barazaUI(t, true, "--data-dir", dir, "--lang", "fr", "demo")
	fr.expect(t, exitOK)
	list, _ = sessions.Open(dir).List()
	if len(list) != 2 || !strings.HasPrefix(list[0].Title, "Espace de dialogue") || !list[0].Demo || list[1].ID != first {
		t.Errorf("French demo = %+v", list)
	}
	frID, frStart := list[0].ID, list[0].StartedAt
	// Again in each language: each taken up, nothing more.
	barazaUI(t, true, "--data-dir", dir, "--lang", "fr", "demo").expect(t, exitOK)
	barazaUI(t, true, "--data-dir", dir, "--lang", "en", "demo").expect(t, exitOK)
	if list, _ = sessions.Open(dir).List(); len(list) != 2 || list[0].ID != frID || list[1].ID != first {
		t.Errorf("demos taken up again = %+v, want %s and %s", list, frID, first)
	}
	// --new: the open demo of the language replaced, the other one kept.
	barazaUI(t, true, "--data-dir", dir, "--lang", "fr", "demo", "--new").expect(t, exitOK)
	list, _ = sessions.Open(dir).List()
	if len(list) != 2 || !list[0].StartedAt.After(frStart) || list[1].ID != first {
		t.Errorf("demo --new = %+v, want a new French demo after %s and %s kept", list, frStart, first)
	}
}

func TestRunValidatesFirst(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, t.TempDir(), "bad.toml", "title = \"x\"\n[[participants]]\nname = \"A\"\nlevel = \"goverment\"\n")
	r := barazaUI(t, true, "--data-dir", dir, "run", bad)
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, "bad.toml:4:9: unknown level \"goverment\"") || r.apps != 0 {
		t.Fatalf("run of a bad plan: %+v", r)
	}
	if list, _ := sessions.Open(dir).List(); len(list) != 0 {
		t.Errorf("a bad plan created a session")
	}
	ok := barazaUI(t, true, "--data-dir", dir, "run", planFiles[2])
	ok.expect(t, exitOK)
	list, _ := sessions.Open(dir).List()
	if len(list) != 1 || list[0].Participants != 7 {
		t.Fatalf("after run: %+v", list)
	}
	saved, err := os.ReadFile(filepath.Join(dir, "sessions", list[0].ID, "plan.toml"))
	if err != nil || !bytes.Equal(saved, readFile(t, planFiles[2])) {
		t.Errorf("the plan copy differs from the plan: %v", err)
	}
}

func TestResumeReopensTheMostRecentOpenSession(t *testing.T) {
	dir := t.TempDir()
	none := barazaUI(t, true, "--data-dir", dir, "resume")
	none.expect(t, exitError)
	if none.apps != 0 || !strings.Contains(none.stderr, "baraza: ") {
		t.Fatalf("resume with nothing to resume: %+v", none)
	}
	barazaUI(t, true, "--data-dir", dir, "demo").expect(t, exitOK)
	r := barazaUI(t, true, "--data-dir", dir, "resume")
	r.expect(t, exitOK)
	if r.apps != 1 {
		t.Fatalf("resume did not open the session: %+v", r)
	}
	list, _ := sessions.Open(dir).List()
	byID := barazaUI(t, true, "--data-dir", dir, "resume", list[0].ID[:12])
	byID.expect(t, exitOK)
}

func TestResumeRefusesASessionOpenElsewhere(t *testing.T) {
	dir := t.TempDir()
	barazaUI(t, true, "--data-dir", dir, "demo").expect(t, exitOK)
	list, _ := sessions.Open(dir).List()
	w, err := sessions.Open(dir).OpenForWriting(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r := barazaUI(t, true, "--data-dir", dir, "resume")
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, "is open for writing by pid") || r.apps != 0 {
		t.Errorf("second writer: %+v", r)
	}
}

func TestScreensNeedATerminal(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"demo"}, {}, {"run", planFiles[1]}} {
		r := barazaUI(t, false, append([]string{"--data-dir", dir}, args...)...)
		r.expect(t, exitError)
		if !strings.Contains(r.stderr, "needs a terminal") {
			t.Errorf("%v: %s", args, r.stderr)
		}
	}
	if list, _ := sessions.Open(dir).List(); len(list) != 0 {
		t.Errorf("a session was created without a terminal to run it")
	}
	home := barazaUI(t, true, "--data-dir", dir)
	home.expect(t, exitOK)
	if home.apps != 1 {
		t.Errorf("bare baraza did not open the home screen")
	}
}

func TestUnknownLanguageIsAUsageError(t *testing.T) {
	r := barazaUI(t, true, "--lang", "de", "demo")
	r.expect(t, exitUsage)
	if !strings.Contains(r.stderr, "baraza speaks en, fr") {
		t.Errorf("stderr = %s", r.stderr)
	}
}

func TestRunFollowUpCarriesOverAndIsListed(t *testing.T) {
	dir := t.TempDir()
	barazaUI(t, true, "--data-dir", dir, "run", planFiles[2]).expect(t, exitOK)
	list, _ := sessions.Open(dir).List()
	first := list[0].ID
	bad := barazaUI(t, true, "--data-dir", dir, "run", planFiles[2], "--follow-up", "1999-no-such")
	bad.expect(t, exitError)
	if list, _ := sessions.Open(dir).List(); len(list) != 1 {
		t.Fatalf("a follow-up of an unknown session created one")
	}
	barazaUI(t, true, "--data-dir", dir, "run", planFiles[2], "--follow-up", first).expect(t, exitOK)
	list, _ = sessions.Open(dir).List()
	if len(list) != 2 || list[0].Follows != first {
		t.Fatalf("after the follow-up: %+v", list)
	}
	r := baraza(t, "--data-dir", dir, "sessions")
	r.expect(t, exitOK)
	if !strings.Contains(r.stdout, "FOLLOWS") || !strings.Contains(r.stdout, first[:15]) {
		t.Errorf("the list does not show the link:\n%s", r.stdout)
	}
}

// A shared archive: the lock record synced from another computer refuses
// resume in one plain line naming that computer and what to do.
func TestResumeRefusesASessionOpenOnAnotherComputer(t *testing.T) {
	dir := t.TempDir()
	barazaUI(t, true, "--data-dir", dir, "demo").expect(t, exitOK)
	list, _ := sessions.Open(dir).List()
	lock := filepath.Join(sessions.Open(dir).SessionsDir(), list[0].ID, sessions.LogFile+".lock")
	rec := `{"pid":77,"host":"programme-desktop","user":"m","since":"2026-11-25T08:00:00Z","program":"baraza"}` + "\n"
	if err := os.WriteFile(lock, []byte(rec), 0o600); err != nil {
		t.Fatal(err)
	}
	r := barazaUI(t, true, "--data-dir", dir, "resume")
	r.expect(t, exitError)
	if r.apps != 0 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 ||
		!strings.Contains(r.stderr, `is open on the computer "programme-desktop" since 2026-11-25T08:00:00Z: close it there`) {
		t.Errorf("resume: %+v", r)
	}
}
