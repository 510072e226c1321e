package engine

import (
	"fmt"
	"os"
)

// OpenRegular opens the named file for reading if it is a regular file. A
// FIFO, a device (/dev/zero, a terminal), a socket or a directory is
// refused before it is opened: opening a FIFO blocks until a writer comes,
// and reading a device may never end. The opened file's mode is checked
// again, in case the path was replaced in between.
func OpenRegular(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(path, info); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	info2, err := f.Stat()
	if err == nil {
		err = regular(path, info2)
	}
	if err == nil && !os.SameFile(info, info2) {
		err = fmt.Errorf("%s: changed while it was opened", path)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regular refuses anything but a regular file, naming what it is.
func regular(path string, info os.FileInfo) error {
	m := info.Mode()
	if m.IsRegular() {
		return nil
	}
	what := "not a regular file"
	switch {
	case m.IsDir():
		what = "a directory"
	case m&os.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&os.ModeDevice != 0, m&os.ModeCharDevice != 0:
		what = "a device"
	case m&os.ModeSocket != 0:
		what = "a socket"
	}
	return fmt.Errorf("%s is %s, not a regular file", path, what)
}
