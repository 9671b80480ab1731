package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
)

// hashingWriter passes bytes on and hashes them on the way.
type hashingWriter struct {
	w io.Writer
	h hash.Hash
}

func newHashingWriter(w io.Writer) *hashingWriter {
	return &hashingWriter{w: w, h: sha256.New()}
}

func (hw *hashingWriter) Write(p []byte) (int, error) {
	hw.h.Write(p)
	return hw.w.Write(p)
}

func (hw *hashingWriter) sum() string { return hex.EncodeToString(hw.h.Sum(nil)) }
