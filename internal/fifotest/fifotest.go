//go:build unix

// Package fifotest makes, for tests, the paths a reader must refuse at once
// instead of blocking on them: a named pipe (FIFO) that no one writes, and
// a symlink to it. Opening such a pipe for reading waits for ever for a
// writer, so every command that reads a file a user names is tested with
// these.
package fifotest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Make creates in dir a FIFO named "fifo"+ext, with no writer, and a
// symlink to it named "link"+ext, and returns their paths.
func Make(t testing.TB, dir, ext string) (fifo, link string) {
	t.Helper()
	fifo = filepath.Join(dir, "fifo"+ext)
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link = filepath.Join(dir, "link"+ext)
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	return fifo, link
}
