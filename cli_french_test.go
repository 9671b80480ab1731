package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

// The French command line on real sessions: what the goldens cannot reach
// without one (a damaged log, a template, the review report, a sealed
// session, an open one, an empty log) is said in French, with French
// typography, and no English comes back.

// frenchLocale makes the command line French, as a French system's locale
// does.
func frenchLocale(t *testing.T) {
	t.Helper()
	for k, v := range map[string]string{
		"LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "BARAZA_LANG": "", "BARAZA_CONFIG": "",
		"BARAZA_THEME": "dark", "XDG_CONFIG_HOME": t.TempDir(),
	} {
		t.Setenv(k, v)
	}
}

// saysInFrench checks that out holds every one of want, and no English
// word or English typography (as the goldens check them).
func saysInFrench(t *testing.T, what, out string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s: %q missing in:\n%s", what, w, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if m := englishWords.FindStringSubmatch(notProse.ReplaceAllString(line, " ")); m != nil {
			t.Errorf("%s: English (%q) in the French command line:\n%s", what, m[1], line)
		}
		if bad := i18n.FrenchTypography(fixedPrefix.ReplaceAllString(line, "")); len(bad) > 0 {
			t.Errorf("%s: French typography %v:\n%s", what, bad, line)
		}
	}
}

func TestFrenchExportWarningsAndErrors(t *testing.T) {
	frenchLocale(t)
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	log := filepath.Join(a.SessionsDir(), id, sessions.LogFile)
	f, err := os.OpenFile(log, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(`{"v":1,"seq":`); err != nil { // a line cut by a crash
		t.Fatal(err)
	}
	f.Close()

	out := filepath.Join(t.TempDir(), "cr.md")
	r := baraza(t, "--data-dir", data, "export", id, "-o", out)
	r.expect(t, exitOK)
	saysInFrench(t, "torn log", r.stderr, "baraza: attention\u202f: ", "dernière ligne incomplète (13 octets)", "baraza: "+out+" écrit")

	r = baraza(t, "--data-dir", data, "export", id, "-o", filepath.Join(t.TempDir(), "nope", "cr.md"))
	r.expect(t, exitError)
	saysInFrench(t, "no directory", r.stderr, "impossible d'écrire ", "n'existe pas")

	r = baraza(t, "--data-dir", data, "export", id, "--template", filepath.Join(t.TempDir(), "nope.tmpl"))
	r.expect(t, exitError)
	saysInFrench(t, "no template", r.stderr, "impossible de lire le modèle ", "n'existe pas")

	// The template's own error is Go's; what surrounds it is French.
	bad := writeFile(t, t.TempDir(), "bad.tmpl", "{{.Title")
	r = baraza(t, "--data-dir", data, "export", id, "--template", bad)
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, "(corrigez le modèle\u202f; les champs sont décrits dans docs/minutes.md)") {
		t.Errorf("template parse error: %q", r.stderr)
	}
	wrong := writeFile(t, t.TempDir(), "wrong.tmpl", "{{.Nope}}")
	r = baraza(t, "--data-dir", data, "export", id, "--template", wrong)
	r.expect(t, exitError)
	if !strings.Contains(r.stderr, wrong+"\u202f: ") || !strings.Contains(r.stderr, "(les champs sont décrits dans docs/minutes.md)") {
		t.Errorf("template render error: %q", r.stderr)
	}
}

func TestFrenchUnreviewedReportAndStrict(t *testing.T) {
	frenchLocale(t)
	data := t.TempDir()
	r := baraza(t, "--data-dir", data, "export", "demo", "--anonymous", "--lang", "en")
	r.expect(t, exitOK)
	// The minutes are English (--lang), the command line still French.
	saysInFrench(t, "unreviewed", r.stderr, "n'ont pas été revus, ils sont donc masqués\u202f: ",
		"«\u202fAmani\u202f» (tour 30", "revoyez-les avec\u202f: baraza review ")
	r = baraza(t, "--data-dir", data, "export", "demo", "--anonymous", "--strict", "-o", filepath.Join(t.TempDir(), "m.md"))
	r.expect(t, exitError)
	saysInFrench(t, "strict", r.stderr, "baraza: --strict\u202f: ", "rien n'a été écrit")
}

func TestFrenchSealedSession(t *testing.T) {
	frenchLocale(t)
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 2, true)
	pw := writeFile(t, t.TempDir(), "pw", "mango tree by the river\n")
	baraza(t, "--data-dir", data, "seal", id, "--passphrase-file", pw).expect(t, exitOK)

	entries, err := os.ReadDir(a.SessionsDir())
	if err != nil || len(entries) != 1 {
		t.Fatalf("after seal: %v %v", entries, err)
	}
	sealed := entries[0].Name() // a name that tells nothing
	r := baraza(t, "--data-dir", data, "amend", sealed, "--turn", "1", "--void")
	r.expect(t, exitError)
	saysInFrench(t, "amend sealed", r.stderr, "la séance est scellée\u202f: descellez-la d'abord (baraza unseal)")

	r = baraza(t, "--data-dir", data, "report", "--format", "json")
	saysInFrench(t, "report", r.stderr, "baraza: séances scellées écartées\u202f: 1 (donnez --identity")
}

// Errors of the archive that the command line checks before asking (an
// open session to remove) or that need a terminal (replay) are said in
// French too, and stay the errors callers test for.
func TestFrenchArchiveErrors(t *testing.T) {
	data := t.TempDir()
	a := sessions.Open(data)
	open := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, false)
	_, err := a.Remove(open, false)
	if !errors.Is(err, sessions.ErrOpenSession) {
		t.Fatalf("Remove of an open session: %v, want ErrOpenSession", err)
	}
	saysInFrench(t, "remove open", facilitation.ErrorIn(err, "fr"), open+"\u202f: la séance est encore ouverte")

	empty := createSession(t, a, planFiles[1], time.Date(2026, 3, 15, 9, 30, 0, 0, time.Local), 0, true)
	if err := os.Truncate(filepath.Join(a.SessionsDir(), empty, sessions.LogFile), 0); err != nil {
		t.Fatal(err)
	}
	_, err = a.OpenReplay(empty, 100)
	if err == nil {
		t.Fatal("replay of an empty log: no error")
	}
	saysInFrench(t, "empty log", facilitation.ErrorIn(err, "fr"), "la séance "+empty+" a un journal vide\u202f: il n'y a rien à rejouer")

	missing := filepath.Join(t.TempDir(), "log.jsonl")
	_, _, err = session.ReadLog(missing)
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("ReadLog of a missing file: %v", err)
	}
	saysInFrench(t, "missing log", facilitation.ErrorIn(err, "fr"), "lecture du journal "+missing+"\u202f: ce fichier ou dossier n'existe pas")

	// The log writer's repairs, shown when a session is resumed.
	dir := t.TempDir()
	path := filepath.Join(dir, "log.jsonl")
	first := `{"v":1,"seq":1,"at":"2026-03-14T09:30:00Z","type":"session_started"}` + "\n"
	if err := os.WriteFile(path, []byte(first+`{"v":1,"seq":2,"at`), 0o600); err != nil {
		t.Fatal(err)
	}
	w, _, err := session.OpenWriter(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ws := w.Warnings()
	if len(ws) != 1 {
		t.Fatalf("warnings %v, want the dropped line", ws)
	}
	saysInFrench(t, "repair", ws[0].In("fr"), path+":2\u202f: dernière ligne incomplète (18 octets) supprimée")
}

func TestFrenchRepair(t *testing.T) {
	frenchLocale(t)
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[0], time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC), 2, false)
	logPath := filepath.Join(a.SessionsDir(), id, sessions.LogFile)
	damaged := append(readFile(t, logPath), []byte("garbage that is not JSON\n")...)
	if err := os.WriteFile(logPath, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	r := baraza(t, "--data-dir", data, "export", id)
	r.expect(t, exitError)
	saysInFrench(t, "export of a damaged log", r.stderr, logPath+":5\u202f: événement invalide\u202f: pas un objet JSON\u202f; le journal n'a pas été changé. Lancez baraza repair")

	r = baraza(t, "--data-dir", data, "repair", id)
	r.expect(t, exitOK)
	saysInFrench(t, "repair", r.stdout, "- l'original est gardé sous "+logPath+".orig",
		"- ligne 5 déplacée dans log.rejected\u202f: pas un événement\u202f: pas un objet JSON",
		"Le journal compte maintenant 4 événements")
}

// A session another baraza records, here or on another computer.
func TestFrenchLockedSession(t *testing.T) {
	frenchLocale(t)
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, true)
	w, err := a.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	r := baraza(t, "--data-dir", data, "amend", id, "--turn", "1", "--void")
	w.Close()
	r.expect(t, exitError)
	// The host and the user are the machine's: only the words are checked.
	for _, want := range []string{" est ouvert en écriture par pid ", " sur ", " depuis ", "\u202f; fermez d'abord baraza là-bas, ou utilisez une commande en lecture seule"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("locked: %q missing in %q", want, r.stderr)
		}
	}

	lock := filepath.Join(a.SessionsDir(), id, sessions.LogFile+".lock")
	rec := `{"pid":77,"host":"programme-desktop","user":"m","since":"2026-11-25T08:00:00Z","program":"baraza"}` + "\n"
	if err := os.WriteFile(lock, []byte(rec), 0o600); err != nil {
		t.Fatal(err)
	}
	r = baraza(t, "--data-dir", data, "amend", id, "--turn", "1", "--void")
	r.expect(t, exitError)
	saysInFrench(t, "open elsewhere", r.stderr, "la séance "+id+` est ouverte sur l'ordinateur "programme-desktop" depuis 2026-11-25T08:00:00Z`+"\u202f: fermez-la là-bas")
}

func TestFrenchArchiveImport(t *testing.T) {
	frenchLocale(t)
	data := t.TempDir()
	r := baraza(t, "--data-dir", data, "archive", "import", data)
	r.expect(t, exitError)
	saysInFrench(t, "import itself", r.stderr, "baraza: c'est cette archive même\u202f: rien à importer")

	// A session recorded here now, with other content there: both are kept,
	// and the note says why.
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local), 1, false)
	other := t.TempDir()
	if err := os.CopyFS(filepath.Join(other, "sessions"), os.DirFS(a.SessionsDir())); err != nil {
		t.Fatal(err)
	}
	there := sessions.Open(other)
	w, err := there.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Log.Append(session.Event{Type: session.TurnStarted, Participant: "p1", Turn: 2}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	here, err := a.OpenForWriting(id)
	if err != nil {
		t.Fatal(err)
	}
	r = baraza(t, "--data-dir", data, "archive", "import", other)
	here.Close()
	r.expect(t, exitOK)
	saysInFrench(t, "import open here", r.stdout, "gardée en double", "elle est ouverte ici")
}

// An event the record refuses (a hand-edited log) is named by file and
// line, and why, in French.
func TestFrenchRefusedEvent(t *testing.T) {
	frenchLocale(t)
	data := t.TempDir()
	a := sessions.Open(data)
	id := createSession(t, a, planFiles[1], time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC), 1, false)
	logPath := filepath.Join(a.SessionsDir(), id, sessions.LogFile)
	events, _, err := session.ReadLog(logPath)
	if err != nil {
		t.Fatal(err)
	}
	last := events[len(events)-1]
	line, err := session.EncodeLine(session.Event{V: session.FormatVersion, Seq: last.Seq + 1, At: last.At.Add(time.Minute),
		Type: session.TurnEnded, Turn: 99})
	if err != nil {
		t.Fatal(err)
	}
	writeBytes(t, logPath, append(readFile(t, logPath), line...))
	r := baraza(t, "--data-dir", data, "export", id)
	r.expect(t, exitError)
	saysInFrench(t, "refused event", r.stderr, fmt.Sprintf("%s:%d\u202f: événement turn_ended refusé\u202f: l'intervention 99 n'est pas l'intervention en cours (1)\u202f; le journal n'a pas été changé", logPath, last.Seq+1))
}
