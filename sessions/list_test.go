package sessions

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
	"github.com/baraza-app/baraza/session"
)

func TestListEmptyArchive(t *testing.T) {
	a := Open(filepath.Join(t.TempDir(), "missing"))
	list, errs := a.List()
	if len(list) != 0 || len(errs) != 0 {
		t.Errorf("List = %v, %v; want nothing", list, errs)
	}
	if _, err := os.Stat(a.Dir); !errors.Is(err, os.ErrNotExist) {
		t.Error("List created the data directory")
	}
	if _, err := a.MostRecentOpen(); !errors.Is(err, ErrNoOpenSession) {
		t.Errorf("MostRecentOpen err = %v, want ErrNoOpenSession", err)
	}
}

func TestListNewestFirstWithACorruptSession(t *testing.T) {
	a := Open(t.TempDir())
	older := create(t, a, start)
	w, err := a.Create(testPlan(t), []byte(testPlanSource), start.Add(48*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []session.Event{
		{Type: session.RoundStarted, Round: 1},
		{Type: session.TurnStarted, Participant: "p1", Turn: 1},
		{Type: session.TurnEnded, Turn: 1},
		{Type: session.SessionClosed},
	} {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	newer := w.ID
	corrupt := filepath.Join(a.SessionsDir(), "2026-03-15-1200-damaged")
	if err := os.MkdirAll(corrupt, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corrupt, LogFile), []byte("not an event\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	list, errs := a.List()
	var ids []string
	for _, s := range list {
		ids = append(ids, s.ID)
	}
	if want := []string{newer, "2026-03-15-1200-damaged", older}; strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Fatalf("ids = %q, want %q", ids, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "2026-03-15-1200-damaged") {
		t.Errorf("errs = %v, want one naming the damaged session", errs)
	}
	if list[1].Err == nil {
		t.Error("damaged session listed without its error")
	}
	got := list[0]
	want := Summary{ID: newer, Title: "Dialogue à Goma : sécurité", Date: "2026-03-14",
		Participants: 3, Turns: 1, Open: false, StartedAt: start.Add(48 * time.Hour)}
	if got.ID != want.ID || got.Title != want.Title || got.Date != want.Date || got.Participants != want.Participants ||
		got.Turns != want.Turns || got.Open != want.Open || !got.StartedAt.Equal(want.StartedAt) {
		t.Errorf("summary = %+v, want %+v", got, want)
	}
	if !list[2].Open {
		t.Error("the older session was never closed, so it is open")
	}
	// The newest session is closed and the damaged one is skipped.
	if id, err := a.MostRecentOpen(); err != nil || id != older {
		t.Errorf("MostRecentOpen = %q, %v; want %q", id, err, older)
	}
}

func TestDataDirPrecedence(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/xdg/data")
	xdg.Reload()
	t.Cleanup(xdg.Reload)

	t.Setenv(DataDirEnv, "")
	if got, _ := DataDir(""); got != "/xdg/data/baraza" {
		t.Errorf("default = %q, want /xdg/data/baraza", got)
	}
	t.Setenv(DataDirEnv, "/from/env")
	if got, _ := DataDir(""); got != "/from/env" {
		t.Errorf("with %s = %q, want /from/env", DataDirEnv, got)
	}
	if got, _ := DataDir("/from/flag"); got != "/from/flag" {
		t.Errorf("with the flag = %q, want /from/flag", got)
	}
	wd, _ := os.Getwd()
	if got, _ := DataDir("rel"); got != filepath.Join(wd, "rel") {
		t.Errorf("relative flag = %q, want it made absolute", got)
	}
}
