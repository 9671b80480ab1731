package htmlminutes_test

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
	"github.com/baraza-app/baraza/session/htmlminutes"
)

func demoMinutes(t testing.TB, o session.MinutesOptions) *session.Minutes {
	st, err := session.Fold(demorec.Events())
	if err != nil {
		t.Fatal(err)
	}
	o.Location = time.UTC
	return session.BuildMinutes(st, o)
}

func render(t testing.TB, m *session.Minutes) string {
	t.Helper()
	out, err := htmlminutes.Render(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestGolden: the demo recording's printable minutes in English, French,
// anonymised and under the Chatham House Rule
// (go test ./session/htmlminutes -run Golden -update).
func TestGolden(t *testing.T) {
	for name, o := range map[string]session.MinutesOptions{
		"en": {}, "fr": {Lang: "fr"}, "anonymous": {Anonymous: true}, "chatham_house": {ChathamHouse: true, Lang: "fr"},
	} {
		t.Run(name, func(t *testing.T) {
			out := render(t, demoMinutes(t, o))
			checkSelfContained(t, out)
			golden.RequireEqual(t, []byte(out))
		})
	}
}

// checkSelfContained: nothing in the page reaches outside it.
func checkSelfContained(t *testing.T, page string) {
	t.Helper()
	lower := strings.ToLower(page)
	for _, bad := range []string{"<script", "<link", "<img", "<iframe", "<object", "@import", "src=", "href=", "@font-face", "javascript:"} {
		if strings.Contains(lower, bad) {
			t.Errorf("the page contains %q: it must be self-contained, with no script", bad)
		}
	}
	// The only URLs allowed are the SVG namespace and in-page references.
	for _, u := range regexp.MustCompile(`(?i)(https?:)?//[^\s"'<>)]+`).FindAllString(page, -1) {
		if u != "http://www.w3.org/2000/svg" {
			t.Errorf("the page refers to %q", u)
		}
	}
	for _, u := range regexp.MustCompile(`url\(([^)]*)\)`).FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(u[1], "#") {
			t.Errorf("the page refers to url(%s)", u[1])
		}
	}
}

// TestSameContentAsTheMinutes: every text of the Minutes value that the
// Markdown minutes print is in the page too (and so nothing the page shows
// can come from elsewhere than the same, already anonymised, value).
func TestSameContentAsTheMinutes(t *testing.T) {
	for _, o := range []session.MinutesOptions{{}, {Lang: "fr", Anonymous: true}, {ChathamHouse: true}} {
		m := demoMinutes(t, o)
		page := html.UnescapeString(render(t, m))
		raw, _ := json.Marshal(m)
		var v any
		_ = json.Unmarshal(raw, &v)
		n := 0
		eachString(v, "", func(key, s string) {
			switch key { // not printed in the Markdown minutes either
			case "at", "start", "gender", "lang", "level": // a turn's start: not printed
				return
			// The data export's codes and machine times beside the labels
			// and clocks the minutes print (docs/export-formats.md).
			case "format", "date", "end", "as_of", "time", "scale", "status", "stance", "group", "request",
				"horizon", "request_label", "gender_label":
				return
			}
			n++
			if !strings.Contains(page, s) {
				t.Errorf("%+v: %s %q is not in the page", o, key, s)
			}
		})
		if n < 100 {
			t.Errorf("only %d texts checked", n)
		}
	}
}

func eachString(v any, key string, f func(key, s string)) {
	switch x := v.(type) {
	case string:
		if x != "" {
			f(key, x)
		}
	case []any:
		for _, e := range x {
			eachString(e, key, f)
		}
	case map[string]any:
		for k, e := range x {
			eachString(e, k, f)
		}
	}
}

// TestEverythingIsEscaped: names, notes and titles are text, never markup.
func TestEverythingIsEscaped(t *testing.T) {
	evil := `<script>alert("x")</script> & <b onmouseover=x>'"`
	m := demoMinutes(t, session.MinutesOptions{})
	m.Title, m.Location, m.Facilitator, m.Session = evil, evil, evil, evil
	m.Attendance[0].Names = []string{evil, "Tom & Jerry"}
	m.Attendance[0].Noted = m.Attendance[0].Names // what the list shows: names with arrivals and departures
	m.Attendance[1].Level = evil
	m.Rounds[0].Title, m.Rounds[0].Question = evil, evil
	m.Rounds[0].Turns[0].Speaker, m.Rounds[0].Turns[0].Note, m.Rounds[0].Turns[0].Kind = evil, evil, evil
	m.Rounds[0].Annotations = []session.AnnotationRow{{Time: "09:31", Text: evil}}
	m.Items[0].Text, m.Items[0].Positions[0].Reason = evil, evil
	m.Actions[0].What, m.Actions[0].Who, m.Actions[0].With, m.Actions[0].When = evil, evil, evil, evil
	m.Notes = append(m.Notes, session.NoteRow{Time: "10:00", Text: evil})
	m.Speaking[0].Group = evil
	out := render(t, m)
	checkSelfContained(t, out)
	if strings.Contains(out, "<b ") || strings.Contains(out, "<script>") {
		t.Fatal("markup from the session reached the page unescaped")
	}
	if got := strings.Count(out, "&lt;script&gt;"); got < 15 {
		t.Errorf("the evil text appears escaped %d times, want every field (15+)", got)
	}
	if !strings.Contains(out, "Tom &amp; Jerry") {
		t.Error("an ampersand in a name is not escaped")
	}
}

// TestChartsAreToScaleAndReadable: bars as long as their shares, every
// figure written as text, a title and a description in the language.
func TestChartsAreToScaleAndReadable(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		m := demoMinutes(t, session.MinutesOptions{Lang: lang})
		out := render(t, m)
		if got := strings.Count(out, "<svg "); got != 2 {
			t.Fatalf("%s: %d charts, want 2 (levels; women and youth)", lang, got)
		}
		if got := strings.Count(out, `role="img"`); got != 2 {
			t.Errorf("%s: %d charts with role=img", lang, got)
		}
		for _, r := range m.Speaking {
			if r.Total {
				continue
			}
			row := htmlminutes.Catalog(lang).T("print.chart_row", r.Group, r.TimeShare, r.PeopleShare)
			if !strings.Contains(html.UnescapeString(out), row) {
				t.Errorf("%s: the chart's description lacks %q", lang, row)
			}
			w := int(r.TimeRatio*210 + 0.5)
			if !regexp.MustCompile(`width="` + itoa(w) + `" height="13" class="bar-time"/><text [^>]*>` + regexp.QuoteMeta(html.EscapeString(r.TimeShare)) + `<`).MatchString(out) {
				t.Errorf("%s: no time bar %d units long labelled %q for %s", lang, w, r.TimeShare, r.Group)
			}
		}
	}
	fr := render(t, demoMinutes(t, session.MinutesOptions{Lang: "fr"}))
	if !strings.Contains(fr, "<title id=\"chart-1-levels-title\">Temps de parole par niveau</title>") || !strings.Contains(fr, `<html lang="fr">`) {
		t.Error("the French page's chart title or language is not French")
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestEmptyAndDraftSessions: a session just opened (no turn, no item, no
// speaking time yet) still renders a whole page, marked as a draft, and
// trainers' annotations print where the Markdown puts them.
func TestEmptyAndDraftSessions(t *testing.T) {
	st, err := session.Fold(demorec.Events()[:1])
	if err != nil {
		t.Fatal(err)
	}
	m := session.BuildMinutes(st, session.MinutesOptions{Location: time.UTC, Now: st.StartedAt.Add(time.Minute)})
	session.AddAnnotations(m, st, []session.Annotated{{Moment: st.StartedAt, Text: "Ground rules & <consent>"}}, session.MinutesOptions{Location: time.UTC})
	out := render(t, m)
	checkSelfContained(t, out)
	for _, want := range []string{`<p class="draft">DRAFT`, "No consensus item was raised.", "No action was agreed.",
		"Ground rules &amp; &lt;consent&gt;", `width="0" height="13" class="bar-time"`, "</html>"} {
		if !strings.Contains(out, want) {
			t.Errorf("the page of a new session lacks %q", want)
		}
	}
	if strings.Contains(out, "NaN") || strings.Contains(out, "Inf") {
		t.Error("a chart of no speaking time has NaN or Inf in it")
	}
}
