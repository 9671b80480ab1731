package facilitation

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// Limits on what a plan may hold, so that a damaged or hostile file is
// refused at once instead of taking minutes and gigabytes to read (a 200 KB
// plan of nested arrays once took 44 s and 14 GiB). Real plans are far
// below them: docs/plan-format.md lists them.
const (
	MaxPlanBytes  = 1 << 20 // 1 MiB: a plan with a thousand participants is ~100 KB
	MaxNesting    = 16      // arrays and inline tables inside each other
	MaxTextRunes  = 2000    // any text, e.g. a round's question
	MaxNameRunes  = 120     // names, organisations, roles
	MaxTitleRunes = 200     // titles, places
)

// maxRunes is the longest text a key may hold.
func maxRunes(key string) int {
	switch key {
	case "name", "organisation", "organization", "role", "facilitator", "note_taker":
		return MaxNameRunes
	case "title", "location":
		return MaxTitleRunes
	}
	return MaxTextRunes
}

// ErrTooLarge is wrapped by ReadLimited's error for input over its limit.
var ErrTooLarge = errors.New("too large")

// ReadLimited reads at most limit bytes from r, failing as soon as there is
// more: /dev/zero or a huge file is refused after limit+1 bytes, never read
// to its end. what names the input in the error ("plan", "template": the
// catalog has plan.too_large.plan and plan.too_large.template).
func ReadLimited(r io.Reader, limit int64, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLargeError{Msg("plan.too_large."+what, sizeText(limit))}
	}
	return data, nil
}

// tooLargeError is ReadLimited's error: ErrTooLarge, said in the reader's
// language.
type tooLargeError struct{ Message }

func (tooLargeError) Unwrap() error { return ErrTooLarge }

func sizeText(n int64) Message {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return Msg("plan.size.mb", n>>20)
	}
	return Msg("plan.size.kb", n>>10)
}

// checkNesting refuses brackets nested deeper than MaxNesting before toml
// reads them, outside strings and comments. Table headers ([x], [[x]]) count
// like arrays; they never go past 2.
func checkNesting(data []byte) (pos, Message, bool) {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch b := data[i]; b {
		case '#':
			for i < len(data) && data[i] != '\n' {
				i++
			}
		case '"', '\'':
			i = skipString(data, i)
		case '[', '{':
			depth++
			if depth > MaxNesting {
				return posOf(data, i), Msg("plan.too_deep", MaxNesting), false
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return pos{}, Message{}, true
}

// skipString returns the index of the closing quote of the string opening at
// i (or the end of the data), knowing TOML's four kinds of strings.
func skipString(data []byte, i int) int {
	q := data[i]
	if i+2 < len(data) && data[i+1] == q && data[i+2] == q { // """ or '''
		for j := i + 3; j+2 < len(data); j++ {
			if q == '"' && data[j] == '\\' {
				j++
				continue
			}
			if data[j] == q && data[j+1] == q && data[j+2] == q {
				return j + 2
			}
		}
		return len(data)
	}
	for j := i + 1; j < len(data); j++ {
		switch {
		case q == '"' && data[j] == '\\':
			j++
		case data[j] == q || data[j] == '\n':
			return j
		}
	}
	return len(data)
}

// tooLong reports text over the limit of its key, in characters.
func tooLong(key, s string) (int, bool) {
	n := utf8.RuneCountInString(s)
	return n, n > maxRunes(key)
}

// ReadPlanFile reads a plan file of at most MaxPlanBytes; a bigger file,
// or an endless one such as /dev/zero, is refused after MaxPlanBytes+1
// bytes. (The one file read of this package: plans reach Parse through it.)
func ReadPlanFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := ReadLimited(f, MaxPlanBytes, "plan")
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return data, nil
}
