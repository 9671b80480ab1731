package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
)

// BenchmarkHomeOpen10000 is the home screen opening on an archive of
// 10,000 sessions in 20 series at 2 sites each, index up to date: the
// listing command, the grouping and the first screen drawn at 80×24.
// Then typing one letter of a filter.
func BenchmarkHomeOpen10000(b *testing.B) {
	a := homeArchive10000(b)
	hh := &homeHarness{owned: &closers{}}
	b.Run("open", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			hh.h = newHome(homeBenchCommon(), Options{Lang: "en"}, a, hh.owned)
			hh.h.Update(hh.h.Init()())
			if !strings.Contains(hh.h.View(), "Series 19") {
				b.Fatal("not drawn")
			}
		}
	})
	b.Run("filter_key", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			hh.h.Update(keyMsg("/"))
			hh.h.Update(keyMsg("7"))
			_ = hh.h.View()
			hh.h.Update(keyMsg("esc"))
		}
	})
}

func homeBenchCommon() *common {
	return &common{st: NewStyles(lipgloss.NewRenderer(io.Discard)), cat: i18n.New("en", nil),
		now: time.Now, after: func(time.Duration, tea.Msg) tea.Cmd { return nil }, width: 80, height: 24}
}

// homeArchive10000 records 40 sessions (20 series at 2 sites) and copies
// each one's log 250 times.
func homeArchive10000(b *testing.B) *sessions.Archive {
	dir := b.TempDir()
	src := sessions.Open(filepath.Join(dir, "one"))
	var logs [][]byte
	for i := range 40 {
		site := []string{"Mopti", "Ségou"}[i%2]
		plan, planSrc := seriesPlan(b, "Vestibule — "+site, fmt.Sprintf("Series %d", i/2), site, "2026-01-10")
		id := seriesSession(b, src, plan, planSrc, time.Date(2026, 1, 10, 9, 0, i, 0, time.Local), 20+i, i%3)
		log, err := os.ReadFile(filepath.Join(src.SessionsDir(), id, sessions.LogFile))
		if err != nil {
			b.Fatal(err)
		}
		logs = append(logs, log)
	}
	a := sessions.Open(filepath.Join(dir, "data"))
	if err := os.MkdirAll(a.SessionsDir(), 0o700); err != nil {
		b.Fatal(err)
	}
	for i := range 10000 {
		d := filepath.Join(a.SessionsDir(), fmt.Sprintf("2026-01-10-%04d-session-%05d", i%2400, i))
		_ = os.Mkdir(d, 0o700)
		if err := os.WriteFile(filepath.Join(d, sessions.LogFile), logs[i%40], 0o600); err != nil {
			b.Fatal(err)
		}
	}
	time.Sleep(2100 * time.Millisecond) // written a while before listing, as in life
	if list, errs := a.List(); len(list) != 10000 || len(errs) > 0 {
		b.Fatalf("%d listed, %v", len(list), errs[:min(3, len(errs))])
	}
	return a
}

// reportCPU adds the process's CPU time (user and system) per operation:
// on a machine shared by other builds, wall time measures the others too.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
