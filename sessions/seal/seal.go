// Package seal encrypts a closed session's directory at rest with age
// (filippo.io/age), to a programme's public keys and/or a passphrase, and
// opens it again. A laptop that holds only public keys can seal but never
// read back, so a seized laptop reveals no sealed session.
//
// A sealed session is a directory of three files:
//
//	session.age     the session's files (a tar), encrypted
//	passphrase.age  only when a passphrase was given (see below)
//	sealed.json     what can be read without a key: the format, who can
//	                open it, and the id, title and date only if asked for
//
// The payload is always encrypted to the given public keys plus one
// throwaway key made for this seal. That throwaway key lets baraza decrypt
// the sealed file once, from disk, before deleting the plaintext; with a
// passphrase it is kept, encrypted with the passphrase (age's scrypt
// recipient cannot be mixed with others in one file), in passphrase.age;
// without one it is forgotten. The layout is documented in docs/archive.md.
package seal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"filippo.io/age"

	"github.com/baraza-app/baraza/facilitation"
)

// Names inside a sealed session directory.
const (
	PayloadFile = "session.age"
	KeyFile     = "passphrase.age"
	InfoFile    = "sealed.json"
)

// FormatVersion is sealed.json's "format".
const FormatVersion = 1

// Info is sealed.json: what anyone can read of a sealed session.
type Info struct {
	Format     int       `json:"format"`
	SealedAt   time.Time `json:"sealed_at"`
	Recipients []string  `json:"recipients,omitempty"` // the age public keys that open it
	Passphrase bool      `json:"passphrase"`           // a passphrase opens it too
	Label      *Label    `json:"label,omitempty"`      // only when the user chose to show it
}

// Label is what a sealed session may show in a listing, if the user chose.
type Label struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"`
}

// Keys are what a session is sealed to: at least one of them.
type Keys struct {
	Recipients []*age.X25519Recipient
	Passphrase string
	// WorkFactor is scrypt's log2 cost for the passphrase; 0 is age's
	// default (2^18, about a second on a modest laptop). Tests lower it.
	WorkFactor int
}

// Secrets are what opens a sealed session: identities (private keys, as
// written by age-keygen) and/or the passphrase.
type Secrets struct {
	Identities []age.Identity
	Passphrase string
}

// ErrWrongSecret is returned when none of the secrets opens a session.
var ErrWrongSecret error = facilitation.Key("seal.wrong_secret")

// ErrNoSecret is returned when a sealed session is opened with no secret.
var ErrNoSecret error = facilitation.Key("seal.no_secret")

// IsSealed reports whether dir is a sealed session directory.
func IsSealed(dir string) bool {
	fi, err := os.Lstat(filepath.Join(dir, InfoFile))
	return err == nil && fi.Mode().IsRegular()
}

// ReadInfo reads a sealed session's sealed.json.
func ReadInfo(dir string) (Info, error) {
	path := filepath.Join(dir, InfoFile)
	data, err := readRegular(path)
	if err != nil {
		return Info{}, err
	}
	var info Info
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&info); err != nil {
		return Info{}, fmt.Errorf("%s: %w", path, err)
	}
	if info.Format < 1 || info.Format > FormatVersion {
		return Info{}, facilitation.Msg("seal.format", path, info.Format, FormatVersion)
	}
	return info, nil
}

// Seal encrypts the session in srcDir (id names it inside the payload) into
// the new directory dst and verifies it; the caller then deletes srcDir with
// Wipe. The lock file is left out. dst must not exist. On any error srcDir
// is untouched and no dst is left.
func Seal(srcDir, id, dst string, keys Keys, label *Label, now time.Time) error {
	if len(keys.Recipients) == 0 && keys.Passphrase == "" {
		return facilitation.Msg("seal.nothing_to_seal_to")
	}
	files, err := readSessionFiles(srcDir, map[string]bool{"log.jsonl.lock": true})
	if err != nil {
		return err
	}
	payload, err := tarFiles(id, files)
	if err != nil {
		return err
	}
	sealed, err := encryptSession(payload, keys)
	if err != nil {
		return err
	}
	info := Info{Format: FormatVersion, SealedAt: now.UTC(), Passphrase: keys.Passphrase != "", Label: label}
	for _, r := range keys.Recipients {
		info.Recipients = append(info.Recipients, r.String())
	}
	if err := writeSealedDir(dst, sealed, info); err != nil {
		return err
	}
	if err := verify(dst, sealed.throwaway, payload, keys.Passphrase); err != nil {
		_ = os.RemoveAll(dst)
		return facilitation.Msg("seal.verify_failed", err)
	}
	return nil
}

// sealedFiles are the encrypted files of one seal, before they are written.
type sealedFiles struct {
	payload   []byte // session.age
	key       []byte // passphrase.age, or nil
	throwaway *age.X25519Identity
}

func encryptSession(payload []byte, keys Keys) (sealedFiles, error) {
	throwaway, err := age.GenerateX25519Identity()
	if err != nil {
		return sealedFiles{}, err
	}
	recipients := []age.Recipient{throwaway.Recipient()}
	for _, r := range keys.Recipients {
		recipients = append(recipients, r)
	}
	out := sealedFiles{throwaway: throwaway}
	if out.payload, err = encrypt(payload, recipients...); err != nil {
		return sealedFiles{}, err
	}
	if keys.Passphrase != "" {
		r, err := age.NewScryptRecipient(keys.Passphrase)
		if err != nil {
			return sealedFiles{}, err
		}
		if keys.WorkFactor > 0 {
			r.SetWorkFactor(keys.WorkFactor)
		}
		if out.key, err = encrypt([]byte(throwaway.String()), r); err != nil {
			return sealedFiles{}, err
		}
	}
	return out, nil
}

func encrypt(plain []byte, recipients ...age.Recipient) ([]byte, error) {
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, recipients...)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeSealedDir writes the sealed files into a temporary directory beside
// dst, syncs them, and renames it to dst, so dst is whole or absent.
func writeSealedDir(dst string, s sealedFiles, info Info) error {
	if _, err := os.Lstat(dst); !errors.Is(err, fs.ErrNotExist) {
		return facilitation.Msg("seal.exists", dst)
	}
	infoJSON, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	files := []File{{PayloadFile, s.payload}, {InfoFile, append(infoJSON, '\n')}}
	if s.key != nil {
		files = append(files, File{KeyFile, s.key})
	}
	return writeDirAtomic(dst, ".sealing-", files)
}

// verify decrypts the sealed copy as written on disk and checks it holds
// exactly payload, and that the passphrase opens it.
func verify(dir string, throwaway *age.X25519Identity, payload []byte, passphrase string) error {
	got, err := decryptFile(filepath.Join(dir, PayloadFile), throwaway)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, payload) {
		return facilitation.Msg("seal.differs")
	}
	if passphrase == "" {
		return nil
	}
	id, err := passphraseIdentity(dir, passphrase)
	if err != nil {
		return err
	}
	if id.String() != throwaway.String() {
		return facilitation.Msg("seal.other_key")
	}
	return nil
}

// Open decrypts the sealed session in dir into memory: its id and files.
// Nothing is written. A secret that does not fit gives ErrWrongSecret.
func Open(dir string, secrets Secrets) (id string, files []File, err error) {
	info, err := ReadInfo(dir)
	if err != nil {
		return "", nil, err
	}
	identities := append([]age.Identity(nil), secrets.Identities...)
	if secrets.Passphrase != "" && info.Passphrase {
		pid, err := passphraseIdentity(dir, secrets.Passphrase)
		if err != nil {
			return "", nil, err
		}
		identities = append(identities, pid)
	}
	if len(identities) == 0 {
		return "", nil, ErrNoSecret
	}
	payload, err := decryptFile(filepath.Join(dir, PayloadFile), identities...)
	if err != nil {
		return "", nil, err
	}
	return untarFiles(bytes.NewReader(payload))
}

// passphraseIdentity opens passphrase.age with the passphrase.
func passphraseIdentity(dir, passphrase string) (*age.X25519Identity, error) {
	sid, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, err
	}
	plain, err := decryptFile(filepath.Join(dir, KeyFile), sid)
	if err != nil {
		return nil, err
	}
	return age.ParseX25519Identity(strings.TrimSpace(string(plain)))
}

// decryptFile decrypts one sealed file, telling a wrong secret from damage.
func decryptFile(path string, identities ...age.Identity) ([]byte, error) {
	data, err := readRegular(path)
	if err != nil {
		return nil, err
	}
	r, err := age.Decrypt(bytes.NewReader(data), identities...)
	if err != nil {
		var noMatch *age.NoIdentityMatchError
		if errors.As(err, &noMatch) || strings.Contains(err.Error(), "incorrect passphrase") {
			return nil, ErrWrongSecret
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	plain, err := io.ReadAll(r)
	if err != nil {
		return nil, facilitation.Msg("seal.damaged", path, err)
	}
	return plain, nil
}
