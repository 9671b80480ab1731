package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/sessions/seal"
)

// sealFlags are baraza seal's options.
type sealFlags struct {
	to, toFiles    []string
	askPassphrase  bool
	passphraseFile string
	showLabel      bool
}

func (c *cli) sealCommand() *cobra.Command {
	var f sealFlags
	cmd := &cobra.Command{
		Use:   "seal ID...",
		Short: "Encrypt closed sessions so that a lost or seized laptop reveals nothing",
		Long: `Encrypt closed sessions (plan, log, annotations, minutes) with age, to the
programme's public keys (--to age1..., or --to-file with one key a line)
and/or a passphrase. Only the matching private key, or the passphrase, opens
a sealed session again: a laptop that holds only public keys can seal but
never read back.

The sealed copy is written, synced and decrypted once to check it before
the plaintext is overwritten and deleted. A sealed session is listed as
"sealed" under a random name; --show-label keeps its id, title and date
readable. export and replay read sealed sessions in memory with --identity
or the passphrase; 'baraza unseal' restores the plain session.

An open session cannot be sealed: it is plaintext until it is closed.
See docs/archive.md for keys and what deleting can promise on an SSD.`,
		Example: "  baraza seal 2026-03-14-0930 --to age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\n" +
			"  baraza seal 2026-03-14 --to-file programme.pub --passphrase",
		Args: cobra.MinimumNArgs(1),
		RunE: c.action(func(args []string) error { return c.seal(args, f) }),
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.to, "to", nil, "an age public key (age1...) that may open the session; repeat for several")
	fl.StringArrayVar(&f.toFiles, "to-file", nil, "a file of age public keys, one a line (# comments allowed)")
	fl.BoolVar(&f.askPassphrase, "passphrase", false, "also seal with a passphrase, asked twice on the terminal")
	fl.StringVar(&f.passphraseFile, "passphrase-file", "", "read the passphrase from the first line of this file (for scripts)")
	fl.BoolVar(&f.showLabel, "show-label", false, "keep the id, title and date readable without a key (default: hidden)")
	return cmd
}

func (c *cli) seal(ids []string, f sealFlags) error {
	keys, err := c.sealKeys(f)
	if err != nil {
		return err
	}
	a, err := c.archive()
	if err != nil {
		return err
	}
	var failed []error
	for _, id := range ids {
		full, name, err := a.Seal(id, sessions.SealOptions{Keys: keys, ShowLabel: f.showLabel, Now: time.Now()})
		if err != nil {
			fmt.Fprintf(c.stderr, "baraza: %s\n", c.say(err))
			failed = append(failed, err)
			continue
		}
		fmt.Fprintln(c.stdout, c.t("cli.seal.done", full, name))
	}
	if len(failed) > 0 {
		return quietError{errors.Join(failed...)}
	}
	return nil
}

// sealKeys gathers the public keys and passphrase to seal to.
func (c *cli) sealKeys(f sealFlags) (seal.Keys, error) {
	var keys seal.Keys
	for _, s := range f.to {
		r, err := parseRecipient(s)
		if err != nil {
			return keys, usageError{facilitation.Msg("cli.err.seal_to", s, err)}
		}
		keys.Recipients = append(keys.Recipients, r)
	}
	for _, path := range f.toFiles {
		rs, err := readRecipientsFile(path)
		if err != nil {
			return keys, err
		}
		keys.Recipients = append(keys.Recipients, rs...)
	}
	switch {
	case f.passphraseFile != "":
		p, err := readPassphraseFile(f.passphraseFile)
		if err != nil {
			return keys, err
		}
		keys.Passphrase = p
	case f.askPassphrase:
		p, err := c.askNewPassphrase()
		if err != nil {
			return keys, err
		}
		keys.Passphrase = p
	}
	if len(keys.Recipients) == 0 && keys.Passphrase == "" {
		return keys, usageError{facilitation.Msg("cli.err.seal_to_whom")}
	}
	return keys, nil
}

func (c *cli) unsealCommand() *cobra.Command {
	var f secretFlags
	cmd := &cobra.Command{
		Use:   "unseal ID",
		Short: "Decrypt a sealed session back into a plain session",
		Long: `Decrypt a sealed session with the programme's private key (--identity, a
file written by age-keygen) or its passphrase, and restore it as a plain
session directory in the archive. A wrong key or passphrase changes nothing.`,
		Example: "  baraza unseal sealed-3f9a0c12d4e5 --identity programme.key",
		Args:    cobra.ExactArgs(1),
		RunE:    c.action(func(args []string) error { return c.unseal(args[0], f) }),
	}
	f.add(cmd)
	return cmd
}

func (c *cli) unseal(name string, f secretFlags) error {
	a, err := c.archive()
	if err != nil {
		return err
	}
	dir, err := a.Resolve(name)
	if err != nil {
		return err
	}
	info, err := seal.ReadInfo(dir)
	if err != nil {
		return err
	}
	secrets, err := c.secrets(f, name, info)
	if err != nil {
		return err
	}
	id, err := a.Unseal(dir, secrets)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.t("cli.unseal.done", name, id))
	return nil
}
