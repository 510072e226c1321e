//go:build e2e

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// The shell's end-to-end checks (issue 2): each test opens the page in a
// fresh browser, so no test depends on another's state.

// TestPageLoads: the page loads without console errors, the canvas fills
// the window, has the keyboard and is not blank.
func TestPageLoads(t *testing.T) {
	p := openPage(t, "")
	p.WaitFrames(t, 3)
	p.NoConsoleErrors(t)
	// The loader is gone, no error is shown, and the canvas fills the
	// window and holds the keyboard focus (keys work without a click).
	got := Eval[map[string]any](p, `(() => {
		const c = document.querySelector("body > canvas");
		return {
			loader: document.getElementById("loader").hidden,
			error: document.getElementById("error").hidden,
			canvas: !!c,
			cw: c ? c.clientWidth : 0, ch: c ? c.clientHeight : 0,
			ww: window.innerWidth, wh: window.innerHeight,
			focused: document.activeElement === c,
			scrollable: document.scrollingElement.scrollHeight > window.innerHeight,
		};
	})()`)
	if got["loader"] != true || got["error"] != true || got["canvas"] != true {
		t.Errorf("after start: loader hidden %v, error hidden %v, canvas %v", got["loader"], got["error"], got["canvas"])
	}
	if got["cw"] != got["ww"] || got["ch"] != got["wh"] {
		t.Errorf("canvas %vx%v does not fill the window %vx%v", got["cw"], got["ch"], got["ww"], got["wh"])
	}
	if got["focused"] != true {
		t.Error("the canvas does not have the keyboard focus after loading")
	}
	if got["scrollable"] == true {
		t.Error("the page scrolls; the canvas must fit the window exactly")
	}
	s := p.State(t)
	for _, k := range []string{"scene", "lang", "step", "frame", "points"} {
		if _, ok := s[k]; !ok {
			t.Errorf("state() lacks %q", k)
		}
	}

	// The canvas is not blank: text, axes and markers drawn with
	// antialiasing give hundreds of colours; a blank or single-colour
	// canvas gives one or two.
	img := p.Screenshot(t)
	vw, vh := Eval[int](p, `window.innerWidth`), Eval[int](p, `window.innerHeight`)
	if b := img.Bounds(); b.Dx() != vw || b.Dy() != vh || vw < 800 {
		t.Errorf("screenshot %v, viewport %d×%d", b, vw, vh)
	}
	if n := distinctColors(img); n < 24 {
		t.Errorf("the canvas looks blank: %d distinct colours", n)
	}

	// The bundle travelled compressed (the server's brotli variant) and
	// still ran.
	sizes := Eval[map[string]float64](p, `(() => {
		const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("/neurona.wasm"));
		return e ? {encoded: e.encodedBodySize, decoded: e.decodedBodySize} : {};
	})()`)
	if enc, dec := sizes["encoded"], sizes["decoded"]; dec < 1e6 || enc <= 0 || enc > dec/2 {
		t.Errorf("neurona.wasm: %v bytes on the wire for %v bytes; want it compressed", enc, dec)
	}
}

func TestKeySwitchesScene(t *testing.T) {
	p := openPage(t, "")
	if s := p.State(t); s["scene"] != "neuron" {
		t.Fatalf("starts on scene %v, want neuron", s["scene"])
	}
	p.Key(t, "2")
	p.WaitState(t, `s.scene === "perceptron"`)
	p.Key(t, kb.PageDown)
	p.WaitState(t, `s.scene === "xor"`)
	p.Key(t, "5")
	p.WaitState(t, `s.scene === "backprop"`)
	p.Key(t, kb.PageUp)
	p.WaitState(t, `s.scene === "gradient"`)
	// The link follows the view (the shell updates it a few times a
	// second, not every tick).
	p.poll(`location.hash.includes("scene=gradient")`, actionTimeout)
	p.NoConsoleErrors(t)
}

// pressAddsPoint opens the perceptron scene, presses its plane with press
// at fx plane widths and fy plane heights from the centre, and checks that
// the press added one point of class +1 (the left button's class and a
// tap's). It returns the page, the plane and the number of points before.
func pressAddsPoint(t *testing.T, what string, fx, fy float64, press func(p *Page, x, y float64)) (*Page, Rect, int) {
	t.Helper()
	p := openPage(t, "scene=perceptron")
	plane := p.Plane(t)
	before := len(Points(t, p.State(t)))
	x, y := plane.Center()
	press(p, x+fx*plane.W, y+fy*plane.H)
	if c := p.WaitPoints(t, before+1); c != 1 {
		t.Errorf("%s added class %v, want +1", what, c)
	}
	return p, plane, before
}

func TestClickAddsPoint(t *testing.T) {
	p, plane, before := pressAddsPoint(t, "left click", 0, 0, func(p *Page, x, y float64) { p.Click(t, x, y, "left") })
	x, y := plane.Center()
	// A right click adds class -1, and the browser's menu stays shut
	// (the shell prevents it; a menu would swallow the next click).
	p.Click(t, x+plane.W/5, y-plane.H/5, "right")
	if c := p.WaitPoints(t, before+2); c != -1 {
		t.Errorf("right click added class %v, want -1", c)
	}
	// A click outside the plane adds nothing.
	p.Click(t, 2, 2, "left")
	p.WaitFrames(t, 3)
	if n := len(Points(t, p.State(t))); n != before+2 {
		t.Errorf("a click outside the plane changed the points: %d, want %d", n, before+2)
	}
	p.Screenshot(t)
	p.NoConsoleErrors(t)
}

func TestTapAddsPoint(t *testing.T) {
	p, _, before := pressAddsPoint(t, "a tap", -1.0/6, 1.0/6, func(p *Page, x, y float64) { p.Tap(t, x, y) })
	p.WaitFrames(t, 3)
	if n := len(Points(t, p.State(t))); n != before+1 {
		t.Errorf("one tap gave %d new points", n-before)
	}
}

// TestLanguageToggles opens a link that names a view, then toggles the
// language with L both ways.
func TestLanguageToggles(t *testing.T) {
	p := openPage(t, "scene=xor&lang=en")
	if s := p.State(t); s["scene"] != "xor" || s["lang"] != "en" {
		t.Fatalf("#scene=xor&lang=en opened %v in %v", s["scene"], s["lang"])
	}
	p.Key(t, "l")
	p.WaitState(t, `s.lang === "es"`)
	p.Key(t, "l")
	p.WaitState(t, `s.lang === "en"`)
	p.poll(`location.hash.includes("lang=en")`, actionTimeout)
}

func TestMalformedHashFallsBack(t *testing.T) {
	p := openPage(t, "scene=nope&lang=zz&%%%")
	p.WaitFrames(t, 2)
	s := p.State(t)
	if s["scene"] != "neuron" || s["lang"] != "es" {
		t.Errorf("malformed hash opened %v in %v, want neuron in es", s["scene"], s["lang"])
	}
	p.NoConsoleErrors(t)
	// The page still works.
	p.Key(t, "3")
	p.WaitState(t, `s.scene === "xor"`)
}

func TestCanvasFollowsResize(t *testing.T) {
	p := openPage(t, "scene=perceptron")
	before := p.Plane(t)
	p.Resize(t, 800, 600)
	p.poll(`(() => { const c = document.querySelector("body > canvas");
		return c.clientWidth === 800 && c.clientHeight === 600; })()`, actionTimeout)
	p.WaitFrames(t, 3)
	after := p.Plane(t)
	if after == before || after.X+after.W > 800 || after.Y+after.H > 600 {
		t.Errorf("plane %+v after resizing to 800×600 (was %+v)", after, before)
	}
	p.Screenshot(t)
}
