package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/baraza-app/baraza/session"
)

func TestPreviewRendersOffTheUpdateLoopAndSaves(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.m.dir = t.TempDir()
	h.keys("]", "g").typeText("amani").keys("enter").advance(time.Minute).keys("e").typeText("Water point broken since May").keys("enter")
	cmd := h.m.Update(keyMsg("v")) // not run yet: Update must not have rendered
	h.mustSee("Rendering the minutes")
	h.run(cmd)
	h.mustSee("Ikassa", "Attendance")
	h.mustNotSee("Rendering the minutes")
	if got := ansi.Strip(h.m.pv.content); !strings.Contains(got, "Water point broken since") {
		t.Errorf("the rendered minutes lack the turn's note:\n%s", got)
	}
	h.keys("s")
	data, err := os.ReadFile(filepath.Join(h.m.dir, MinutesFile))
	if err != nil || !strings.Contains(string(data), "| 1 | Amani Kahindo (Community) | 1:00 | Water point broken since May |") {
		t.Fatalf("minutes.md: %v\n%s", err, data)
	}
	if fi, _ := os.Stat(filepath.Join(h.m.dir, MinutesFile)); fi.Mode().Perm() != 0o600 {
		t.Errorf("minutes.md mode %o", fi.Mode().Perm())
	}
	h.mustSee("Minutes saved:")
	// The session moves on: the preview follows (a new render for the new seq).
	h.keys("esc", "t").typeText("Power cut").keys("enter", "v")
	if !strings.Contains(ansi.Strip(h.m.pv.content), "Power cut") {
		t.Error("the preview did not follow the session")
	}
	h.keys("esc")
	h.mustSee("Nobody has the floor.") // back on the floor
}

func TestPreviewIsCachedBySeqAndWidth(t *testing.T) {
	h := newHarness(t, harnessPlan())
	h.keys("v")
	if cmd := h.m.pv.refresh(h.m.State(), h.m.pv.vp.Width, 10); cmd != nil {
		t.Error("a render was started for minutes already rendered")
	}
	if cmd := h.m.pv.refresh(h.m.State(), h.m.pv.vp.Width+10, 10); cmd == nil {
		t.Error("a new width did not re-render")
	}
}

// BenchmarkPreviewRender10kTurns is the preview's render command for a
// session of 10,000 turns: what runs off the update loop.
func BenchmarkPreviewRender10kTurns(b *testing.B) {
	events := bigSession(15, 10000)
	m := benchLiveEvents(b, events)
	m.c.theme = Theme{Dark: true}
	p := newPreview(m.c, "")
	st := m.State()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.shown, p.busy = previewKey{}, false
		msg := p.refresh(st, 100, 30)().(previewRenderedMsg)
		if msg.err != nil {
			b.Fatal(msg.err)
		}
	}
}

var _ = session.FormatVersion
