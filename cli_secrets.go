package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"

	"filippo.io/age"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions/seal"
)

// secretFlags are the options of commands that read sealed sessions.
type secretFlags struct {
	identities     []string
	passphraseFile string
}

func (f *secretFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringArrayVar(&f.identities, "identity", nil,
		"a private key file (made by age-keygen) that opens sealed sessions; repeat for several")
	fl.StringVar(&f.passphraseFile, "passphrase-file", "",
		"read the passphrase of sealed sessions from the first line of this file (otherwise it is asked)")
}

// unlocker lets the archive ask for secrets when a command meets a sealed
// session.
func (c *cli) unlocker(f *secretFlags) func(string, seal.Info) (seal.Secrets, error) {
	return func(name string, info seal.Info) (seal.Secrets, error) { return c.secrets(*f, name, info) }
}

// secrets reads the identities and passphrase given by flags, and asks for
// the passphrase on the terminal when the session takes one and nothing
// else was given.
func (c *cli) secrets(f secretFlags, name string, info seal.Info) (seal.Secrets, error) {
	var s seal.Secrets
	for _, path := range f.identities {
		ids, err := readIdentities(path)
		if err != nil {
			return s, err
		}
		s.Identities = append(s.Identities, ids...)
	}
	if f.passphraseFile != "" {
		p, err := readPassphraseFile(f.passphraseFile)
		if err != nil {
			return s, err
		}
		s.Passphrase = p
	}
	if len(s.Identities) == 0 && s.Passphrase == "" {
		if !info.Passphrase || !c.interactive() {
			return s, facilitation.Msg("cli.err.sealed_needs_key", name)
		}
		p, err := c.readPassword(c.t("cli.passphrase.of", name) + " ")
		if err != nil {
			return s, err
		}
		s.Passphrase = p
	}
	return s, nil
}

// askNewPassphrase asks for a passphrase twice on the terminal.
func (c *cli) askNewPassphrase() (string, error) {
	if !c.interactive() {
		return "", usageError{facilitation.Msg("cli.err.passphrase_terminal")}
	}
	p, err := c.readPassword(c.t("cli.passphrase.new") + " ")
	if err != nil {
		return "", err
	}
	if len([]rune(p)) < 8 {
		return "", facilitation.Msg("cli.err.passphrase_short")
	}
	again, err := c.readPassword(c.t("cli.passphrase.again") + " ")
	if err != nil {
		return "", err
	}
	if again != p {
		return "", facilitation.Msg("cli.err.passphrase_differ")
	}
	return p, nil
}

// readPassword reads a line from the terminal without echoing it.
func (c *cli) readPassword(prompt string) (string, error) {
	in, ok := c.stdin.(*os.File)
	if !ok {
		return "", facilitation.Msg("cli.err.passphrase_no_terminal")
	}
	fmt.Fprint(c.stderr, prompt)
	b, err := term.ReadPassword(int(in.Fd()))
	fmt.Fprintln(c.stderr)
	if err != nil {
		return "", facilitation.Msg("cli.err.passphrase_read", err)
	}
	return string(b), nil
}

// readSmallFile reads a key or passphrase file (see seal.ReadSmallFile).
func readSmallFile(path, what string) ([]byte, error) { return seal.ReadSmallFile(path, what) }

// readPassphraseFile is the first line of a file, without its line ending.
func readPassphraseFile(path string) (string, error) {
	data, err := readSmallFile(path, "passphrase")
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(data), "\n")
	line = strings.TrimSuffix(line, "\r")
	if line == "" {
		return "", facilitation.Msg("cli.err.passphrase_empty", path)
	}
	return line, nil
}

// readIdentities parses an age identity file (age-keygen's output).
func readIdentities(path string) ([]age.Identity, error) { return seal.ReadIdentities(path) }

// parseRecipient reads one age X25519 public key.
func parseRecipient(s string) (*age.X25519Recipient, error) {
	r, err := age.ParseX25519Recipient(strings.TrimSpace(s))
	if err != nil {
		return nil, facilitation.Msg("cli.err.not_age_key")
	}
	return r, nil
}

// readRecipientsFile reads public keys one a line; blank lines and lines
// starting with # are skipped. Errors name the file and line.
func readRecipientsFile(path string) ([]*age.X25519Recipient, error) {
	data, err := readSmallFile(path, "public key")
	if err != nil {
		return nil, err
	}
	var out []*age.X25519Recipient
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r, err := parseRecipient(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, facilitation.Msg("cli.err.no_public_key", path)
	}
	return out, nil
}
