package seal

import (
	"archive/tar"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// Limits on what a sealed payload may hold: a session is a few small files,
// so anything much larger is a damaged or hostile file, refused before it
// fills the memory.
const (
	maxFiles     = 64
	maxFileSize  = 1 << 30 // 1 GiB: a log of several million events
	maxTotalSize = 2 << 30
)

// File is one file of a session directory, held in memory.
type File struct {
	Name string // a plain file name, never a path
	Data []byte
}

// readSessionFiles reads every regular file of dir except skip, without
// following links: a link or any other kind of entry is refused, naming it,
// because a sealed session must hold exactly what is in the directory.
func readSessionFiles(dir string, skip map[string]bool) ([]File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []File
	for _, e := range entries {
		if skip[e.Name()] {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if !e.Type().IsRegular() {
			return nil, facilitation.Msg("seal.not_regular_move", path)
		}
		data, err := readRegular(path)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: e.Name(), Data: data})
	}
	if len(files) > maxFiles {
		return nil, facilitation.Msg("seal.too_many_files", dir, len(files))
	}
	return files, nil
}

// readRegular reads path, refusing it if it turned into something other
// than a regular file between listing and opening (Lstat after Open would
// race; here the open file itself is checked).
func readRegular(path string) ([]byte, error) {
	f, err := session.OpenNoFollow(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, facilitation.Msg("seal.not_regular", path)
	}
	if fi.Size() > maxFileSize {
		return nil, facilitation.Msg("seal.file_too_big", path, fi.Size())
	}
	return io.ReadAll(io.LimitReader(f, maxFileSize+1))
}

// tarFiles writes files under the directory name id as a tar, in name
// order and with fixed times and modes, so the same files always give the
// same bytes.
func tarFiles(id string, files []File) ([]byte, error) {
	sorted := append([]File(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range sorted {
		hdr := &tar.Header{
			Name:     id + "/" + f.Name,
			Mode:     0o600,
			Size:     int64(len(f.Data)),
			Typeflag: tar.TypeReg,
			ModTime:  time.Unix(0, 0).UTC(),
			Format:   tar.FormatPAX,
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, err
		}
		if _, err := tw.Write(f.Data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// errBadPayload is wrapped by every refusal of a payload's contents.
var errBadPayload error = facilitation.Key("seal.bad_payload")

// untarFiles reads a payload back: one directory (the session id) holding
// regular files with plain names. Anything else (a path that climbs out,
// an absolute path, a link, a second directory) is refused.
func untarFiles(r io.Reader) (id string, files []File, err error) {
	tr := tar.NewReader(r)
	seen := map[string]bool{}
	var total int64
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, err.Error())
		}
		dir, name, ok := strings.Cut(hdr.Name, "/")
		switch {
		case !ok || !ValidName(dir) || !ValidName(name):
			return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, facilitation.Msg("seal.payload.not_session_file", hdr.Name))
		case hdr.Typeflag != tar.TypeReg:
			return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, facilitation.Msg("bundle.entry_not_regular", hdr.Name))
		case id != "" && dir != id:
			return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, facilitation.Msg("seal.payload.two_sessions", id, dir))
		case seen[name]:
			return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, facilitation.Msg("seal.payload.twice", name))
		case hdr.Size > maxFileSize || total+hdr.Size > maxTotalSize || len(seen) >= maxFiles:
			return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, facilitation.Msg("seal.payload.too_large"))
		}
		id, seen[name] = dir, true
		total += hdr.Size
		data, err := io.ReadAll(io.LimitReader(tr, hdr.Size))
		if err != nil {
			return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, err.Error())
		}
		files = append(files, File{Name: name, Data: data})
	}
	if id == "" {
		return "", nil, facilitation.Msg("seal.bad_payload_because", errBadPayload, facilitation.Msg("seal.payload.empty"))
	}
	return id, files, nil
}

// ValidName reports whether s can be a session id or a file name inside a
// session directory: one plain path element, not hidden, no separator of
// any platform, no control character.
func ValidName(s string) bool {
	if s == "" || s == "." || s == ".." || strings.HasPrefix(s, ".") || len(s) > 255 {
		return false
	}
	for _, r := range s {
		if r == '/' || r == '\\' || r == ':' || r < 0x20 || r == 0x7f {
			return false
		}
	}
	return fs.ValidPath(s)
}
