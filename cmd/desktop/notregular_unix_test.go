//go:build unix

package main

import (
	"testing"

	"github.com/neurona/neurona/internal/fifotest"
)

// TestLoadNotRegular gives -load a FIFO with no writer, a symlink to it
// and devices: each is refused at once (reading would block for ever or
// never end) with status 2 and one line.
func TestLoadNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo, link := fifotest.Make(t, dir, ".json")
	refusals(t, dir, []refusal{
		{[]string{"-load", fifo}, "named pipe"},
		{[]string{"-load", link}, "named pipe"},
		{[]string{"-load", "/dev/zero"}, "device"},
		{[]string{"-load", "/dev/urandom"}, "device"},
		{[]string{"-load", "/dev/null"}, "device"},
		{[]string{"-scene", "xor", "-load", fifo}, "named pipe"},
	})
}
