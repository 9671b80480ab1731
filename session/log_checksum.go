package session

import (
	"bytes"
	"hash/crc32"

	"github.com/baraza-app/baraza/facilitation"
)

// Every line of format version 2 ends with a checksum member, so that a
// byte changed on a USB key or an SD card is reported, never folded:
//
//	{"v":2,"seq":5,...,"note":"...","crc":"1a2b3c4d"}
//
// The checksum is CRC-32C (Castagnoli) of the line without its "\n" and
// with the member `,"crc":"1a2b3c4d"` removed, i.e. of the bytes
// `{"v":2,"seq":5,...,"note":"..."}`, written as 8 lowercase hex digits.
// It is always the last member. CRC-32C catches every change of up to 32
// consecutive bits, so every single-byte flip. Lines of version 1 have no
// checksum and are read without one.

// crcTable is CRC-32C, which CPUs of the last fifteen years compute in
// hardware (SSE 4.2, ARMv8).
var crcTable = crc32.MakeTable(crc32.Castagnoli)

const (
	crcPrefix = `,"crc":"`
	crcSuffix = len(crcPrefix) + 8 + len(`"}`) // bytes the member adds, with the closing brace
)

// ChecksumFirstVersion is the first format version whose lines carry "crc".
const ChecksumFirstVersion = 2

var (
	errChecksum        error = facilitation.Key("log.checksum")
	errMissingChecksum error = facilitation.Key("log.no_checksum")
	errV1Checksum      error = facilitation.Key("log.v1_checksum")
)

// appendChecksum turns the encoded object obj (`{...}`, no "\n") into a
// line with its checksum member, appended to dst.
func appendChecksum(dst, obj []byte) []byte {
	sum := crc32.Checksum(obj, crcTable)
	dst = append(dst, obj[:len(obj)-1]...)
	dst = append(dst, crcPrefix...)
	const hex = "0123456789abcdef"
	for shift := 28; shift >= 0; shift -= 4 {
		dst = append(dst, hex[sum>>uint(shift)&0xf])
	}
	return append(dst, `"}`...)
}

// splitChecksum finds a checksum member at the end of line (no "\n"). If
// there is one, it verifies it and returns the object without it, in buf's
// storage; otherwise it returns line as it is.
func splitChecksum(line, buf []byte) (obj []byte, hasCRC bool, err error) {
	n := len(line)
	if n < crcSuffix+1 || !bytes.Equal(line[n-crcSuffix:n-crcSuffix+len(crcPrefix)], []byte(crcPrefix)) ||
		!bytes.Equal(line[n-2:], []byte(`"}`)) {
		return line, false, nil
	}
	var want uint32
	var bad byte
	for _, c := range line[n-10 : n-2] { // a table, not branches: the digits are random
		v := lowerHex[c]
		bad |= v
		want = want<<4 | uint32(v&0xf)
	}
	if bad&0x80 != 0 {
		return nil, true, errChecksum
	}
	obj = append(append(buf[:0], line[:n-crcSuffix]...), '}')
	if crc32.Checksum(obj, crcTable) != want {
		return nil, true, errChecksum
	}
	return obj, true, nil
}

// lowerHex is the value of each lowercase hexadecimal digit, 0x80 for
// every other byte.
var lowerHex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0x80
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c - 'a' + 10)
	}
	return t
}()

// withoutChecksum is line (ending in a checksum member, as splitChecksum
// found) without that member.
func withoutChecksum(line []byte) []byte {
	return append(append([]byte(nil), line[:len(line)-crcSuffix]...), '}')
}

// checkChecksumVersion ties the checksum to the format version.
func checkChecksumVersion(v int, hasCRC bool) error {
	switch {
	case v >= ChecksumFirstVersion && !hasCRC:
		return errMissingChecksum
	case v < ChecksumFirstVersion && v >= 1 && hasCRC:
		return errV1Checksum
	}
	return nil
}
