package session

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// RepairReport says what RepairLog did, one plain sentence per change (a
// catalog message, "repair.*": said in the reader's language).
type RepairReport struct {
	Changed  bool
	Kept     int                    // events in the repaired log
	Orig     string                 // where the original was kept
	Rejected string                 // where the lines taken out were put ("" if none)
	Actions  []facilitation.Message // what was done, in order
}

// RepairLog rewrites a damaged log at path into one that reads and folds:
// events keep their file order and are renumbered 1, 2, 3... (duplicate
// sequence numbers from two writers become distinct); a line that is not an
// event, or that does not fit the events before it, goes to log.rejected
// beside the log with its line number and why; a missing or damaged first
// line is replaced by firstEvent (the session's plan.toml, in the archive).
// The original file is first copied, byte for byte, to path+".orig" (or
// ".orig.2", ...). It takes the writer's lock: no baraza may be recording.
// A log that needs nothing is left as it is.
func RepairLog(path string, firstEvent func(at time.Time) (Event, error)) (*RepairReport, error) {
	lk, err := lockLog(path, time.Now())
	if err != nil {
		return nil, err
	}
	defer lk.release()
	orig, err := ReadFile(path)
	if err != nil {
		return nil, facilitation.Msg("repair.cannot_read", err)
	}
	out, rejected, r, err := repairLines(path, orig, firstEvent)
	if err != nil || !r.Changed {
		return r, err
	}
	if r.Orig, err = keepOriginal(path, orig); err != nil {
		return nil, facilitation.Msg("repair.cannot_keep", err)
	}
	r.Actions = append([]facilitation.Message{facilitation.Msg("repair.kept_original", r.Orig)}, r.Actions...)
	if len(rejected) > 0 {
		r.Rejected = filepath.Join(filepath.Dir(path), "log.rejected")
		if err := appendRejected(r.Rejected, rejected); err != nil {
			return nil, facilitation.Msg("repair.cannot_write_rejected", r.Rejected, err)
		}
	}
	if err := replaceFile(path, out); err != nil {
		return nil, facilitation.Msg("repair.cannot_write", err, r.Orig)
	}
	return r, nil
}

// repairLines is RepairLog's pure part: the repaired log, the rejected
// lines (with their reasons) and the report.
func repairLines(path string, data []byte, firstEvent func(time.Time) (Event, error)) ([]byte, []byte, *RepairReport, error) {
	r := &RepairReport{}
	name := filepath.Base(path)
	if bom := []byte("\xef\xbb\xbf"); bytes.HasPrefix(data, bom) {
		data = data[len(bom):]
		r.Changed = true
		r.Actions = append(r.Actions, facilitation.Msg("repair.removed_bom"))
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	if n := len(lines); n > 0 && len(lines[n-1]) == 0 {
		lines = lines[:n-1]
	}
	var (
		st       State
		out      bytes.Buffer
		rejected bytes.Buffer
		seq      int64
	)
	// why is said in English in log.rejected (a record, like the log) and
	// in the reader's language in the report.
	reject := func(i int, line []byte, why facilitation.Message) {
		r.Changed = true
		fmt.Fprintf(&rejected, "# %s:%d: %s\n", name, i+1, why)
		rejected.Write(bytes.TrimSuffix(line, []byte("\n")))
		rejected.WriteString("\n")
		r.Actions = append(r.Actions, facilitation.Msg("repair.moved_line", i+1, why))
	}
	keep := func(e Event, line int) error {
		renumbered := e.Seq != seq+1
		e.Seq = seq + 1
		if err := st.Apply(e); err != nil {
			return err
		}
		b, err := EncodeLine(e)
		if err != nil {
			return err
		}
		if renumbered && line > 0 {
			r.Changed = true
			r.Actions = append(r.Actions, facilitation.Msg("repair.renumbered", line, e.Seq))
		}
		seq = e.Seq
		out.Write(b)
		return nil
	}
	for i, line := range lines {
		e, err := DecodeLine(line)
		if err == nil && !bytes.HasSuffix(line, []byte("\n")) {
			r.Changed = true
			r.Actions = append(r.Actions, facilitation.Msg("repair.added_newline", i+1))
		}
		if err != nil {
			reject(i, line, facilitation.Msg("repair.not_event", err))
			continue
		}
		if seq == 0 && e.Type != SessionStarted {
			if firstEvent == nil {
				return nil, nil, nil, facilitation.Msg("repair.no_first_event", path)
			}
			fe, err := firstEvent(e.At)
			if err != nil {
				return nil, nil, nil, facilitation.Msg("repair.cannot_restore_first", err)
			}
			fe.V, fe.Seq, fe.At = FormatVersion, 1, e.At.UTC()
			if err := keep(fe, 0); err != nil {
				return nil, nil, nil, facilitation.Msg("repair.cannot_restore_first", err)
			}
			r.Changed = true
			r.Actions = append(r.Actions, facilitation.Msg("repair.restored_first"))
		}
		if err := keep(e, i+1); err != nil {
			reject(i, line, facilitation.Msg("repair.does_not_fit", err))
		}
	}
	if seq == 0 {
		return nil, nil, nil, facilitation.Msg("repair.nothing_kept", path)
	}
	r.Kept = int(seq)
	return out.Bytes(), rejected.Bytes(), r, nil
}

// keepOriginal copies the log to the first free name of log.jsonl.orig,
// log.jsonl.orig.2, ... and syncs it.
func keepOriginal(path string, data []byte) (string, error) {
	for n := 1; ; n++ {
		name := path + ".orig"
		if n > 1 {
			name += "." + strconv.Itoa(n)
		}
		f, err := OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(data)
		if err == nil {
			err = f.Sync()
		}
		if err = errors.Join(err, f.Close()); err != nil {
			return "", err
		}
		return name, SyncDir(filepath.Dir(path))
	}
}

func appendRejected(path string, data []byte) error {
	f, err := OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// replaceFile writes data beside path and renames it over path, so that a
// crash leaves the old log or the new one.
func replaceFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".repair-*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o600)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if err = errors.Join(err, tmp.Close()); err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	return SyncDir(filepath.Dir(path))
}
