package session

import (
	"errors"
	"fmt"
)

// FoldLog folds the events read from the log at path. An event the fold
// refuses is named as file:line (a log's seq is its line number), so that
// the message points into the file: "log.jsonl:60: turn_ended refused: ...".
func FoldLog(path string, events []Event) (*State, error) {
	st, err := Fold(events)
	var fe *FoldError
	if errors.As(err, &fe) {
		return st, fmt.Errorf("%s:%d: %s event refused: %v; the log was not changed "+
			"(baraza repair sets such a line aside in log.rejected)", path, fe.Seq, fe.Type, fe.Err)
	}
	return st, err
}
