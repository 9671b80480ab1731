package sessions

import (
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/seal"
)

// Repair rewrites a session's damaged log into one that reads (see
// session.RepairLog), restoring a damaged first event from the plan.toml
// kept beside it. The original log is kept as log.jsonl.orig first.
func (a *Archive) Repair(idOrDir string) (*session.RepairReport, error) {
	dir, err := a.Resolve(idOrDir)
	if err != nil {
		return nil, err
	}
	if seal.IsSealed(dir) {
		return nil, facilitation.Msg("sessions.repair_sealed", filepath.Base(dir))
	}
	first := func(time.Time) (session.Event, error) {
		src, err := session.ReadFile(filepath.Join(dir, PlanFile))
		if err != nil {
			return session.Event{}, facilitation.Msg("sessions.plan_copy", err)
		}
		plan, err := facilitation.Parse(filepath.Join(dir, PlanFile), src)
		if err != nil {
			return session.Event{}, err
		}
		return session.NewSessionStarted(filepath.Base(dir), plan), nil
	}
	return session.RepairLog(filepath.Join(dir, LogFile), first)
}
