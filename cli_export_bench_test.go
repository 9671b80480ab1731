package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/session/logtest"
)

// namedArchive is benchArchive's session (10,000 turns, 200 people, the
// log on disk as baraza writes it) with the names real plans have (first
// names shared, hyphens, apostrophes, accents) and one note in ten naming
// someone, an organisation or a radio: the detector finds, resolves and
// replaces, not only scans.
func namedArchive(b *testing.B, turns int) (string, string) {
	b.Helper()
	firsts := []string{"Aïssata", "Déogratias", "Fatou", "Jean-Baptiste", "Grâce", "Amani", "Espoir", "Oumou", "Kavira", "Furaha"}
	families := []string{"Traoré-Koné", "N'Diaye", "Bisimwa", "Mukendi", "Bahati", "Sangaré", "Habimana", "Sifa", "Ilunga", "Kasereka",
		"Mapendo", "Coulibaly", "Lusenge", "Muhindo", "Kahindo", "Baraka", "Mutombo", "Kambale", "Nzigire", "Zawadi"}
	plan := logtest.Plan(200)
	for i := range plan.Participants {
		plan.Participants[i].Name = fmt.Sprintf("%s %s", firsts[i%len(firsts)], families[i/len(firsts)%len(families)])
		plan.Participants[i].Role = []string{"", "chef de quartier", "présidente", ""}[i%4]
	}
	events := logtest.Events(200, turns)
	events[0] = session.NewSessionStarted("2026-03-14-0900-kalehe", plan)
	events[0].V, events[0].Seq, events[0].At = session.FormatVersion, 1, logtest.Start
	n := 0
	for i := range events {
		if events[i].Type == session.TurnEnded {
			if n++; n%10 == 0 {
				p := plan.Participants[n%200]
				events[i].Note = fmt.Sprintf("Soutient %s ; %s veut l'émission d'Amani FM, la %s paiera la route", p.Name,
					strings.Fields(p.Name)[0], p.Organisation)
			}
		}
	}
	data := b.TempDir()
	dir := filepath.Join(data, "sessions", "2026-03-14-0900-kalehe")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		b.Fatal(err)
	}
	if _, err := logtest.Write(dir, events); err != nil {
		b.Fatal(err)
	}
	return data, "2026-03-14-0900-kalehe"
}

// BenchmarkExportFormats10kTurns is `baraza export` in every format, plain
// and anonymised, as the user runs it: the whole command from the log on
// disk to the file written (go test . -run '^$' -bench ExportFormats10k).
// cpu-ms/op is the CPU time of an export, every thread: on a loaded machine
// it is the steadier figure.
func BenchmarkExportFormats10kTurns(b *testing.B) {
	data, id := namedArchive(b, 10_000)
	out := filepath.Join(b.TempDir(), "out")
	for _, format := range []string{"md", "json", "csv", "html", "xlsx"} {
		for _, anon := range []bool{false, true} {
			name := format
			args := []string{"--data-dir", data, "export", id, "--format", format, "-o", out}
			if anon {
				name += "-anonymous"
				args = append(args, "--anonymous")
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				cpu := cpuTime()
				for i := 0; i < b.N; i++ {
					os.Remove(out)
					if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
						b.Fatalf("exit %d", code)
					}
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
			})
		}
	}
}
