package session

import (
	"errors"
	"fmt"
)

// FoldEventsOf folds the events read from the log at path. An event the fold
// refuses is named as file:line (a log's seq is its line number), so that
// the message points into the file: "log.jsonl:60: turn_ended refused: ...".
func FoldEventsOf(path string, events []Event) (*State, error) {
	st, err := Fold(events)
	return st, foldErrorAt(path, err)
}

// LogFoldError is a *FoldError placed in its file: a log's seq is its line.
type LogFoldError struct {
	Path string
	Fold *FoldError
}

func (e *LogFoldError) Error() string {
	return fmt.Sprintf("%s:%d: %s event refused: %v; the log was not changed "+
		"(baraza repair sets such a line aside in log.rejected)", e.Path, e.Fold.Seq, e.Fold.Type, e.Fold.Err)
}

func (e *LogFoldError) Unwrap() error { return e.Fold }

// foldErrorAt names a refused event by file and line.
func foldErrorAt(path string, err error) error {
	var fe *FoldError
	if errors.As(err, &fe) {
		return &LogFoldError{Path: path, Fold: fe}
	}
	return err
}
