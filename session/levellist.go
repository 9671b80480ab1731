package session

import (
	"encoding/json"
	"fmt"
	"strings"
)

// LevelList is a few level keys, written in the log as a JSON array
// (items_merged's keep_merged). A string underneath, so that Event stays
// comparable: the fold compares events to share their arrays.
type LevelList string

// NewLevelList makes a list of level keys.
func NewLevelList(levels ...string) LevelList { return LevelList(strings.Join(levels, " ")) }

// Levels are the keys, in order.
func (l LevelList) Levels() []string { return strings.Fields(string(l)) }

// MarshalJSON writes the keys as an array.
func (l LevelList) MarshalJSON() ([]byte, error) {
	levels := l.Levels()
	if levels == nil {
		levels = []string{}
	}
	return json.Marshal(levels)
}

// UnmarshalJSON reads an array of keys.
func (l *LevelList) UnmarshalJSON(b []byte) error {
	var levels []string
	if err := json.Unmarshal(b, &levels); err != nil {
		return fmt.Errorf("want an array of level keys: %w", err)
	}
	for _, x := range levels {
		if x == "" || strings.ContainsAny(x, " \t\r\n") {
			return fmt.Errorf("%q is not a level key", x)
		}
	}
	*l = NewLevelList(levels...)
	return nil
}
