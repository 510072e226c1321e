//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"errors"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestDesktopScreenshot builds the desktop app and runs it with
// -screenshot in a real window on the current X display (Xvfb in
// `make test`): the first frames must be drawn and written as a non-blank
// PNG, and the program must exit by itself.
func TestDesktopScreenshot(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip(errNoDisplay)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "neurona")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/desktop")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building cmd/desktop: %v\n%s", err, out)
	}

	for _, c := range []struct {
		name string
		args []string
	}{
		{"default", nil},
		{"xor-en", []string{"-scene", "xor", "-lang", "en"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "desk.png")
			rctx, rcancel := context.WithTimeout(ctx, 90*time.Second)
			defer rcancel()
			cmd := exec.CommandContext(rctx, bin, append(c.args, "-screenshot", out)...)
			var logs bytes.Buffer
			cmd.Stdout, cmd.Stderr = &logs, &logs
			err := cmd.Run()
			if errors.Is(rctx.Err(), context.DeadlineExceeded) {
				t.Fatalf("-screenshot did not exit within 90 s\n%s", logs.String())
			}
			if err != nil {
				t.Fatalf("-screenshot: %v\n%s", err, logs.String())
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatalf("no PNG written: %v\n%s", err, logs.String())
			}
			saveShot(t, "desktop", b)
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if bd := img.Bounds(); bd.Dx() < 320 || bd.Dy() < 200 {
				t.Errorf("screenshot is %v", bd)
			}
			if n := distinctColors(img); n < 24 {
				t.Errorf("the screenshot looks blank: %d distinct colours", n)
			}
		})
	}

	// A bad flag is refused with exit status 2 and a message, before any
	// window opens.
	cmd := exec.CommandContext(ctx, bin, "-scene")
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || len(out) == 0 {
		t.Errorf("bad flag: %v, output %q", err, out)
	}
}
