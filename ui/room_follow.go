package ui

import (
	"os"
	"path/filepath"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/fsnotify/fsnotify"

	"github.com/baraza-app/baraza/session"
)

// pollEvery is how often the room view looks at the log when it cannot be
// told of changes (no inotify, a network drive): well within the 200 ms
// in which the room must show a save.
const pollEvery = 100 * time.Millisecond

// LogFollower tells the local room view (baraza room) when the session's
// log changed and reads it again. It never locks the log: the process
// recording the session keeps it. It watches the directory with fsnotify
// when it can and also polls the file's size and time, so a missed or
// unsupported notification costs at most pollEvery.
type LogFollower struct {
	path    string
	read    func() (*session.State, error)
	watcher *fsnotify.Watcher // nil: polling only
	last    os.FileInfo       // at the last read; nil if the file was missing
	seen    bool              // read at least once
}

// NewLogFollower follows the log at path, folding it with read.
func NewLogFollower(path string, read func() (*session.State, error)) *LogFollower {
	f := &LogFollower{path: path, read: read}
	if w, err := fsnotify.NewWatcher(); err == nil {
		if w.Add(filepath.Dir(path)) == nil {
			f.watcher = w
		} else {
			_ = w.Close()
		}
	}
	return f
}

// Close stops watching.
func (f *LogFollower) Close() error {
	if f.watcher != nil {
		return f.watcher.Close()
	}
	return nil
}

// changed says whether the file differs from the last read (size or time).
func (f *LogFollower) changed() bool {
	fi, err := os.Stat(f.path)
	if err != nil {
		return f.last != nil
	}
	return f.last == nil || fi.Size() != f.last.Size() || !fi.ModTime().Equal(f.last.ModTime())
}

// next waits for a change, then reads and folds the log. The first call
// reads at once.
func (f *LogFollower) next() tea.Msg {
	for f.seen && !f.changed() {
		f.wait()
	}
	f.seen = true
	f.last, _ = os.Stat(f.path)
	st, err := f.read()
	return roomStateMsg{state: st, err: err}
}

// wait returns on a notification about the directory or after pollEvery.
func (f *LogFollower) wait() {
	if f.watcher == nil {
		time.Sleep(pollEvery)
		return
	}
	t := time.NewTimer(pollEvery)
	defer t.Stop()
	select {
	case <-f.watcher.Events:
	case <-f.watcher.Errors:
	case <-t.C:
	}
}

// NewRoomApp is the local room view on a session followed through its
// log, in lang, or the plan's language when lang is "".
func NewRoomApp(opts Options, f *LogFollower, plan *session.PlanRecord, lang string) *App {
	info := planInfo{rec: plan}
	if lang == "" {
		lang = info.language()
	}
	r := newRoom(opts.common(lang, info))
	r.follow = func() tea.Cmd { return f.next }
	return &App{screen: r, owned: &closers{}}
}
