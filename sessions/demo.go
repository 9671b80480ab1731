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

// DemoFile marks a session made by "baraza demo" or the home screen's
// demo key: listings hide it unless asked, and starting the demo again
// takes it up rather than leaving one more open session behind each time.
const DemoFile = "demo"

// CreateDemo starts a session of the demo plan, marked as a demo before
// its log exists, so no listing ever sees it unmarked.
func (a *Archive) CreateDemo(plan *facilitation.Plan, planSource []byte, now time.Time) (*Writable, error) {
	return a.create(plan, planSource, now, nil, true)
}

// TakeUpDemo opens the demo session in lang for the facilitator: the open
// demo session of that language if there is one (where they left it), else
// a new one. So starting the demo again and again leaves at most one open
// demo session per language, and never removes anything: a demo left open
// in the other language stays, to be taken up in that language. fresh
// (baraza demo --new) removes the open demo of that language first and
// starts afresh. A demo another baraza is recording is not taken over: its
// lock error says which process holds it.
func (a *Archive) TakeUpDemo(lang string, fresh bool, now time.Time) (*Writable, error) {
	id, err := a.openDemoIn(lang)
	if err != nil {
		return nil, err
	}
	if id != "" && !fresh {
		return a.OpenForWriting(id)
	}
	if id != "" {
		if _, err := a.Remove(id, true); err != nil {
			return nil, err
		}
	}
	name, src := demo.Plan(lang)
	plan, err := facilitation.Parse(name, src)
	if err != nil {
		return nil, err // the embedded plans are tested; this is a bug
	}
	return a.CreateDemo(plan, src, now)
}

// openDemoIn is the newest open demo session of the demo plan in lang, ""
// when there is none.
func (a *Archive) openDemoIn(lang string) (string, error) {
	list, errs := a.List()
	if len(list) == 0 && len(errs) > 0 {
		return "", errs[0]
	}
	for _, s := range list {
		if s.Demo && s.Open && s.Err == nil && !s.Sealed && a.demoIs(s.ID, lang) {
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

// demoIs tells whether the demo session id was made from the demo plan
// in lang (its plan.toml is that plan, byte for byte).
func (a *Archive) demoIs(id, lang string) bool {
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
