package bundle

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
	"github.com/baraza-app/baraza/sessions/seal"
)

// Target is the archive an import writes into.
type Target struct {
	SessionsDir string
	// Hold takes the single writer's lock of a plain session directory, and
	// fails when a baraza is recording that session here: it is then never
	// touched.
	Hold func(dir string) (release func() error, err error)
}

// ErrNotBundle is returned for a file that is not a baraza bundle.
var ErrNotBundle error = facilitation.Key("bundle.not_bundle")

// ImportBundle reads a bundle from r (name is its file, for messages) and
// brings its sessions into t. Every file is checked against the manifest
// in a staging directory before any session lands; a bundle that does not
// match is refused whole.
func ImportBundle(r io.Reader, name string, t Target) (Report, error) {
	staging, err := os.MkdirTemp(t.SessionsDir, ".import-")
	if err != nil {
		return Report{}, err
	}
	defer os.RemoveAll(staging)
	staged, err := unpack(r, staging)
	if err != nil {
		return Report{}, facilitation.Msg("bundle.nothing_imported", name, err)
	}
	var rep Report
	for _, s := range staged {
		rep.Results = append(rep.Results, merge(s, t, staging))
	}
	return rep, session.SyncDir(t.SessionsDir)
}

// unpack checks and writes a bundle's sessions into staging.
func unpack(r io.Reader, staging string) ([]scannedDir, error) {
	br := bufio.NewReader(r)
	var src io.Reader = br
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, facilitation.Msg("bundle.not_bundle_because", ErrNotBundle, err.Error())
		}
		src = gz
	}
	tr := tar.NewReader(src)
	m, err := readManifest(tr)
	if err != nil {
		return nil, err
	}
	want := map[string]FileEntry{}
	for _, s := range m.Sessions {
		if err := os.Mkdir(filepath.Join(staging, s.Name), 0o700); err != nil {
			return nil, err
		}
		for _, f := range s.Files {
			want["sessions/"+s.Name+"/"+f.Name] = f
		}
	}
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, facilitation.Msg("bundle.damaged", err.Error())
		}
		f, ok := want[hdr.Name]
		switch {
		case !ok:
			return nil, facilitation.Msg("bundle.entry_not_in_manifest", hdr.Name)
		case hdr.Typeflag != tar.TypeReg:
			return nil, facilitation.Msg("bundle.entry_not_regular", hdr.Name)
		case hdr.Size != f.Size:
			return nil, facilitation.Msg("bundle.entry_size", hdr.Name, hdr.Size, f.Size)
		}
		delete(want, hdr.Name)
		if err := writeStaged(filepath.Join(staging, filepath.FromSlash(strings.TrimPrefix(hdr.Name, "sessions/"))), tr, f); err != nil {
			return nil, err
		}
	}
	for missing := range want {
		return nil, facilitation.Msg("bundle.missing", missing)
	}
	staged := make([]scannedDir, 0, len(m.Sessions))
	for _, s := range m.Sessions {
		staged = append(staged, scannedDir{Name: s.Name, Dir: filepath.Join(staging, s.Name), Files: s.Files})
	}
	return staged, nil
}

// readManifest reads and checks the bundle's first entry.
func readManifest(tr *tar.Reader) (Manifest, error) {
	var m Manifest
	hdr, err := tr.Next()
	if err != nil || hdr.Name != ManifestName || hdr.Typeflag != tar.TypeReg || hdr.Size > maxManifestSize {
		return m, ErrNotBundle
	}
	dec := json.NewDecoder(io.LimitReader(tr, maxManifestSize))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return m, facilitation.Msg("bundle.bad_manifest", ErrNotBundle, err.Error())
	}
	if m.Format < 1 || m.Format > FormatVersion {
		return m, facilitation.Msg("bundle.format", m.Format, FormatVersion)
	}
	if len(m.Sessions) > maxSessions {
		return m, facilitation.Msg("bundle.too_many_sessions", len(m.Sessions))
	}
	names := map[string]bool{}
	for _, s := range m.Sessions {
		if !seal.ValidName(s.Name) || names[strings.ToLower(s.Name)] {
			return m, facilitation.Msg("bundle.bad_session_name", s.Name)
		}
		names[strings.ToLower(s.Name)] = true
		files := map[string]bool{}
		if len(s.Files) > maxFilesPerDir {
			return m, facilitation.Msg("bundle.too_many_files", s.Name, len(s.Files))
		}
		for _, f := range s.Files {
			if !seal.ValidName(f.Name) || skipped[f.Name] || files[strings.ToLower(f.Name)] || f.Size < 0 || f.Size > maxFileSize || len(f.SHA256) != 64 {
				return m, facilitation.Msg("bundle.bad_file_name", f.Name, s.Name)
			}
			files[strings.ToLower(f.Name)] = true
		}
	}
	return m, nil
}

// writeStaged writes one file into staging and checks its hash.
func writeStaged(path string, r io.Reader, f FileEntry) error {
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	h := newHashingWriter(out)
	n, err := io.Copy(h, io.LimitReader(r, f.Size))
	if err == nil && n != f.Size {
		err = io.ErrUnexpectedEOF
	}
	if err == nil {
		err = out.Sync()
	}
	if err = errors.Join(err, out.Close()); err != nil {
		return err
	}
	if h.sum() != f.SHA256 {
		return facilitation.Msg("bundle.sha256", path)
	}
	return nil
}

// ImportDir brings the sessions of another archive directory (a data
// directory, or its sessions directory: a copy, a USB key, a shared
// folder) into t. A session that cannot be read whole is skipped and
// reported; sync tools' conflict copies are left out and reported.
func ImportDir(src string, t Target) (Report, error) {
	root := src
	if fi, err := os.Stat(filepath.Join(src, "sessions")); err == nil && fi.IsDir() {
		root = filepath.Join(src, "sessions")
	}
	if same, _ := sameDir(root, t.SessionsDir); same {
		return Report{}, facilitation.Msg("bundle.same_archive")
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return Report{}, err
	}
	staging, err := os.MkdirTemp(t.SessionsDir, ".import-")
	if err != nil {
		return Report{}, err
	}
	defer os.RemoveAll(staging)
	var rep Report
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		if !e.IsDir() || !seal.ValidName(e.Name()) || !isSessionDir(dir) {
			continue
		}
		s, err := scanDir(dir)
		for _, c := range s.Conflicts {
			rep.Conflicts = append(rep.Conflicts, filepath.Join(e.Name(), c))
		}
		if err == nil {
			s, err = stageDir(s, staging)
		}
		if err != nil {
			rep.Results = append(rep.Results, Result{Name: e.Name(), Outcome: Skipped, Note: facilitation.Msg("bundle.note", err)})
			continue
		}
		rep.Results = append(rep.Results, merge(s, t, staging))
	}
	return rep, session.SyncDir(t.SessionsDir)
}

// stageDir copies a scanned session directory into staging, exactly as
// hashed.
func stageDir(s scannedDir, staging string) (scannedDir, error) {
	dst := filepath.Join(staging, s.Name)
	if err := os.Mkdir(dst, 0o700); err != nil {
		return s, err
	}
	for _, f := range s.Files {
		src, err := os.Open(filepath.Join(s.Dir, f.Name))
		if err != nil {
			return s, err
		}
		err = writeStaged(filepath.Join(dst, f.Name), src, f)
		_ = src.Close()
		if err != nil {
			return s, facilitation.Msg("bundle.changed_copying", filepath.Join(s.Dir, f.Name), err)
		}
	}
	s.Dir = dst
	return s, nil
}

// sameDir tells whether two paths are the same directory.
func sameDir(a, b string) (bool, error) {
	fa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(fa, fb), nil
}
