package main

import (
	"errors"
	"io/fs"
	"os"

	"github.com/baraza-app/baraza/facilitation"
)

// checkOutputPath lets -o write only a new file or replace a regular one.
// The file is written beside the path and renamed over it, which would
// silently replace a device (as root, -o /dev/null became a file of
// minutes), a FIFO, or a link instead of writing its target.
func checkOutputPath(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	m := fi.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m&fs.ModeSymlink != 0:
		return facilitation.Msg("cli.err.out_link", path)
	case m.IsDir():
		return facilitation.Msg("cli.err.out_dir", path, path+string(os.PathSeparator)+"minutes.md")
	}
	what := facilitation.Msg("cli.file.special")
	switch {
	case m&fs.ModeNamedPipe != 0:
		what = facilitation.Msg("cli.file.fifo")
	case m&fs.ModeDevice != 0:
		what = facilitation.Msg("cli.file.device")
	case m&fs.ModeSocket != 0:
		what = facilitation.Msg("cli.file.socket")
	}
	return facilitation.Msg("cli.err.out_special", path, what)
}

// maxTemplateBytes bounds a minutes template: real ones are a few KB, and
// --template /dev/zero must fail at once instead of reading forever.
const maxTemplateBytes = 1 << 20

func readTemplate(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := facilitation.ReadLimited(f, maxTemplateBytes, "template")
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return data, nil
}
