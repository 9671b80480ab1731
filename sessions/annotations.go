package sessions

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// AnnotationsFile holds a trainer's notes on a session, beside its log and
// never inside it: the record stays untouched, byte for byte.
const AnnotationsFile = "annotations.jsonl"

// Annotation is a trainer's note pinned to a moment of a session.
type Annotation struct {
	V       int       `json:"v"`       // format version, 1
	Moment  time.Time `json:"moment"`  // the session's clock at the note (UTC)
	Events  int       `json:"events"`  // how many of the log's events had happened then
	Text    string    `json:"text"`    // the note
	Written time.Time `json:"written"` // when the trainer wrote it (UTC)
}

// ReadAnnotations reads the annotations in a session directory, in the order
// written. A session without any has none; a damaged line is an error naming
// the file and line.
func ReadAnnotations(dir string) ([]Annotation, error) {
	path := filepath.Join(dir, AnnotationsFile)
	data, err := session.ReadFile(path) // never through a link
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return parseAnnotations(path, data)
}

// parseAnnotations reads annotation lines; path names them in errors.
func parseAnnotations(path string, data []byte) ([]Annotation, error) {
	var out []Annotation
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a Annotation
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			if !bytes.HasSuffix(data, []byte("\n")) && !sc.Scan() {
				break // a last line cut by a crash: the note was never shown as saved
			}
			return out, facilitation.Msg("sessions.bad_annotation", path, line, err.Error())
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// AppendAnnotation adds a note to a session directory's annotations file
// (0600), synced to disk before it returns.
func AppendAnnotation(dir string, a Annotation) error {
	a.V = 1
	a.Moment, a.Written = a.Moment.UTC(), a.Written.UTC()
	line, err := json.Marshal(a)
	if err != nil {
		return err
	}
	if err := refuseSealed(dir); err != nil {
		return err
	}
	path := filepath.Join(dir, AnnotationsFile)
	_, statErr := os.Lstat(path)
	// Never through a link: a dangling annotations.jsonl link would create
	// a file outside the session directory.
	f, err := session.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, fileMode)
	if err != nil {
		return err
	}
	_, err = f.Write(append(line, '\n'))
	if err == nil {
		err = f.Sync()
	}
	err = errors.Join(err, f.Close())
	if err == nil && errors.Is(statErr, fs.ErrNotExist) {
		err = syncDir(dir) // a new file: make its name durable too
	}
	return err
}
