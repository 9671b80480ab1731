//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package session

import "github.com/gofrs/flock"

// acquireLogLock locks log.jsonl.lock (lockLog has refused a link there).
// Windows cannot lock a directory; deleting the lock file while it is open
// fails there, so the lock cannot be removed under the writer either.
func acquireLogLock(logPath string) (unlock func() error, ok bool, err error) {
	fl := flock.New(logPath+".lock", flock.SetPermissions(0o600))
	ok, err = fl.TryLock()
	if err != nil || !ok {
		return nil, false, err
	}
	return fl.Unlock, true, nil
}
