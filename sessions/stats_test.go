package sessions

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// The index carries what the home screen draws over a series: the shares
// of speaking time, the open actions, the series (inherited by a
// follow-up) and the site; a changed log brings new figures.
func TestListCarriesSeriesSiteAndStats(t *testing.T) {
	a := Open(t.TempDir())
	plan := testPlan(t)
	plan.Series, plan.Site = "Ikassa", "Ségou"
	plan.Participants[0].Gender = facilitation.Woman
	w, err := a.Create(plan, nil, start)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s int) time.Time { return start.Add(time.Duration(s) * time.Second) }
	record(t, w,
		session.Event{Type: session.RoundStarted, Round: 1, At: at(0)},
		session.Event{Type: session.TurnStarted, Turn: 1, Participant: "p1", At: at(0)},
		session.Event{Type: session.TurnEnded, Turn: 1, At: at(30)},
		session.Event{Type: session.TurnStarted, Turn: 2, Participant: "p2", At: at(30)},
		session.Event{Type: session.TurnEnded, Turn: 2, At: at(120)},
		session.Event{Type: session.ItemRaised, Text: "Water point", Level: "community", At: at(130)},
		session.Event{Type: session.ActionAgreed, Item: 1, Action: &session.ActionRecord{What: "Dig", When: "short"}, At: at(140)},
		session.Event{Type: session.ActionAgreed, Item: 1, Action: &session.ActionRecord{What: "Fence", When: "long", Status: "done"}, At: at(150)},
		session.Event{Type: session.SessionClosed, At: at(200)})
	w.Close()
	s := listOne(t, a, w.ID)
	if s.Series != "Ikassa" || s.Site != "Ségou" {
		t.Errorf("series, site = %q, %q", s.Series, s.Site)
	}
	if !s.Stats.Spoken || s.Stats.OpenActions != 1 {
		t.Errorf("stats = %+v, want spoken and 1 open action", s.Stats)
	}
	if got := s.Stats.Shares[ShareCommunity] + s.Stats.Shares[ShareCivilSociety] + s.Stats.Shares[ShareGovernment]; got < 0.999 || got > 1.001 {
		t.Errorf("level shares sum to %v", got)
	}
	if got := s.Stats.Shares[ShareWomen]; got < 0.249 || got > 0.251 {
		t.Errorf("women's share = %v, want 0.25 (30 s of 120)", got)
	}
	// From the index now; a follow-up without a series of its own joins it.
	if again := listOne(t, a, w.ID); again.Stats != s.Stats {
		t.Errorf("from the index: %+v, want %+v", again.Stats, s.Stats)
	}
	plan.Series, plan.Site = "", "Mopti"
	f, err := a.CreateFollowUp(plan, nil, start.AddDate(0, 1, 0), w.ID)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	got := listOne(t, a, f.ID)
	if got.Series != "Ikassa" || got.Site != "Mopti" || got.Stats.OpenActions != 1 || got.Stats.Spoken {
		t.Errorf("follow-up: %+v", got)
	}
}

// A sync tool's conflict copy that appears in a session directory is
// reported by the listing, even when the index was made before it came;
// it is never read as the log.
func TestListReportsSyncConflictCopies(t *testing.T) {
	a := Open(t.TempDir())
	id := create(t, a, start)
	if s := listOne(t, a, id); len(s.Conflicts) != 0 {
		t.Fatalf("conflicts before: %v", s.Conflicts)
	}
	name := "log.sync-conflict-20261125-090000-ABCDEFG.jsonl"
	if err := os.WriteFile(filepath.Join(a.SessionsDir(), id, name), []byte("not a log\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := listOne(t, a, id)
	if len(s.Conflicts) != 1 || s.Conflicts[0] != name || s.Err != nil || s.Title == "" {
		t.Fatalf("listed %+v", s)
	}
}
