package sessions

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/demo"
)

// DemoFile marks a session made by "baraza demo": listings hide it unless
// asked, and "baraza demo" takes it up again rather than leaving one more
// open session behind each time.
const DemoFile = "demo"

// CreateDemo starts a session of the demo plan, marked as a demo before
// its log exists, so no listing ever sees it unmarked.
func (a *Archive) CreateDemo(plan *facilitation.Plan, planSource []byte, now time.Time) (*Writable, error) {
	return a.create(plan, planSource, now, nil, true)
}

// OpenDemo is the newest open demo session, "" when there is none.
func (a *Archive) OpenDemo() (string, error) {
	list, errs := a.List()
	if len(list) == 0 && len(errs) > 0 {
		return "", errs[0]
	}
	for _, s := range list {
		if s.Demo && s.Open && s.Err == nil {
			return s.ID, nil
		}
	}
	return "", nil
}

// isDemo tells whether a session directory holds a demo: marked, or made
// by an earlier baraza whose demo left no mark (its plan.toml is then the
// embedded demo plan, byte for byte).
func isDemo(dir string) bool {
	if _, err := os.Lstat(filepath.Join(dir, DemoFile)); err == nil {
		return true
	}
	f, err := os.Open(filepath.Join(dir, PlanFile))
	if err != nil {
		return false
	}
	defer f.Close()
	head, err := io.ReadAll(io.LimitReader(f, 64<<10))
	if err != nil {
		return false
	}
	for _, lang := range []string{"en", "fr"} {
		if _, src := demo.Plan(lang); bytes.Equal(head, src) {
			return true
		}
	}
	return false
}

// writeDemoMark marks dir as a demo session.
func writeDemoMark(dir string) error {
	return writeFileAtomic(dir, DemoFile, []byte("made by baraza demo\n"))
}

// DemoIs tells whether the demo session id was made from the demo plan
// in lang (its plan.toml is that plan, byte for byte).
func (a *Archive) DemoIs(id, lang string) bool {
	dir, err := a.Resolve(id)
	if err != nil {
		return false
	}
	f, err := os.Open(filepath.Join(dir, PlanFile))
	if err != nil {
		return false
	}
	defer f.Close()
	head, err := io.ReadAll(io.LimitReader(f, 64<<10))
	_, src := demo.Plan(lang)
	return err == nil && bytes.Equal(head, src)
}
