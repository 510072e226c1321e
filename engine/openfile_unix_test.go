//go:build unix

package engine

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neurona/neurona/internal/fifotest"
)

// TestOpenRegular opens a regular file and refuses, at once, every other
// kind of path: a FIFO with no writer (opening it would block for ever),
// devices that never end or never answer, a directory, a socket, a symlink
// to a FIFO.
func TestOpenRegular(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "p.csv")
	os.WriteFile(file, []byte("x1,x2,y\n"), 0o644)
	fifo, link := fifotest.Make(t, dir, "")
	fileLink := filepath.Join(dir, "filelink")
	os.Symlink(file, fileLink)
	sock := filepath.Join(dir, "sock")
	if fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0); err == nil {
		syscall.Bind(fd, &syscall.SockaddrUnix{Name: sock})
		defer syscall.Close(fd)
	}
	for _, c := range []struct{ path, want string }{
		{file, ""},
		{fileLink, ""},
		{fifo, "a named pipe (FIFO)"},
		{link, "a named pipe (FIFO)"},
		{"/dev/zero", "a device"},
		{"/dev/null", "a device"},
		{"/dev/urandom", "a device"},
		{"/dev/tty", ""}, // a device where there is a terminal, absent otherwise
		{dir, "a directory"},
		{"/", "a directory"},
		{sock, "a socket"},
		{filepath.Join(dir, "missing"), "no such file"},
	} {
		done := make(chan error, 1)
		go func() {
			f, err := OpenRegular(c.path)
			if err == nil {
				_, err = io.ReadAll(f)
				f.Close()
			}
			done <- err
		}()
		select {
		case err := <-done:
			switch {
			case c.path == "/dev/tty":
				if err == nil {
					t.Errorf("%s: opened", c.path)
				}
			case c.want == "" && err != nil:
				t.Errorf("%s: %v", c.path, err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("%s: error %v, want %q", c.path, err, c.want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: OpenRegular blocked", c.path)
		}
	}
}
