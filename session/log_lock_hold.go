package session

import "time"

// HoldLog takes the single writer's lock of the log at logPath without
// opening the log, for work on a whole session directory that no writer may
// interleave with (sealing it, replacing it on import). It returns a
// *LockedError naming the holder when a baraza is writing the session.
func HoldLog(logPath string) (release func() error, err error) {
	l, err := lockLog(logPath, time.Now())
	if err != nil {
		return nil, err
	}
	return l.release, nil
}
