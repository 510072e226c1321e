//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestHiddenTabAndMinimiseResume does to the page what a lecture does to
// it between two slides: the tab is hidden and frozen, as Chrome treats a
// background tab, and shown again; and the window is shrunk to 1×1 (as
// when minimised) and restored. After each, the frame counter must move
// on, the state must be what it was, and a key must still step.
func TestHiddenTabAndMinimiseResume(t *testing.T) {
	p := openPage(t, "scene=perceptron&lang=en")
	p.Resize(t, 1280, 800)
	p.Key(t, " ")
	p.Key(t, " ")
	p.WaitState(t, `s.step === 2`)
	p.WaitFrames(t, 2)
	want := stableState(t, p)
	plane := p.Plane(t)

	resumed := func(what string) {
		t.Helper()
		p.WaitFrames(t, 3) // the counter moves on
		if got := stableState(t, p); got != want {
			t.Errorf("%s: the state changed:\n%s\nwant\n%s", what, got, want)
		}
	}
	call := func(what string, f func(ctx context.Context) error) {
		t.Helper()
		ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
		defer cancel()
		if err := f(ctx); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	visibility := func() string { return Eval[string](p, `document.visibilityState`) }

	// Hidden and frozen, as Chrome treats a background tab: no script
	// runs, no frame is drawn. Half a second of it is enough for every
	// timer to fall behind.
	call("freeze", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: page.SetWebLifecycleStateStateFrozen})
		return err
	})
	time.Sleep(500 * time.Millisecond)
	call("unfreeze", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: page.SetWebLifecycleStateStateActive})
		return err
	})
	// Unfrozen, the page is still hidden (requestAnimationFrame, and so
	// the app, waits); focusing it, as clicking its tab does, shows it.
	if v := visibility(); v != "hidden" {
		t.Logf("unfrozen but not focused, the page is %s", v)
	}
	call("focus", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	})
	p.poll(`document.visibilityState === "visible"`, actionTimeout)
	resumed("hidden and frozen, then shown")

	// Minimised: the window shrinks to nothing and comes back.
	p.Resize(t, 1, 1)
	p.WaitFrames(t, 2)
	p.Resize(t, 1280, 800)
	p.poll(`(() => { const c = document.querySelector("body > canvas");
		return c.clientWidth === 1280 && c.clientHeight === 800; })()`, actionTimeout)
	resumed("shrunk to 1×1, then restored")
	if got := p.Plane(t); got != plane {
		t.Errorf("plane %+v after the restore, was %+v", got, plane)
	}

	p.Key(t, " ")
	p.WaitState(t, `s.step === 3`)
	p.Screenshot(t)
	p.NoConsoleErrors(t)
}

// stableState is state() without what changes by itself: the tick count.
func stableState(t *testing.T, p *Page) string {
	t.Helper()
	s := p.State(t)
	delete(s, "frame")
	b, _ := json.Marshal(s)
	return string(b)
}
