package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"github.com/baraza-app/baraza/facilitation"
)

// HostKeyFile is the server's key inside the data directory: made once,
// so that people who checked its fingerprint can trust it next time.
const HostKeyFile = "serve/host_ed25519"

// hostKey reads the host key in dataDir, creating it (0600, in a 0700
// directory) the first time. It refuses a link or a non-regular file.
func hostKey(dataDir string) ([]byte, gossh.Signer, error) {
	path := filepath.Join(dataDir, HostKeyFile)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, nil, err
	}
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return createHostKey(path)
	case err != nil:
		return nil, nil, err
	case !fi.Mode().IsRegular():
		return nil, nil, facilitation.Msg("serve.hostkey_not_file", path)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(path, 0o600); err != nil {
			return nil, nil, err
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	signer, err := gossh.ParsePrivateKey(raw)
	if err != nil {
		return nil, nil, facilitation.Msg("serve.hostkey_unreadable", path, err)
	}
	return raw, signer, nil
}

func createHostKey(path string) ([]byte, gossh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "baraza serve")
	if err != nil {
		return nil, nil, err
	}
	raw := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, nil, err
	}
	if _, err := f.Write(raw); err != nil {
		_ = f.Close()
		return nil, nil, err
	}
	if err := errors.Join(f.Sync(), f.Close()); err != nil {
		return nil, nil, err
	}
	signer, err := gossh.ParsePrivateKey(raw)
	return raw, signer, err
}
