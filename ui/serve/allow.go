package serve

import (
	"bytes"
	"fmt"
	"os"

	gossh "golang.org/x/crypto/ssh"
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
			return nil, fmt.Errorf("%s:%d:1: %v: each line must be one public key as in ~/.ssh/authorized_keys (e.g. \"ssh-ed25519 AAAA… name\")", path, i+1, err)
		}
		allowed[gossh.FingerprintSHA256(key)] = true
	}
	return allowed, nil
}
