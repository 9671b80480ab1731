//go:build windows

package ui

import (
	"errors"
	"syscall"
)

// Windows error codes (winerror.h) that syscall does not name.
const (
	errorWriteProtect   = syscall.Errno(19)  // ERROR_WRITE_PROTECT
	errorHandleDiskFull = syscall.Errno(39)  // ERROR_HANDLE_DISK_FULL
	errorDiskFull       = syscall.Errno(112) // ERROR_DISK_FULL
	errorCRC            = syscall.Errno(23)  // ERROR_CRC: data error
)

func isDiskFull(err error) bool {
	return errors.Is(err, errorDiskFull) || errors.Is(err, errorHandleDiskFull)
}

func isReadOnly(err error) bool { return errors.Is(err, errorWriteProtect) }

func isIOError(err error) bool { return errors.Is(err, errorCRC) }
