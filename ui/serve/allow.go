package serve

import (
	"bytes"
	"os"

	gossh "golang.org/x/crypto/ssh"

	"github.com/baraza-app/baraza/facilitation"
)

// readAllow reads an authorized-keys file (OpenSSH's format) into the set
// of keys allowed, by fingerprint. A line it cannot read is an error
// naming the file and the line: a key silently left out would lock
// someone out with no clue why.
func readAllow(path string) (map[string]bool, error) {
	allowed := map[string]bool{}
	if path == "" {
		return allowed, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	for i, line := range bytes.Split(raw, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, facilitation.Msg("serve.allow_line", path, i+1, err)
		}
		allowed[gossh.FingerprintSHA256(key)] = true
	}
	return allowed, nil
}
