package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/neurona/neurona/cmd/desktop/internal/nodisplay"
)

// TestNoDisplay starts this test binary, which links Ebiten as the command
// does, with no DISPLAY: package nodisplay must be initialised before
// Ebiten's window code (which would panic) and answer with the version or
// one line.
func TestNoDisplay(t *testing.T) {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") {
			env = append(env, kv)
		}
	}
	for _, tc := range []struct {
		args []string
		code int
		want string // in stdout for the version, in stderr otherwise
	}{
		{[]string{"-version"}, 0, "neurona "},
		{[]string{"-h"}, 2, "no display"},
		{[]string{"-test.run=^$"}, 1, "no display"},
	} {
		cmd := exec.Command(os.Args[0], tc.args...)
		cmd.Env = env
		var out, errs bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errs
		cmd.Run()
		if cmd.ProcessState == nil {
			t.Fatalf("%q did not run", tc.args)
		}
		got := errs.String()
		if tc.code == 0 {
			got = out.String()
		}
		if code := cmd.ProcessState.ExitCode(); code != tc.code || !strings.Contains(got, tc.want) || strings.Contains(errs.String(), "panic") {
			t.Errorf("%q without DISPLAY: status %d, stdout %q, stderr %.300q", tc.args, code, out.String(), errs.String())
		}
	}
}

func TestVersionRequested(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-version"}, true},
		{[]string{"--version"}, true},
		{[]string{"-lang", "en", "-version"}, true},
		{[]string{"-version=true"}, true},
		{[]string{"-version=false"}, false},
		{[]string{"--", "-version"}, false},
		{[]string{"-lang", "-version=0"}, false},
		{[]string{"version"}, false}, // an argument, not the flag
		{nil, false},
	} {
		if got := nodisplay.VersionRequested(tc.args); got != tc.want {
			t.Errorf("nodisplay.VersionRequested(%q) = %v", tc.args, got)
		}
	}
	var out bytes.Buffer
	nodisplay.PrintVersion(&out)
	if !strings.HasPrefix(out.String(), "neurona ") || strings.Count(out.String(), "\n") != 1 {
		t.Errorf("PrintVersion wrote %q", out.String())
	}
}

// TestAnswer (package nodisplay's test: its own test binary would stop
// in its init where there is no display): without a display the version is still printed, and
// anything else gets one line that names what is missing.
func TestAnswer(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		code       int
		out, noErr bool
	}{
		{[]string{"-version"}, 0, true, true},
		{[]string{"-scene", "xor"}, 1, false, false},
		{nil, 1, false, false},
		{[]string{"-h"}, 2, false, false},
		{[]string{"--help"}, 2, false, false},
		{[]string{"-notebook", "x.ipynb"}, 1, false, false},
	} {
		var out, errs bytes.Buffer
		code := nodisplay.Answer(tc.args, &out, &errs)
		if code != tc.code {
			t.Errorf("%q: status %d, want %d", tc.args, code, tc.code)
		}
		if (out.Len() > 0) != tc.out {
			t.Errorf("%q: stdout %q", tc.args, out.String())
		}
		if tc.noErr {
			if errs.Len() > 0 {
				t.Errorf("%q: stderr %q", tc.args, errs.String())
			}
			continue
		}
		if msg := errs.String(); strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "DISPLAY") {
			t.Errorf("%q: stderr %q, want one line naming DISPLAY", tc.args, msg)
		}
	}
}
