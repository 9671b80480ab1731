// Package bundle moves sessions between machines: Pack writes session
// directories into one file (a gzip-compressed tar) with a manifest of the
// SHA-256 of every file; Import brings a bundle, or another archive
// directory, into an archive. Import is idempotent, checks every file
// against the manifest before anything lands, never writes outside the
// archive, never touches a session that is open here, and keeps both when
// the same session id arrives with different content. The format is
// documented in docs/archive.md.
package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
)

// ManifestName is the bundle's first entry.
const ManifestName = "baraza-bundle.json"

// FormatVersion is the manifest's "format".
const FormatVersion = 1

// Limits that keep a hostile bundle from filling the disk or the memory.
const (
	maxManifestSize = 64 << 20
	maxFileSize     = 1 << 30
	maxSessions     = 100_000
	maxFilesPerDir  = 64
)

// Manifest lists what a bundle holds.
type Manifest struct {
	Format   int           `json:"format"`
	Created  time.Time     `json:"created"`
	Sessions []SessionFile `json:"sessions"`
}

// SessionFile is one session directory in a bundle.
type SessionFile struct {
	Name  string      `json:"name"` // the directory name: an id, or a sealed session's name
	Files []FileEntry `json:"files"`
}

// FileEntry is one file of a session directory.
type FileEntry struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// digest is the hex SHA-256 of data.
func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// fingerprint identifies a session directory's content: the same files
// with the same bytes give the same fingerprint.
func fingerprint(files []FileEntry) string {
	sorted := append([]FileEntry(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	var b strings.Builder
	for _, f := range sorted {
		fmt.Fprintf(&b, "%s %s\n", f.SHA256, f.Name)
	}
	return digest([]byte(b.String()))
}

// skipped are files of a session directory that never travel: the lock
// (it describes a process on this machine) and the import marker.
var skipped = map[string]bool{"log.jsonl.lock": true, ImportedMarker: true}

// ImportedMarker is written into a session directory that came from
// another computer while still open, so that this computer never writes
// into it (resume refuses it).
const ImportedMarker = "imported.json"

// conflictCopy matches the names file-sync tools give to conflicting
// copies: Syncthing's ".sync-conflict-", Dropbox's, Nextcloud's and
// ownCloud's "(conflicted copy", Google Drive's " (1)", and OneDrive's
// "-conflict".
var conflictCopy = regexp.MustCompile(`(?i)\.sync-conflict-|conflicted copy|\s\(\d+\)(\.[a-z0-9]+)*$|-conflict(-|\.|$)`)

// IsConflictCopy reports whether a file name is a sync tool's conflict copy.
func IsConflictCopy(name string) bool { return conflictCopy.MatchString(name) }
