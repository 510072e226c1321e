//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// The transport strip and followed links (issue 13, items 4 and 5).

// control is the centre, in CSS pixels, of the transport strip's control
// i (back, play, step, reset, slower, faster) on a window of height h at
// text scale 1: the strip is 44 px tall along the bottom, its buttons 52
// px wide from x = 6 (slower and faster 40, after a 12 px gap, with the
// 120 px speed readout between them); see scenes/transport.go.
func control(i int, h float64) (x, y float64) {
	lefts := []float64{6, 58, 110, 162, 226, 386}
	widths := []float64{48, 48, 48, 48, 36, 36}
	return lefts[i] + widths[i]/2, h - 22
}

// speedReadout is the rectangle of the speed's readout, in CSS pixels.
func speedReadout(h int) image.Rectangle {
	return image.Rect(268, h-38, 384, h-6)
}

// sameRegion reports whether two screenshots agree on r.
func sameRegion(a, b image.Image, r image.Rectangle) bool {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				return false
			}
		}
	}
	return true
}

// move moves the mouse to (x, y) in CSS pixels, pressing nothing.
func (p *Page) move(t *testing.T, x, y float64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{
		Type: input.DispatchMouseEventTypeMouseMoved, X: x, Y: y}); err != nil {
		t.Fatalf("mouse move: %v", err)
	}
}

// TestTransportClicksDoWhatKeysDo clicks each control of the strip with
// quick clicks (press and release sent back to back, within one frame)
// and checks that each does what its key does.
func TestTransportClicksDoWhatKeysDo(t *testing.T) {
	p := openPage(t, "scene=perceptron&lang=es")
	p.Resize(t, 1280, 720)
	p.WaitFrames(t, 3)
	p.load(t, lessonDoc)
	p.WaitFrames(t, 2)
	const h = 720
	click := func(i int) {
		x, y := control(i, h)
		p.Click(t, x, y, "left")
	}
	// Step, step, back: as Space, Space, Backspace.
	click(2)
	p.WaitState(t, `s.step === 1`)
	click(2)
	p.WaitState(t, `s.step === 2`)
	click(0)
	p.WaitState(t, `s.step === 1`)
	// Reset: as R.
	click(3)
	p.WaitState(t, `s.step === 0`)

	// The speed: a click on + shows a new speed; the key − brings the
	// readout back to the same pixels, and the key + to the clicked one.
	p.move(t, 640, 300) // off the strip: no control is highlighted
	p.WaitFrames(t, 3)
	before := p.Screenshot(t)
	click(5)
	p.WaitFrames(t, 3)
	p.move(t, 640, 300)
	p.WaitFrames(t, 3)
	faster := p.Screenshot(t)
	r := speedReadout(h)
	if sameRegion(before, faster, r) {
		t.Fatal("a click on + did not change the speed shown")
	}
	p.Key(t, "-")
	p.WaitFrames(t, 3)
	if !sameRegion(before, p.Screenshot(t), r) {
		t.Error("the key − after a click on + does not give the first speed back")
	}
	p.Key(t, "+")
	p.WaitFrames(t, 3)
	if !sameRegion(faster, p.Screenshot(t), r) {
		t.Error("the key + does not show what a click on + showed")
	}
	click(4)
	p.WaitFrames(t, 3)
	p.move(t, 640, 300)
	p.WaitFrames(t, 3)
	if !sameRegion(before, p.Screenshot(t), r) {
		t.Error("a click on − does not undo the key +")
	}

	// Play, then pause: the steps run by themselves, then stop.
	click(1)
	p.WaitState(t, `s.step >= 2`)
	click(1)
	p.WaitFrames(t, 3)
	stopped := p.State(t)["step"]
	p.WaitFrames(t, 30)
	if now := p.State(t)["step"]; now != stopped {
		t.Errorf("after pause the steps went on: %v → %v", stopped, now)
	}
	p.NoConsoleErrors(t)
}

// TestTransportTooltip: resting the mouse on a control shows a tooltip
// above it, which goes when the mouse leaves.
func TestTransportTooltip(t *testing.T) {
	p := openPage(t, "scene=perceptron&lang=en")
	p.Resize(t, 1280, 720)
	p.WaitFrames(t, 3)
	move := func(x, y float64) { p.move(t, x, y) }
	x, y := control(2, 720)
	above := image.Rect(int(x)-20, int(y)-60, int(x)+200, int(y)-30)
	move(640, 300)
	p.WaitFrames(t, 3)
	plain := p.Screenshot(t)
	move(x, y)
	p.WaitFrames(t, 3)
	hover := p.Screenshot(t)
	if sameRegion(plain, hover, above) {
		t.Error("no tooltip above the step control")
	}
	move(640, 300)
	p.WaitFrames(t, 3)
	if !sameRegion(plain, p.Screenshot(t), above) {
		t.Error("the tooltip stays after the mouse left")
	}
}

// TestHashChangeFollowsLink: in an open tab, a new address hash (a pasted
// link) switches scene and language and loads its state, and the app then
// keeps that view's address instead of writing its old one back.
func TestHashChangeFollowsLink(t *testing.T) {
	p := openPage(t, "scene=perceptron&lang=en")
	p.load(t, lessonDoc)
	p.Key(t, " ")
	p.WaitState(t, `s.step === 1`)
	p.poll(`location.hash.includes("s=") && location.hash.includes("scene=perceptron")`, actionTimeout)
	p.WaitFrames(t, 40) // the address is refreshed twice a second
	link := Eval[string](p, `location.hash`)
	want := withoutVolatile(p.State(t))

	// Elsewhere: the neuron, in Spanish.
	p.Key(t, "1")
	p.Key(t, "l")
	p.WaitState(t, `s.scene === "neuron" && s.lang === "es"`)
	p.poll(`location.hash.includes("scene=neuron")`, actionTimeout)

	// Only a scene and a language.
	Eval[any](p, `location.hash = "#scene=xor&lang=en"`)
	p.WaitState(t, `s.scene === "xor" && s.lang === "en"`)
	p.poll(`location.hash.includes("scene=xor") && location.hash.includes("s=")`, actionTimeout)

	// The copied link, with its state.
	Eval[any](p, fmt.Sprintf(`location.hash = %q`, link))
	p.WaitState(t, `s.scene === "perceptron" && s.step === 1`)
	if got := withoutVolatile(p.State(t)); got != want {
		t.Fatalf("the link opened\n%s\nnot\n%s", got, want)
	}
	p.WaitFrames(t, 40)
	if h := Eval[string](p, `location.hash`); !strings.Contains(h, "scene=perceptron") || !strings.Contains(h, "lang=en") {
		t.Errorf("the app wrote back %q", h)
	}
	p.NoConsoleErrors(t)
}

// TestTransportScreenshots shows the strip (or, on a phone, the touch
// bar after a tap) at a projector's, a large screen's and a phone's size,
// in both languages, with a message in the strip; NEURONA_SHOTS keeps
// them for people to look at.
func TestTransportScreenshots(t *testing.T) {
	for _, lang := range []string{"es", "en"} {
		p := openPage(t, "scene=perceptron&lang="+lang)
		p.downloads(t)
		p.load(t, lessonDoc)
		for _, size := range [][2]int64{{1280, 720}, {1920, 1080}, {390, 844}} {
			p.Resize(t, size[0], size[1])
			p.WaitFrames(t, 3)
			if size[0] < 700 {
				// A tap shows the touch bar and, adding a point, a message
				// (a key would hide the bar again).
				plane := p.Plane(t)
				p.Tap(t, plane.X+plane.W*0.9, plane.Y+plane.H*0.1)
			} else {
				x, y := control(2, float64(size[1]))
				p.Click(t, x, y, "left")
				p.Key(t, "e") // a message: the document was exported
			}
			p.WaitFrames(t, 5)
			p.Screenshot(t)
		}
		p.NoConsoleErrors(t)
	}
}
