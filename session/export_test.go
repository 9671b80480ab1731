package session_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

const schemaPath = "../docs/schema/export.schema.json"

// exportSchema compiles the JSON export's schema, with formats asserted.
func exportSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("export.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("export.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validate(t testing.TB, sch *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("the export does not follow %s:\n%v", schemaPath, err)
	}
}

func exportJSON(t testing.TB, st *session.State, o session.MinutesOptions) []byte {
	t.Helper()
	m, _ := minutes(t, st, o)
	if o.Anonymous { // the training handout's annotations go through the export too
		at := st.Turns[3].Start.Add(time.Minute)
		session.AddAnnotations(m, st, []session.Annotated{{Moment: at, Text: "Good reframing here"}}, session.MinutesOptions{Location: time.UTC})
	}
	out, err := session.ExportJSON(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestExportJSONGolden: the JSON export of every golden minutes, each one
// valid against the schema (go test ./session -run ExportJSONGolden -update).
func TestExportJSONGolden(t *testing.T) {
	sch := exportSchema(t)
	st := demoState(t)
	cases := map[string]func() []byte{
		"en":            func() []byte { return exportJSON(t, st, session.MinutesOptions{}) },
		"fr":            func() []byte { return exportJSON(t, st, session.MinutesOptions{Lang: "fr"}) },
		"anonymous":     func() []byte { return exportJSON(t, st, session.MinutesOptions{Anonymous: true}) },
		"chatham_house": func() []byte { return exportJSON(t, st, session.MinutesOptions{ChathamHouse: true}) },
		"follow_up":     func() []byte { return exportJSON(t, followUp(t, st), session.MinutesOptions{}) },
	}
	for name, export := range cases {
		t.Run(name, func(t *testing.T) {
			out := export()
			validate(t, sch, out)
			golden.RequireEqual(t, out)
		})
	}
}

// TestDraftJSONFollowsTheSchema: an open session (as_of, a running turn).
func TestDraftJSONFollowsTheSchema(t *testing.T) {
	events := demorec.Events()
	st, _ := session.Fold(events[:60])
	validate(t, exportSchema(t), exportJSON(t, st, session.MinutesOptions{Now: events[59].At.Add(time.Minute)}))
}

// TestSchemaRejectsTheOldShapes: the schema can fail, on exactly what the
// format 2 changed.
func TestSchemaRejectsTheOldShapes(t *testing.T) {
	sch := exportSchema(t)
	good := exportJSON(t, demoState(t), session.MinutesOptions{})
	for name, edit := range map[string]func(map[string]any){
		"no format":          func(m map[string]any) { delete(m, "format") },
		"display date":       func(m map[string]any) { m["date"] = "14 March 2026" },
		"time without zone":  func(m map[string]any) { m["start"] = "2026-03-14T09:30:00" },
		"translated level":   func(m map[string]any) { att(m)["level"] = "Communauté" },
		"share as text":      func(m map[string]any) { first(m, "speaking")["time_share"] = "39%" },
		"action item string": func(m map[string]any) { first(m, "actions")["item"] = "2" },
		"translated status":  func(m map[string]any) { first(m, "items")["status"] = "adopté" },
	} {
		var m map[string]any
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		bad, _ := json.Marshal(m)
		inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
		if sch.Validate(inst) == nil {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}

func first(m map[string]any, key string) map[string]any { return m[key].([]any)[0].(map[string]any) }
func att(m map[string]any) map[string]any               { return first(m, "attendance") }

// TestExportCSVDialects: the spreadsheet dialect has a BOM, CRLF, and the
// separator of the export language's spreadsheets.
func TestExportCSVDialects(t *testing.T) {
	st := demoState(t)
	for _, tc := range []struct {
		lang  string
		comma rune
	}{{"en", ','}, {"fr", ';'}} {
		m, _ := minutes(t, st, session.MinutesOptions{Lang: tc.lang})
		out, err := session.ExportCSVDialect(m, session.CSVExcel)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(out, []byte("\xEF\xBB\xBFsession"+string(tc.comma)+"round")) {
			t.Errorf("%s: starts %q", tc.lang, out[:20])
		}
		if n, crlf := bytes.Count(out, []byte("\n")), bytes.Count(out, []byte("\r\n")); n != crlf || n != len(st.Turns)+1 {
			t.Errorf("%s: %d line ends, %d of them CRLF, want %d", tc.lang, n, crlf, len(st.Turns)+1)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte("\uFEFF"))))
		r.Comma = tc.comma
		rows, err := r.ReadAll()
		if err != nil || len(rows[0]) != len(session.CSVHeader) || len(rows[1]) != len(session.CSVHeader) {
			t.Fatalf("%s: %v %v", tc.lang, err, rows[:2])
		}
		plain, _ := session.ExportCSV(m)
		if bytes.HasPrefix(plain, []byte("\uFEFF")) || bytes.Contains(plain, []byte("\r")) {
			t.Errorf("%s: the plain dialect has a BOM or CRs", tc.lang)
		}
	}
	if _, err := session.ParseCSVDialect("semicolon"); err == nil {
		t.Error("an unknown dialect is accepted")
	}
}

// frenchSession is the demo recording as a French plan's session.
func frenchSession(t testing.TB) *session.State {
	st := demoState(t)
	st.Plan.Language, st.ID = "fr", "2026-03-21-0930-kalemie"
	return st
}

// TestEnglishAndFrenchSessionsConcatenate: one English and one French
// session's CSV and JSON make one table with three levels, not six.
func TestEnglishAndFrenchSessionsConcatenate(t *testing.T) {
	en, _ := minutes(t, demoState(t), session.MinutesOptions{})
	fr, _ := minutes(t, frenchSession(t), session.MinutesOptions{})
	if fr.Lang != "fr" || en.Lang != "en" {
		t.Fatalf("languages %s and %s", en.Lang, fr.Lang)
	}
	var table [][]string
	for i, m := range []*session.Minutes{en, fr} {
		out, _ := session.ExportCSV(m)
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			rows = rows[1:] // cat-like: one header
		}
		table = append(table, rows...)
	}
	col := func(name string) map[string]int {
		i := index(session.CSVHeader, name)
		n := map[string]int{}
		for _, r := range table[1:] {
			n[r[i]]++
		}
		return n
	}
	if got := keys(col("level")); strings.Join(got, ",") != "civil_society,community,government" {
		t.Errorf("CSV levels %v, want three", got)
	}
	if got := col("level_label"); len(got) != 6 || got["Communauté"] == 0 {
		t.Errorf("CSV labels %v: want each level's label in each language", got)
	}
	if got := keys(col("request")); len(got) > 4 || got[len(got)-1] != "speak" {
		t.Errorf("CSV requests %v", got)
	}
	if got := keys(col("gender")); strings.Join(got, ",") != "man,woman" {
		t.Errorf("CSV genders %v", got)
	}
	levels, statuses, stances := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, m := range []*session.Minutes{en, fr} {
		out, _ := session.ExportJSON(m)
		var doc struct {
			Attendance []struct{ Level string }
			Rounds     []struct{ Turns []struct{ Level string } }
			Items      []struct {
				Status    string
				Positions []struct{ Level, Stance string }
			}
			Speaking []struct{ Group string }
		}
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatal(err)
		}
		for _, a := range doc.Attendance {
			levels[a.Level] = true
		}
		for _, r := range doc.Rounds {
			for _, tu := range r.Turns {
				levels[tu.Level] = true
			}
		}
		for _, it := range doc.Items {
			statuses[it.Status] = true
			for _, p := range it.Positions {
				levels[p.Level], stances[p.Stance] = true, true
			}
		}
		for _, s := range doc.Speaking[:3] {
			levels[s.Group] = true
		}
	}
	if len(levels) != 3 {
		t.Errorf("JSON levels %v, want three", levels)
	}
	for s := range statuses {
		if strings.ContainsAny(s, " éè") {
			t.Errorf("JSON status %q is a label, not a code", s)
		}
	}
	for s := range stances {
		if strings.ContainsAny(s, " éè") {
			t.Errorf("JSON stance %q is a label, not a code", s)
		}
	}
}

func index(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	panic(x)
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
