package session_test

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/demorec"
)

func demoState(t testing.TB) *session.State {
	st, err := session.Fold(demorec.Events())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func minutes(t testing.TB, st *session.State, o session.MinutesOptions) (*session.Minutes, []byte) {
	o.Location = time.UTC
	m := session.BuildMinutes(st, o)
	out, err := session.RenderMinutes(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m, out
}

// TestMinutesGolden: the demo recording's minutes in English, French and
// anonymised, and a follow-up session's (go test ./session -run Golden -update).
func TestMinutesGolden(t *testing.T) {
	st := demoState(t)
	for name, o := range map[string]session.MinutesOptions{
		"en": {}, "fr": {Lang: "fr"}, "anonymous": {Anonymous: true}, "chatham_house": {ChathamHouse: true},
	} {
		t.Run(name, func(t *testing.T) {
			_, out := minutes(t, st, o)
			checkMarkdown(t, out)
			golden.RequireEqual(t, out)
		})
	}
	t.Run("annotated", func(t *testing.T) { // a training handout: notes at the top and inside rounds
		o := session.MinutesOptions{Location: time.UTC}
		m := session.BuildMinutes(st, o)
		at := st.Turns[0].Start
		session.AddAnnotations(m, st, []session.Annotated{
			{Moment: at.Add(-time.Minute), Text: "Ground rules read aloud"},
			{Moment: at.Add(time.Minute), Text: "Good open question"},
			{Moment: at.Add(2 * time.Minute), Text: "Watch the time"},
		}, o)
		out, err := session.RenderMinutes(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkMarkdown(t, out)
		golden.RequireEqual(t, out)
	})
	t.Run("follow_up", func(t *testing.T) {
		_, out := minutes(t, followUp(t, st), session.MinutesOptions{})
		checkMarkdown(t, out)
		golden.RequireEqual(t, out)
	})
}

// followUp is a session that follows the demo recording, four weeks on:
// one carried action done, the carried item taken up again.
func followUp(t testing.TB, earlier *session.State) *session.State {
	start := demorec.Events()[0]
	start.Session, start.Follows = "2026-04-11-0930-nyakabanda", earlier.ID
	events := []session.Event{start}
	events = append(events, session.CarryOver(earlier)...)
	events = append(events,
		session.Event{Type: session.ActionUpdated, Action: &session.ActionRecord{ID: 3, Status: "done"}},
		session.Event{Type: session.ItemReopened, Item: 1},
		session.Event{Type: session.SessionClosed})
	at := time.Date(2026, 4, 11, 9, 30, 0, 0, time.UTC)
	for i := range events {
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), at.Add(time.Duration(i)*time.Minute)
	}
	st, err := session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// checkMarkdown parses the minutes with goldmark (GFM tables) and checks
// that every table row has as many cells as its header.
func checkMarkdown(t *testing.T, md []byte) {
	t.Helper()
	// What markdownlint checks most often goes wrong in a template (CI runs
	// markdownlint-cli2 on the goldens too): blank lines, the final newline.
	if i := bytes.Index(md, []byte("\n\n\n")); i >= 0 {
		t.Errorf("two blank lines in a row at byte %d (markdownlint MD012)", i)
	}
	if !bytes.HasSuffix(md, []byte("\n")) || bytes.HasSuffix(md, []byte("\n\n")) {
		t.Errorf("the minutes must end with exactly one newline (markdownlint MD047)")
	}
	p := goldmark.New(goldmark.WithExtensions(extension.GFM))
	doc := p.Parser().Parse(text.NewReader(md))
	tables := 0
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if tbl, ok := n.(*extast.Table); ok && entering {
			tables++
			want := len(tbl.Alignments)
			for row := tbl.FirstChild(); row != nil; row = row.NextSibling() {
				if got := row.ChildCount(); got != want {
					t.Errorf("a table row has %d cells, its header %d:\n%s", got, want, row.Text(md))
				}
			}
		}
		return ast.WalkContinue, nil
	})
	// Every table written (a delimiter row) must parse as a table.
	written := 0
	for _, l := range strings.Split(string(md), "\n") {
		if strings.HasPrefix(l, "|---") || strings.HasPrefix(l, "|:--") {
			written++
		}
	}
	if tables != written || tables < 4 {
		t.Errorf("%d tables parsed of %d written: the Markdown is broken", tables, written)
	}
	// Raw text check too: in each table block, every line has the same number of unescaped pipes.
	for _, block := range strings.Split(string(md), "\n\n") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[0], "|") {
			continue
		}
		want := pipes(lines[0])
		for _, l := range lines {
			if strings.HasPrefix(l, "|") && pipes(l) != want {
				t.Errorf("table line with %d cells, header %d: %s", pipes(l), want, l)
			}
		}
	}
}

func pipes(line string) int { return strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") }

// TestAnonymisedExportsNameNobody: with --anonymous or --chatham-house, no
// name, organisation or role of any participant (added ones included)
// appears in any format, even when typed into a note — which warns.
func TestAnonymisedExportsNameNobody(t *testing.T) {
	events := demorec.Events()
	closed := events[len(events)-1]
	events = events[:len(events)-1]
	extra := []session.Event{
		{Type: session.ParticipantAdded, Person: &session.PersonRecord{ID: "p16", Name: "Zawadi Neema", Level: "community", Organisation: "Kivu Traders Union", Role: "Treasurer"}},
		{Type: session.NoteTaken, Text: "Kavira Sifa and déogratias kasereka will meet the Kivu Traders Union; Zawadi Neema agrees"},
	}
	for _, e := range append(extra, closed) {
		e.V, e.Seq, e.At = session.FormatVersion, int64(len(events)+1), closed.At
		events = append(events, e)
	}
	st, err := session.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	var secrets []string
	for _, p := range st.People {
		for _, s := range []string{p.Name, p.Organisation, p.Role} {
			if s != "" {
				secrets = append(secrets, s)
			}
		}
	}
	for _, o := range []session.MinutesOptions{{Anonymous: true}, {ChathamHouse: true}, {Anonymous: true, Lang: "fr"}} {
		m, md := minutes(t, st, o)
		js, _ := session.ExportJSON(m)
		cs, _ := session.ExportCSV(m)
		for format, out := range map[string][]byte{"md": md, "json": js, "csv": cs} {
			low := strings.ToLower(foldAccents(string(out)))
			for _, s := range secrets {
				// As a whole word: "Farmers" in a note is not the role "Farmer".
				re := regexp.MustCompile(`(^|[^\pL\pN])` + regexp.QuoteMeta(strings.ToLower(foldAccents(s))) + `($|[^\pL\pN])`)
				if re.MatchString(low) {
					t.Errorf("%+v %s: %q appears", o, format, s)
				}
			}
		}
		if len(m.Warnings) == 0 || !strings.Contains(strings.Join(m.Warnings, "\n"), "note") {
			t.Errorf("%+v: no warning for the names typed in a note: %v", o, m.Warnings)
		}
		if o.ChathamHouse {
			for _, r := range m.Rounds {
				for _, tr := range r.Turns {
					if tr.Level != "" || tr.Speaker != m.Rounds[0].Turns[0].Speaker {
						t.Fatalf("Chatham House attributes a statement: %+v", tr)
					}
				}
			}
		}
	}
}

func foldAccents(s string) string {
	r := strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "ï", "i", "î", "i", "ô", "o", "ù", "u", "û", "u", "ç", "c", "É", "E", "Ï", "I")
	return r.Replace(s)
}

// TestOffTheRecordNeverInTheContent: the off-record turn is timed but its
// note appears in no format.
func TestOffTheRecordNeverInTheContent(t *testing.T) {
	st := demoState(t)
	var off *session.Turn
	for _, tn := range st.Turns {
		if tn.OffRecord {
			off = tn
			tn.Note = "SECRET recruitment details"
		}
	}
	if off == nil {
		t.Fatal("the demo recording has no off-record turn")
	}
	m, md := minutes(t, st, session.MinutesOptions{})
	js, _ := session.ExportJSON(m)
	cs, _ := session.ExportCSV(m)
	for _, out := range [][]byte{md, js, cs} {
		if bytes.Contains(out, []byte("SECRET")) {
			t.Fatal("an off-record note leaked")
		}
	}
	if !bytes.Contains(md, []byte("(off the record)")) {
		t.Error("the minutes do not mark the off-record turn")
	}
}

func TestCSVHasOneRowPerTurn(t *testing.T) {
	st := demoState(t)
	m, _ := minutes(t, st, session.MinutesOptions{})
	out, err := session.ExportCSV(m)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(st.Turns)+1 || rows[0][12] != "duration_seconds" || rows[1][3] != "Bienvenu Mukeba" || rows[1][12] != "190" {
		t.Errorf("csv: %d rows, first %v", len(rows), rows[:2])
	}
}

func TestDraftMinutesOfAnOpenSession(t *testing.T) {
	events := demorec.Events()
	st, _ := session.Fold(events[:60])
	_, out := minutes(t, st, session.MinutesOptions{Now: events[59].At.Add(time.Minute)})
	if !bytes.Contains(out, []byte("DRAFT")) {
		t.Error("open session minutes are not marked as a draft")
	}
}

// BenchmarkExport10kTurns: minutes and CSV of a session with 10,000 turns.
func BenchmarkExport10kTurns(b *testing.B) {
	events := demorec.Events()[:1]
	at := events[0].At
	events = append(events, session.Event{Type: session.RoundStarted, Round: 1})
	for i := 1; i <= 10000; i++ {
		id := session.ParticipantID(i % 15)
		note := "Speaks of water, land and the market road"
		if i%10 == 0 { // one note in ten names someone, as note-takers do
			note = "Agrees with Kavira Sifa; Déogratias wants the Amani FM programme on the market road"
		}
		events = append(events, session.Event{Type: session.TurnStarted, Turn: i, Participant: id},
			session.Event{Type: session.TurnEnded, Turn: i, Note: note})
	}
	for i := range events {
		events[i].V, events[i].Seq, events[i].At = session.FormatVersion, int64(i+1), at.Add(time.Duration(i)*20*time.Second)
	}
	st, _ := session.Fold(events)
	for _, format := range []string{"md", "csv", "md-anonymous"} {
		b.Run(format, func(b *testing.B) {
			cpu := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op") }()
			for i := 0; i < b.N; i++ {
				m := session.BuildMinutes(st, session.MinutesOptions{Anonymous: format == "md-anonymous", Location: time.UTC})
				var err error
				if format == "csv" {
					_, err = session.ExportCSV(m)
				} else {
					_, err = session.RenderMinutes(m, nil)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
