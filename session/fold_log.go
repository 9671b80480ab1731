package session

import (
	"errors"

	"github.com/baraza-app/baraza/facilitation"
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

func (e *LogFoldError) Error() string { return e.In("en") }

// In says the error in lang.
func (e *LogFoldError) In(lang string) string {
	return facilitation.Msg("fold.refused_at", e.Path, e.Fold.Seq, e.Fold.Type, e.Fold.Err).In(lang)
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
