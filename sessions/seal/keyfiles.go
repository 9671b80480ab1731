package seal

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"

	"filippo.io/age"

	"github.com/baraza-app/baraza/facilitation"
)

// maxKeyFileSize bounds key and passphrase files: they hold a few lines.
const maxKeyFileSize = 64 << 10

// ReadSmallFile reads a key or passphrase file (what says which, for
// messages), refusing anything that is not a small regular file or a pipe:
// a device such as /dev/zero would never end.
func ReadSmallFile(path, what string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, facilitation.Msg("seal.cannot_read", whatFile(what), path, errors.Unwrap(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	// A pipe is fine (--passphrase-file <(pass show baraza)); a device or a
	// directory is not, and nothing is read past maxKeyFileSize.
	if !fi.Mode().IsRegular() && fi.Mode()&os.ModeNamedPipe == 0 || fi.Size() > maxKeyFileSize {
		return nil, facilitation.Msg("seal.not_small_file", path, whatFile(what))
	}
	return io.ReadAll(io.LimitReader(f, maxKeyFileSize))
}

// whatFile names a kind of key file ("passphrase", "private key", "public
// key") in the reader's language.
func whatFile(what string) facilitation.Message {
	return facilitation.Msg("seal.file." + strings.ReplaceAll(what, " ", "_"))
}

// ReadIdentities parses an age identity file (age-keygen's output).
func ReadIdentities(path string) ([]age.Identity, error) {
	data, err := ReadSmallFile(path, "private key")
	if err != nil {
		return nil, err
	}
	ids, err := age.ParseIdentities(bytes.NewReader(data))
	if err != nil {
		return nil, facilitation.Msg("seal.not_identity", path, err.Error())
	}
	return ids, nil
}
