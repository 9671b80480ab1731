package bundle

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"io"
	"path/filepath"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// PackReport says what Pack wrote.
type PackReport struct {
	Sessions  int
	Files     int
	Conflicts []string // conflict copies left out, as dir/name
}

// Pack writes the session directories dirs (plain or sealed) to w as a
// bundle. Each file is hashed first and then copied exactly as hashed: a
// log still being written is copied up to the size it had when hashed.
func Pack(w io.Writer, dirs []string, now time.Time) (PackReport, error) {
	var rep PackReport
	m := Manifest{Format: FormatVersion, Created: now.UTC(), Sessions: []SessionFile{}}
	scanned := make([]scannedDir, 0, len(dirs))
	for _, dir := range dirs {
		s, err := scanDir(dir)
		if err != nil {
			return rep, err
		}
		for _, c := range s.Conflicts {
			rep.Conflicts = append(rep.Conflicts, filepath.Join(s.Name, c))
		}
		scanned = append(scanned, s)
		m.Sessions = append(m.Sessions, SessionFile{Name: s.Name, Files: s.Files})
	}
	manifest, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return rep, err
	}
	gz := gzip.NewWriter(w)
	tw := tar.NewWriter(gz)
	if err := writeEntry(tw, ManifestName, int64(len(manifest)), now, func(dst io.Writer) error {
		_, err := dst.Write(manifest)
		return err
	}); err != nil {
		return rep, err
	}
	for _, s := range scanned {
		for _, f := range s.Files {
			path := filepath.Join(s.Dir, f.Name)
			if err := writeEntry(tw, "sessions/"+s.Name+"/"+f.Name, f.Size, now, func(dst io.Writer) error {
				return copyExactly(dst, path, f)
			}); err != nil {
				return rep, err
			}
			rep.Files++
		}
		rep.Sessions++
	}
	if err := tw.Close(); err != nil {
		return rep, err
	}
	return rep, gz.Close()
}

func writeEntry(tw *tar.Writer, name string, size int64, now time.Time, body func(io.Writer) error) error {
	hdr := &tar.Header{Name: name, Mode: 0o600, Size: size, Typeflag: tar.TypeReg, ModTime: now.UTC(), Format: tar.FormatPAX}
	if err := tw.WriteHeader(hdr); err != nil {
		return err
	}
	return body(tw)
}

// copyExactly copies the first f.Size bytes of path and checks they still
// hash to f.SHA256.
func copyExactly(dst io.Writer, path string, f FileEntry) error {
	src, err := session.OpenNoFollow(path)
	if err != nil {
		return err
	}
	defer src.Close()
	h := newHashingWriter(dst)
	n, err := io.Copy(h, io.LimitReader(src, f.Size))
	if err != nil {
		return err
	}
	if n != f.Size || h.sum() != f.SHA256 {
		return facilitation.Msg("bundle.changed_packing", path)
	}
	return nil
}

// SelectSince keeps the session names whose id starts on or after since
// (YYYY-MM-DD); sealed sessions with hidden names are kept, since their
// date cannot be known.
func SelectSince(names []string, since string) []string {
	var out []string
	for _, n := range names {
		if len(n) >= len("2006-01-02") && n[:len("2006-01-02")] >= since || !startsWithDate(n) {
			out = append(out, n)
		}
	}
	return out
}

func startsWithDate(name string) bool {
	if len(name) < len("2006-01-02") {
		return false
	}
	_, err := time.Parse("2006-01-02", name[:len("2006-01-02")])
	return err == nil
}

// ParseSince checks a --since date.
func ParseSince(s string) (string, error) {
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", facilitation.Msg("cli.err.date_flag", "--since", s)
	}
	return s, nil
}
