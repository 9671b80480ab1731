package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/sessions/seal"
)

const testPassphrase = "mango tree by the river"

// seriesPlan is a session of the Vestibule de la Paix at a site; series ""
// leaves the plan out of any series.
func seriesPlan(t testing.TB, title, series, site, date string) (*facilitation.Plan, []byte) {
	t.Helper()
	src := fmt.Sprintf(`title = %q
date = %s
language = "fr"
%s
[[participants]]
name = "Aïssata Traoré"
level = "community"
gender = "woman"
youth = true

[[participants]]
name = "Moussa N'Diaye"
level = "civil_society"
gender = "man"

[[participants]]
name = "Fatoumata Coulibaly"
level = "government"
gender = "woman"
`, title, date, series)
	if series != "" {
		src = strings.Replace(src, series, fmt.Sprintf("series = %q\nsite = %q", series, site), 1)
	}
	p, err := facilitation.Parse("plan.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p, []byte(src)
}

// seriesSession records a closed session where the young woman speaks
// youngSecs, Moussa 60 s and Fatoumata 30 s; open actions are left open.
func seriesSession(t testing.TB, a *sessions.Archive, plan *facilitation.Plan, src []byte, at time.Time, youngSecs, openActions int) string {
	t.Helper()
	w, err := a.Create(plan, src, at)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	clock := at
	ev := func(e session.Event, d int) session.Event {
		clock = clock.Add(time.Duration(d) * time.Second)
		e.At = clock
		return e
	}
	events := []session.Event{ev(session.Event{Type: session.RoundStarted, Round: 1}, 60)}
	for i, p := range []struct {
		id   string
		secs int
	}{{"p1", youngSecs}, {"p2", 60}, {"p3", 30}} {
		events = append(events, ev(session.Event{Type: session.TurnStarted, Turn: i + 1, Participant: p.id}, 1),
			ev(session.Event{Type: session.TurnEnded, Turn: i + 1}, p.secs))
	}
	if openActions > 0 {
		events = append(events, ev(session.Event{Type: session.ItemRaised, Text: "Le passage du bétail", Level: "community"}, 5))
		for i := 0; i < openActions; i++ {
			events = append(events, ev(session.Event{Type: session.ActionAgreed, Item: 1,
				Action: &session.ActionRecord{What: fmt.Sprintf("Action %d", i+1), When: "short"}}, 5))
		}
	}
	events = append(events, ev(session.Event{Type: session.SessionClosed}, 5))
	for _, e := range events {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	return w.ID
}

// seriesFixture is an archive of four sessions of one series at two sites
// (the young woman heard more each time), one session of no series, one
// session sealed with a passphrase and one sealed to a programme key,
// whose private key file it returns.
type seriesFixture struct {
	archive        *sessions.Archive
	keyFile        string
	byPass, byKey  string // the sealed sessions' names
	byPassFiles    map[string]string
	seriesSessions []string
}

func newSeriesFixture(t *testing.T) *seriesFixture { return newSeriesFixtureLabelled(t, false) }

// newSeriesFixtureLabelled seals with the title and date shown when
// showLabel: the names are then stable, for golden screens.
func newSeriesFixtureLabelled(t *testing.T, showLabel bool) *seriesFixture {
	t.Helper()
	dir := t.TempDir()
	f := &seriesFixture{archive: sessions.Open(filepath.Join(dir, "data"))}
	series := "Vestibule de la Paix"
	for i, site := range []string{"Mopti", "Ségou", "Mopti", "Ségou"} {
		day := time.Date(2026, time.Month(1+i), 10, 9, 30, 0, 0, time.Local)
		plan, src := seriesPlan(t, "Vestibule — "+site, series, site, day.Format("2006-01-02"))
		open := 0
		if i == 3 {
			open = 2
		}
		f.seriesSessions = append(f.seriesSessions, seriesSession(t, f.archive, plan, src, day, 20+i*40, open))
	}
	plan, src := seriesPlan(t, "Réunion de quartier", "", "", "2026-02-20")
	seriesSession(t, f.archive, plan, src, time.Date(2026, 2, 20, 15, 0, 0, 0, time.Local), 30, 0)
	seal1 := func(title, date string, keys seal.Keys) string {
		plan, src := seriesPlan(t, title, "", "", date)
		day, _ := time.ParseInLocation("2006-01-02", date, time.Local)
		id := seriesSession(t, f.archive, plan, src, day.Add(10*time.Hour), 40, 0)
		_, name, err := f.archive.Seal(id, sessions.SealOptions{Keys: keys, Now: day, ShowLabel: showLabel})
		if err != nil {
			t.Fatal(err)
		}
		return name
	}
	f.byPass = seal1("Rencontre confidentielle", "2025-11-05", seal.Keys{Passphrase: testPassphrase, WorkFactor: 10})
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	f.keyFile = filepath.Join(dir, "programme.key")
	if err := os.WriteFile(f.keyFile, []byte(id.String()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.byKey = seal1("Rencontre à Gao", "2025-10-05", seal.Keys{Recipients: []*age.X25519Recipient{id.Recipient()}})
	f.byPassFiles = snapshot(t, filepath.Join(f.archive.SessionsDir(), f.byPass))
	return f
}

// snapshot is every file under dir and its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		out[path] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The series is one group with its sites, sessions and open actions; the
// sessions of no series come under their own header; the selected
// session's series shows its trends, oldest first.
func TestHomeGroupsSessionsBySeriesWithTrends(t *testing.T) {
	f := newSeriesFixture(t)
	hh := newHomeHarnessOn(t, "en", f.archive, 100, 30)
	hh.mustSee("▌Vestibule de la Paix · Ségou, Mopti · 4 sessions · 2 open actions", "▌No series · 3 sessions",
		"Vestibule — Ségou", "Ségou · 2026-04-10", "Vestibule de la Paix: share of speaking time, last 4 sessions",
		"Women ▒▒▓▓ 45% → 74%", "Youth ░▒▒▒ 18% → 61%", "Government ░░░░ 27% → 13%")
	view := hh.h.View()
	if strings.Index(view, "Vestibule de la Paix ·") > strings.Index(view, "No series ·") {
		t.Error("the series with the newest session is not first")
	}
	if strings.Count(view, "Vestibule — ") != 4 {
		t.Errorf("want the 4 sessions of the series:\n%s", view)
	}
	hh.keys("down", "down", "down", "down") // to the session of no series: no trend
	if strings.Contains(hh.h.View(), "share of speaking time") {
		t.Error("a session of no series shows a trend")
	}
}

// Typing after / narrows the list at each key (accents and case do not
// matter), enter keeps the filter, esc clears it.
func TestHomeFiltersByTitleSiteAndDate(t *testing.T) {
	f := newSeriesFixture(t)
	hh := newHomeHarnessOn(t, "en", f.archive, 100, 30)
	hh.keys("/", "s", "e", "g", "o", "u")
	hh.mustSee("/ segou", "2 of 7", "▌Vestibule de la Paix · Ségou · 2 sessions")
	if strings.Contains(hh.h.View(), "Mopti") {
		t.Error("Mopti still shown under the filter segou")
	}
	hh.keys("q") // typing: q is text, not quit
	hh.mustSee("No session matches the filter")
	hh.keys("backspace", "enter", "down")
	if s, _ := hh.h.selected(); s.Site != "Ségou" || s.Date != "2026-02-10" {
		t.Errorf("after enter the cursor walks the filtered list: %+v", s)
	}
	hh.keys("esc")
	hh.mustSee("Mopti", "Réunion de quartier")
	hh.keys("/", "2", "0", "2", "6", "-", "0", "2")
	hh.mustSee("2 of 7", "Réunion de quartier", "Vestibule — Ségou")
	hh.keys("esc", "/", "s", "e", "a", "l")
	hh.mustSee("2 of 7", "Sealed session (sealed-")
	hh.keys("esc")
	if hh.h.filterShown() {
		t.Error("esc while typing did not clear the filter")
	}
}

// selectSealed moves the cursor to the sealed session named name.
func selectSealed(t *testing.T, hh *homeHarness, name string) {
	t.Helper()
	for i := 0; i < 10; i++ {
		if s, _ := hh.h.selected(); s.ID == name {
			return
		}
		hh.keys("down")
	}
	t.Fatalf("%s not listed", name)
}

// A sealed session asks for its passphrase, masked; a wrong one says so in
// one line and changes nothing; the right one opens the minutes in memory.
func TestHomeOpensASealedSessionWithItsPassphrase(t *testing.T) {
	f := newSeriesFixture(t)
	hh := newHomeHarnessOn(t, "en", f.archive, 100, 30)
	selectSealed(t, hh, f.byPass)
	hh.keys("enter")
	hh.mustSee("Sealed session "+f.byPass, "The passphrase it was sealed with:")
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("wrong horse")}))
	if v := hh.h.View(); strings.Contains(v, "wrong horse") || !strings.Contains(v, "•••••") {
		t.Errorf("the passphrase is not masked:\n%s", v)
	}
	hh.keys("enter")
	hh.mustSee("This key or passphrase does not open the session. Nothing was changed.")
	if hh.current != nil {
		t.Fatal("a wrong passphrase opened something")
	}
	if got := snapshot(t, filepath.Join(f.archive.SessionsDir(), f.byPass)); fmt.Sprint(got) != fmt.Sprint(f.byPassFiles) {
		t.Error("a wrong passphrase changed the sealed session's files")
	}
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(testPassphrase)}))
	hh.keys("enter")
	p, ok := hh.current.(*previewScreen)
	if !ok {
		t.Fatalf("the right passphrase did not open the minutes: %#v\n%s", hh.current, hh.h.View())
	}
	if v := p.View(); strings.Contains(v, "minutes.md") || !strings.Contains(v, "en mémoire, en lecture seule") {
		t.Errorf("the read-only preview offers to write:\n%s", v)
	}
	if p.Update(keyMsg("s")) != nil || p.Update(keyMsg("a")) != nil {
		t.Error("s or a does something on a sealed session read in memory")
	}
	if p.st.Plan.Title != "Rencontre confidentielle" || p.pv.dir != "" || p.review != nil || !p.pv.readOnly {
		t.Errorf("not read-only in memory: title %q, dir %q", p.st.Plan.Title, p.pv.dir)
	}
	if got := snapshot(t, filepath.Join(f.archive.SessionsDir(), f.byPass)); fmt.Sprint(got) != fmt.Sprint(f.byPassFiles) {
		t.Error("opening the sealed session wrote beside it")
	}
	if _, err := os.Stat(filepath.Join(f.archive.SessionsDir(), "sealed")); err == nil {
		t.Error("a plaintext directory appeared")
	}
}

// A session sealed to the programme's key asks for the key file; v opens
// its replay; esc in the prompt cancels.
func TestHomeReplaysASealedSessionWithTheKeyFile(t *testing.T) {
	f := newSeriesFixture(t)
	hh := newHomeHarnessOn(t, "fr", f.archive, 100, 30)
	selectSealed(t, hh, f.byKey)
	hh.keys("v")
	hh.mustSee("Séance scellée", "Le fichier de clé privée du programme")
	hh.keys("esc")
	if hh.h.unlock != nil {
		t.Fatal("esc did not cancel")
	}
	hh.keys("v")
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(filepath.Join(filepath.Dir(f.keyFile), "missing.key"))}))
	hh.keys("enter")
	hh.mustSee("missing.key n’existe", "Donnez le chemin du fichier de clé privée")
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(filepath.Join(f.archive.SessionsDir(), f.byKey, seal.InfoFile))}))
	hh.keys("enter")
	hh.mustSee("n’est pas un fichier de clé privée age")
	hh.run(hh.h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(f.keyFile)}))
	hh.keys("enter")
	r, ok := hh.current.(*Replay)
	if !ok {
		t.Fatalf("the key file did not open the replay: %#v\n%s", hh.current, hh.h.View())
	}
	if r.rec == nil || !r.rec.Sealed {
		t.Error("the replay is not of the sealed recording in memory")
	}
}

// A sync tool's conflict copy in the selected session is named in words.
func TestHomeNamesSyncConflictCopies(t *testing.T) {
	f := newSeriesFixture(t)
	name := "log.sync-conflict-20261125-090000-ABCDEFG.jsonl"
	if err := os.WriteFile(filepath.Join(f.archive.SessionsDir(), f.seriesSessions[3], name), []byte("x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	hh := newHomeHarnessOn(t, "en", f.archive, 100, 30)
	hh.mustSee("A sync tool left conflict copies here, not read: " + name)
}

// A session open on another computer of a shared archive: enter says so
// in words, in full, even at 80×24 with a series' trends on screen.
func TestHomeSaysWhereASessionIsOpenAt80x24(t *testing.T) {
	f := newSeriesFixture(t)
	lock := filepath.Join(f.archive.SessionsDir(), f.seriesSessions[3], sessions.LogFile+".lock")
	rec := `{"pid":77,"host":"programme-desktop","user":"m","since":"2026-11-25T08:00:00Z","program":"baraza"}` + "\n"
	if err := os.WriteFile(lock, []byte(rec), 0o600); err != nil {
		t.Fatal(err)
	}
	hh := newHomeHarnessOn(t, "en", f.archive, 80, 24)
	hh.keys("enter")
	if hh.current != nil {
		t.Fatal("opened a session open on another computer")
	}
	hh.mustSee("is open on the computer \"programme-", "take the session over here", "/ filter")
}
