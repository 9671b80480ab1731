package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/sessions/seal"
	"github.com/baraza-app/baraza/ui"
)

// runApp runs a full-screen app in which sessions may be closed. With
// [seal] auto = true in the settings file, every session closed while it
// ran is sealed to the programme's keys once it has ended: sealing needs
// the session's log, which the app holds until then, and the screens do no
// file I/O of their own. Sessions that were already closed before (perhaps
// unsealed on purpose) are left as they are.
func (c *cli) runApp(a *sessions.Archive, app *ui.App) error {
	s := c.settings()
	if !s.AutoSeal || len(s.Recipients) == 0 {
		return c.runUI(app)
	}
	before := closedPlain(a)
	if err := c.runUI(app); err != nil {
		return err
	}
	return c.autoSeal(a, before)
}

// closedPlain lists the closed sessions that are not sealed.
func closedPlain(a *sessions.Archive) map[string]bool {
	ids := map[string]bool{}
	list, _ := a.List()
	for _, s := range list {
		if s.Err == nil && !s.Open && !s.Sealed {
			ids[s.ID] = true
		}
	}
	return ids
}

func (c *cli) autoSeal(a *sessions.Archive, before map[string]bool) error {
	cat := i18n.New(c.lang(), nil)
	keys := seal.Keys{Recipients: c.settings().Recipients}
	var failed []error
	for id := range closedPlain(a) {
		if before[id] {
			continue
		}
		start := time.Now()
		full, name, err := a.Seal(id, sessions.SealOptions{Keys: keys, Now: time.Now()})
		c.debugStep("auto-seal", start, "ok", err == nil)
		if err != nil {
			fmt.Fprintf(c.stderr, "baraza: %s\n", cat.T("autoseal.failed", id, facilitation.ErrorIn(err, c.lang()), id))
			failed = append(failed, err)
			continue
		}
		fmt.Fprintln(c.stdout, cat.T("autoseal.done", full, name))
	}
	if len(failed) > 0 {
		return quietError{errors.Join(failed...)}
	}
	return nil
}
