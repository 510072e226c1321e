//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestNeuronTableAndDrags opens the neuron scene, checks the notes'
// AND-like table through state() (σ(−2 + −2 − 1) = −1 for (−1, −1)),
// cycles the activation with A, drags θ's tip and the line with the real
// mouse (each changes exactly its own parameters), and looks at the page.
func TestNeuronTableAndDrags(t *testing.T) {
	p, s := openScene(t, "neuron", "es", "")
	if fmt.Sprint(s["theta"]) != "[2 2]" || s["b"] != -1.0 || s["activation"] != "sign" {
		t.Fatalf("start: θ=%v b=%v σ=%v, want the notes' (2, 2), −1, sign", s["theta"], s["b"], s["activation"])
	}
	want := []struct{ x, a, yhat, y string }{
		{"[-1 -1]", "-5", "-1", "-1"},
		{"[-1 1]", "-1", "-1", "-1"},
		{"[1 -1]", "-1", "-1", "-1"},
		{"[1 1]", "3", "1", "1"},
	}
	rows, _ := s["table"].([]any)
	if len(rows) != len(want) || s["correct"] != 4.0 {
		t.Fatalf("table %v, correct %v", s["table"], s["correct"])
	}
	for i, w := range want {
		r := rows[i].(map[string]any)
		got := []string{fmt.Sprint(r["x"]), fmt.Sprint(r["a"]), fmt.Sprint(r["yhat"]), fmt.Sprint(r["y"])}
		if got[0] != w.x || got[1] != w.a || got[2] != w.yhat || got[3] != w.y || r["class"] != r["y"] {
			t.Errorf("row %d = %v, want x=%s a=%s ŷ=%s y=%s", i, r, w.x, w.a, w.yhat, w.y)
		}
	}

	// A cycles sign → arctan → sigmoid → ReLU → sign; the table's classes
	// stay (they depend on the side of the line only).
	for _, act := range []string{"arctan", "sigmoid", "relu", "sign"} {
		p.Key(t, "a")
		s = p.WaitState(t, fmt.Sprintf(`s.activation === %q`, act))
		if s["correct"] != 4.0 {
			t.Errorf("%s: %v points right", act, s["correct"])
		}
	}

	// The plane shows ±2.4 data units across its shorter side, centred on 0.
	plane := p.Plane(t)
	cx, cy := plane.Center()
	unit := math.Min(plane.W, plane.H) / (2 * 2.4)
	at := func(x1, x2 float64) (float64, float64) { return cx + x1*unit, cy - x2*unit }

	// Drag θ's tip from (2, 2) to (−1.5, 0.5): θ follows, b stays.
	fx, fy := at(2, 2)
	tx, ty := at(-1.5, 0.5)
	p.drag(t, fx, fy, tx, ty)
	s = p.WaitState(t, `Math.abs(s.theta[0] + 1.5) < 0.05 && Math.abs(s.theta[1] - 0.5) < 0.05`)
	if s["b"] != -1.0 || len(Points(t, s)) != 4 {
		t.Errorf("dragging θ changed b (%v) or the points (%d)", s["b"], len(Points(t, s)))
	}
	theta := fmt.Sprint(s["theta"])

	// Drag the line −1.5x₁ + 0.5x₂ − 1 = 0 at (−0.5, 0.5) up by one unit:
	// b changes by −θ₂ = −0.5, θ does not.
	fx, fy = at(-0.5, 0.5)
	tx, ty = at(-0.5, 1.5)
	p.drag(t, fx, fy, tx, ty)
	s = p.WaitState(t, `Math.abs(s.b + 1.5) < 0.05`)
	if fmt.Sprint(s["theta"]) != theta || len(Points(t, s)) != 4 {
		t.Errorf("dragging the line changed θ (%v → %v) or the points", theta, s["theta"])
	}

	img := p.Screenshot(t)
	if n := distinctColors(img); n < 24 {
		t.Errorf("the neuron scene looks blank: %d distinct colours", n)
	}
	p.NoConsoleErrors(t)
}

// drag presses the left button at (x0, y0), moves in steps to (x1, y1)
// over several frames and releases it there, as a hand on a mouse does.
func (p *Page) drag(t *testing.T, x0, y0, x1, y1 float64) {
	t.Helper()
	send := func(e input.DispatchMouseEventParams) {
		ctx, cancel := context.WithTimeout(p.ctx, actionTimeout)
		defer cancel()
		if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, e); err != nil {
			t.Fatalf("mouse event: %v", err)
		}
	}
	send(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: x0, Y: y0})
	send(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMousePressed, X: x0, Y: y0, Button: input.MouseButtonLeft, Buttons: 1, ClickCount: 1})
	p.WaitFrames(t, 1)
	const n = 5
	for i := 1; i <= n; i++ {
		f := float64(i) / n
		send(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: x0 + (x1-x0)*f, Y: y0 + (y1-y0)*f, Button: input.MouseButtonLeft, Buttons: 1})
		p.WaitFrames(t, 1)
	}
	send(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseReleased, X: x1, Y: y1, Button: input.MouseButtonLeft, ClickCount: 1})
	p.WaitFrames(t, 1)
}

// TestNeuronTransportShowsOnlyReset: the neuron has no steps, so its
// transport strip holds reset alone, first in the strip, with no speed;
// a quick click on it does what R does (θ and b back to the preset's),
// and a click where step would be in a scene that plays does nothing.
func TestNeuronTransportShowsOnlyReset(t *testing.T) {
	p := openPage(t, "scene=neuron&lang=es")
	p.Resize(t, 1280, 720)
	p.WaitFrames(t, 3)
	const h = 720
	start := p.State(t)
	p.Key(t, kb.ArrowUp) // θ₁ up a notch
	p.WaitState(t, `s.theta[0] !== `+fmt.Sprint(start["theta"].([]any)[0]))
	x, y := control(2, h) // where step is in a scene that plays: nothing there
	p.Click(t, x, y, "left")
	p.WaitFrames(t, 3)
	if s := p.State(t); fmt.Sprint(s["theta"]) == fmt.Sprint(start["theta"]) {
		t.Fatal("a click beside the strip's only control reset the neuron")
	}
	x, y = control(0, h) // reset, first in the strip
	p.Click(t, x, y, "left")
	s := p.WaitState(t, `s.theta[0] === `+fmt.Sprint(start["theta"].([]any)[0]))
	if fmt.Sprint(s["theta"], s["b"]) != fmt.Sprint(start["theta"], start["b"]) {
		t.Errorf("after reset θ, b = %v, %v, want %v, %v", s["theta"], s["b"], start["theta"], start["b"])
	}
	p.NoConsoleErrors(t)
}

// TestNeuronSideLabelsOnTheirSide: "a > 0" and "a < 0" sit inside the
// half-planes they name (the potential at the centre of each label's box,
// from the plane's ±2.4 data units and the state's θ and b, has the sign
// the label names), at each preset, at 1280×720, 1920×1080 and 390×844
// at text scale 1, and at the largest scale.
func TestNeuronSideLabelsOnTheirSide(t *testing.T) {
	p := openPage(t, "scene=neuron&lang=es")
	check := func(what string) {
		t.Helper()
		for n := 1; n <= 3; n++ {
			p.Key(t, fmt.Sprint(n), kb.ModifierShift)
			p.WaitFrames(t, 4)
			s := p.State(t)
			th := s["theta"].([]any)
			t1, t2, b := th[0].(float64), th[1].(float64), s["b"].(float64)
			plane := p.Plane(t)
			cx, cy := plane.Center()
			unit := math.Min(plane.W, plane.H) / (2 * 2.4)
			seen := 0
			for _, l := range p.layout(t).Labels {
				sign := map[string]float64{"a > 0": 1, "a < 0": -1}[l.Text]
				if sign == 0 {
					continue
				}
				seen++
				x1 := ((l.Box[0]+l.Box[2])/2 - cx) / unit
				x2 := (cy - (l.Box[1]+l.Box[3])/2) / unit
				if a := t1*x1 + t2*x2 + b; a*sign <= 0 {
					t.Errorf("%s preset %d: %q centred at (%.2f, %.2f), where a = %.3g", what, n, l.Text, x1, x2, a)
				}
			}
			if seen != 2 {
				t.Errorf("%s preset %d: %d side labels in layout()", what, n, seen)
			}
		}
	}
	for _, size := range [][2]int64{{1280, 720}, {1920, 1080}, {390, 844}} {
		p.Resize(t, size[0], size[1])
		p.WaitFrames(t, 3)
		check(fmt.Sprintf("%dx%d", size[0], size[1]))
	}
	p.Resize(t, 1280, 720)
	p.WaitFrames(t, 3)
	for range zoomInSteps {
		p.Key(t, "=", kb.ModifierCtrl)
	}
	for _, size := range [][2]int64{{1280, 720}, {1920, 1080}} {
		p.Resize(t, size[0], size[1])
		p.WaitFrames(t, 3)
		check(fmt.Sprintf("%dx%d at the largest zoom", size[0], size[1]))
	}
	p.NoConsoleErrors(t)
}
