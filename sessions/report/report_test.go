package report

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions"
)

var reportNow = time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)

// planFor is a plan of the series at a site; series may be left out when
// the session follows up one that names it.
func planFor(t testing.TB, site, series string) (*facilitation.Plan, []byte) {
	t.Helper()
	src := fmt.Sprintf(`title = "Vestibule de la Paix — %s"
site = %q
%s
language = "fr"

[[participants]]
name = "Aïssata Traoré-Koné"
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

[[participants]]
name = "Bakary Keïta"
level = "community"
gender = "man"
`, site, site, series)
	p, err := facilitation.Parse("plan.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p, []byte(src)
}

// meeting records one session: the women's turns grow longer over the
// series, an item is agreed, one is deferred (and carried to the next
// session of the chain), and an action is agreed or reviewed.
func meeting(t testing.TB, a *sessions.Archive, site string, n int, follows string, at time.Time) string {
	t.Helper()
	series := `series = "Vestibule de la Paix"`
	if follows != "" && n%2 == 1 {
		series = "" // a follow-up belongs to its chain's series without naming it
	}
	plan, src := planFor(t, site, series)
	var w *sessions.Writable
	var err error
	if follows != "" {
		w, err = a.CreateFollowUp(plan, src, at, follows)
	} else {
		w, err = a.Create(plan, src, at)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	clock := at
	next := func(d time.Duration) time.Time { clock = clock.Add(d); return clock }
	carried := 0 // carried items come first: the new ones are numbered after them
	for _, e := range w.Events {
		if e.Type == session.ItemCarried {
			carried++
		}
	}
	ev := []session.Event{
		{Type: session.AttendanceMarked, Participant: "p4", Status: session.Absent, At: next(time.Minute)},
		{Type: session.RoundStarted, Round: 1, At: next(time.Minute)},
	}
	turn := 0
	for _, p := range []struct {
		id  string
		sec int
	}{{"p1", 60 + 30*n}, {"p2", 120}, {"p3", 90 + 10*n}} {
		turn++
		ev = append(ev,
			session.Event{Type: session.TurnStarted, Turn: turn, Participant: p.id, Request: "speak", At: next(time.Second)},
			session.Event{Type: session.TurnEnded, Turn: turn, Note: "Aïssata Traoré-Koné asked about the wells", At: next(time.Duration(p.sec) * time.Second)})
	}
	agreed, deferred := carried+1, carried+2
	ev = append(ev,
		session.Event{Type: session.ItemRaised, Item: agreed, Text: fmt.Sprintf("Well %d repaired before the rains (Moussa N'Diaye)", n), Participant: "p2", At: next(time.Minute)},
		session.Event{Type: session.ItemRaised, Item: deferred, Text: fmt.Sprintf("Market day rota %d", n), Level: "government", At: next(time.Minute)})
	for _, l := range []string{"community", "civil_society", "government"} {
		ev = append(ev, session.Event{Type: session.PositionRecorded, Item: agreed, Level: l, Stance: "support", At: next(time.Second)})
	}
	ev = append(ev,
		session.Event{Type: session.ItemDeferred, Item: deferred, At: next(time.Second)},
		session.Event{Type: session.ActionAgreed, Item: agreed, Action: &session.ActionRecord{ID: len(actionsOf(w.Events)) + 1,
			What: fmt.Sprintf("Repair well %d", n), Who: "Fatoumata Coulibaly", When: []string{"short", "medium", "long", "2026-12-31"}[n%4], Status: "planned"}, At: next(time.Second)})
	for _, c := range actionsOf(w.Events) {
		rec := *c.Action
		rec.Status = "done"
		ev = append(ev, session.Event{Type: session.ActionUpdated, Action: &rec, At: next(time.Second)})
	}
	ev = append(ev, session.Event{Type: session.SessionClosed, At: next(time.Minute)})
	for _, e := range ev {
		if _, err := w.Log.Append(e); err != nil {
			t.Fatalf("%s: %v", e.Type, err)
		}
	}
	return w.ID
}

// actionsOf lists the carried actions at the start of a log (numbered 1...).
func actionsOf(events []session.Event) []session.Event {
	var out []session.Event
	for _, e := range events {
		if e.Type == session.ActionCarried {
			e.Action.ID = len(out) + 1
			out = append(out, e)
		}
	}
	return out
}

// series makes six sessions at two sites, each site a follow-up chain of
// three, a month apart.
func series(t testing.TB) *sessions.Archive {
	t.Helper()
	a := sessions.Open(t.TempDir())
	for _, site := range []string{"Mopti", "Ségou"} {
		prev := ""
		for n := range 3 {
			at := time.Date(2026, time.Month(3+n), 14, 9, 30, 0, 0, time.UTC)
			if site == "Ségou" {
				at = at.Add(48 * time.Hour)
			}
			prev = meeting(t, a, site, n, prev, at)
		}
	}
	return a
}

func build(t *testing.T, a *sessions.Archive, f Filter, lang string) *Report {
	t.Helper()
	in, notes, err := Gather(a, f, lang)
	if err != nil || len(notes) > 0 {
		t.Fatalf("gather: %v %v", err, notes)
	}
	return Build(in, f, reportNow)
}

func TestReportGolden(t *testing.T) {
	a := series(t)
	for _, tc := range []struct {
		name, lang string
		f          Filter
	}{
		{"all_en", "en", Filter{}},
		{"segou_fr", "fr", Filter{Site: "segou"}},
		{"anonymous_en", "en", Filter{Series: "vestibule de la paix", Anonymous: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := build(t, a, tc.f, tc.lang)
			t.Run("md", func(t *testing.T) { golden.RequireEqual(t, Markdown(r, tc.lang)) })
			t.Run("html", func(t *testing.T) { golden.RequireEqual(t, HTML(r, tc.lang)) })
			t.Run("json", func(t *testing.T) {
				b, err := json.MarshalIndent(r, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, append(b, '\n'))
			})
		})
	}
}

func TestReportFollowsItemsAndActionsAcrossTheChain(t *testing.T) {
	r := build(t, series(t), Filter{Site: "Mopti"}, "en")
	if len(r.Sessions) != 3 {
		t.Fatalf("%d sessions at Mopti, want 3", len(r.Sessions))
	}
	// The first session's deferred item is carried into the second and third.
	first := r.Items[1]
	if !strings.HasPrefix(first.Text, "Market day rota 0") || len(first.Sessions) != 3 || !first.Carried || first.Status != "deferred" {
		t.Errorf("carried item = %+v", first)
	}
	if first.DaysOpen != int(reportNow.Sub(time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)).Hours()/24) {
		t.Errorf("days open = %d", first.DaysOpen)
	}
	// The first action, reviewed as done in the next session.
	if a := r.Actions[0]; a.Status != "done" || len(a.Sessions) != 2 || a.DaysOpen != 31 {
		t.Errorf("action = %+v", a)
	}
	// The women's share of speaking time grows over the series.
	w0, w2 := r.Sessions[0].Shares[0], r.Sessions[2].Shares[0]
	if w0.Group != "women" || w2.TimeShare <= w0.TimeShare || w0.PeopleShare != 0.667 {
		t.Errorf("women's shares %+v then %+v", w0, w2)
	}
}

func TestSeriesFiltersFollowTheChain(t *testing.T) {
	a := series(t)
	if r := build(t, a, Filter{Series: "Vestibule de la Paix"}, "en"); len(r.Sessions) != 6 {
		t.Errorf("the series holds %d sessions, want 6 (follow-ups without a series key included)", len(r.Sessions))
	}
	if r := build(t, a, Filter{Series: "Another"}, "en"); len(r.Sessions) != 0 {
		t.Errorf("another series holds %d sessions", len(r.Sessions))
	}
	if r := build(t, a, Filter{Since: "2026-04-01", Until: "2026-04-30"}, "en"); len(r.Sessions) != 2 {
		t.Errorf("April holds %d sessions, want 2", len(r.Sessions))
	}
}

func TestAnonymousReportNamesNobody(t *testing.T) {
	r := build(t, series(t), Filter{Anonymous: true}, "fr")
	for _, out := range [][]byte{Markdown(r, "fr"), HTML(r, "fr")} {
		for _, part := range []string{"Aïssata", "Traoré", "Koné", "Moussa", "Diaye", "Fatoumata", "Coulibaly", "Keïta"} {
			if strings.Contains(string(out), part) {
				t.Errorf("an anonymous report names %q", part)
			}
		}
	}
}

func TestHTMLEscapesTexts(t *testing.T) {
	r := &Report{Generated: "2026-09-01T00:00:00Z", Sessions: []SessionRow{{Date: "2026-03-14", Title: "<script>alert(1)</script> & co",
		Shares: []ShareRow{{Group: "women"}}}}, Items: []ItemTrack{{Text: "<img src=x onerror=alert(1)>", Status: "open"}}}
	out := string(HTML(r, "en"))
	if strings.Contains(out, "<script>alert") || strings.Contains(out, "<img src=x") {
		t.Errorf("text reached the page as markup:\n%s", out)
	}
}

// BenchmarkReport1000 gathers and builds the report of 1,000 sessions.
func BenchmarkReport1000(b *testing.B) {
	a := sessions.Open(b.TempDir())
	for i := range 1000 {
		meeting(b, a, []string{"Mopti", "Ségou"}[i%2], i%3, "", time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour))
	}
	for b.Loop() {
		in, _, err := Gather(a, Filter{Series: "Vestibule de la Paix"}, "en")
		if err != nil {
			b.Fatal(err)
		}
		_ = Markdown(Build(in, Filter{}, reportNow), "en")
	}
}
