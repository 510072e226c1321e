//go:build unix

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/neurona/neurona/internal/fifotest"
)

// TestDataNotRegular gives -data and -weights a FIFO with no writer, a
// device, a directory and a symlink to a FIFO: each is refused at once
// with one line, where reading would block for ever or never end.
func TestDataNotRegular(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, "good.csv", threeCSV)
	fifo, link := fifotest.Make(t, dir, ".csv")
	for _, c := range []struct{ path, want string }{
		{fifo, "named pipe"},
		{link, "named pipe"},
		{"/dev/zero", "device"},
		{"/dev/urandom", "device"},
		{"/dev/null", "device"},
		{dir, "directory"},
	} {
		for _, args := range [][]string{
			{"perceptron", "-data", c.path},
			{"mlp", "-data", c.path},
			{"mlp", "-data", good, "-weights", c.path},
		} {
			type result struct {
				code int
				errs string
			}
			done := make(chan result, 1)
			go func() {
				code, _, errs := runArgs(args...)
				done <- result{code, errs}
			}()
			select {
			case r := <-done:
				if r.code != 2 || !strings.Contains(r.errs, c.want) || !strings.Contains(r.errs, c.path) || strings.Count(r.errs, "\n") != 1 {
					t.Errorf("%q: exit %d, %q", args, r.code, r.errs)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%q: still reading after 10 s", args)
			}
		}
	}
}
