package facilitation

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync/atomic"
)

// Message is a text for people, named by its key in the message catalog
// (facilitation/i18n/locales/*.toml, keys "plan.*") with its arguments, so
// that a plan's problems are said in the reader's language: the command
// line prints them in its own. An argument that is a Message is said in the
// same language ("not a number", « pas un nombre »).
//
// This package cannot import the catalog (the catalog imports it for
// levels and rounds): package i18n installs the catalog here when it
// loads, with SetSay. Every program that shows messages imports i18n.
type Message struct {
	Key  string
	Args []any
}

// Msg is the message key with args.
func Msg(key string, args ...any) Message { return Message{Key: key, Args: args} }

// sayFunc formats a catalog message in a language.
type sayFunc func(lang, key string, args []any) string

var say atomic.Pointer[sayFunc]

// SetSay installs the message catalog (package i18n does, at start-up).
func SetSay(f func(lang, key string, args []any) string) {
	s := sayFunc(f)
	say.Store(&s)
}

// In says m in lang ("fr", "en"; an unknown language is English).
func (m Message) In(lang string) string {
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		switch v := a.(type) {
		case Message:
			a = v.In(lang)
		case error:
			a = errorIn(v, lang, false) // the message names the file already
		}
		args[i] = a
	}
	if f := say.Load(); f != nil {
		return (*f)(lang, m.Key, args)
	}
	return fmt.Sprint(append([]any{m.Key}, args...)...) // no catalog: still readable
}

// ErrorIn says err in lang: an error that can be said (a Message, a
// plan's problems) is, after whatever English context wraps it; the
// system's common refusals ("no such file or directory") are said in plain
// words after the path they concern; anything else is left as it is.
func ErrorIn(err error, lang string) string { return errorIn(err, lang, true) }

func errorIn(err error, lang string, withPath bool) string {
	var loc Localized
	if errors.As(err, &loc) {
		if inner, ok := loc.(error); ok {
			if prefix, found := strings.CutSuffix(err.Error(), inner.Error()); found {
				return prefix + loc.In(lang)
			}
		}
	}
	var what Message
	switch {
	case errors.Is(err, fs.ErrNotExist):
		what = Msg("os.not_exist")
	case errors.Is(err, fs.ErrPermission):
		what = Msg("os.permission")
	case errors.Is(err, fs.ErrExist):
		what = Msg("os.exist")
	default:
		return err.Error()
	}
	said := what.In(lang)
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		if withPath {
			said = Msg("os.path", pe.Path, what).In(lang)
		}
		if prefix, found := strings.CutSuffix(err.Error(), pe.Error()); found {
			said = prefix + said // the English context around it stays
		}
	}
	return said
}

// String says m in English.
func (m Message) String() string { return m.In("en") }

// Error lets a Message be an error: in English; the command line asks for
// its language with In.
func (m Message) Error() string { return m.String() }

// Unwrap is the message's first argument that is an error (other than a
// Message: those are words; a Key is a sentinel error, so it counts), so
// that errors.Is and errors.As see through a message as through
// fmt.Errorf's %w.
func (m Message) Unwrap() error {
	for _, a := range m.Args {
		if _, words := a.(Message); words {
			continue
		}
		if e, ok := a.(error); ok {
			return e
		}
	}
	return nil
}

// Key is a message without arguments that can stand as a sentinel error
// (errors.Is compares it, unlike a Message): var ErrX error = Key("key").
type Key string

// In says the message in lang.
func (k Key) In(lang string) string { return Msg(string(k)).In(lang) }

// Error says the message in English.
func (k Key) Error() string { return k.In("en") }

// Localized is an error, or any text, that can be said in a language.
type Localized interface {
	In(lang string) string
}
