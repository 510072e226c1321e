//go:build e2e

package e2e

import (
	"fmt"
	"math"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/neurona/neurona/engine"
)

// TestGradientStepsAgainstTheGradient opens the gradient scene, presses
// Space and checks that θ and b moved by exactly −α times the published
// gradient, which is the engine's on the published points; then it adds a
// point with a click, toggles the loss with J, and steps back with ←.
func TestGradientStepsAgainstTheGradient(t *testing.T) {
	p, s := openScene(t, "gradient", "es", `s.step === 0`)

	for i := 1; i <= 3; i++ {
		pts := enginePoints(t, s)
		loss, err := engine.ParseLoss(fmt.Sprint(s["loss"]))
		if err != nil {
			t.Fatal(err)
		}
		m := logisticOf(t, s)
		alpha := s["alpha"].(float64)
		g := s["gradient"].(map[string]any)
		gt := g["theta"].([]any)
		grad := [3]float64{gt[0].(float64), gt[1].(float64), g["b"].(float64)}
		// The page runs as WebAssembly, whose math.Exp may round the last
		// bit differently from this machine's: compare to 1e-12.
		J, wantT, wantB := m.Gradient(pts, loss)
		if !close3(grad, [3]float64{wantT[0], wantT[1], wantB}) || !close3([3]float64{s["J"].(float64)}, [3]float64{J}) {
			t.Fatalf("step %d: page J=%v ∇J=%v; engine %g %v %g", i-1, s["J"], grad, J, wantT, wantB)
		}

		p.Key(t, " ")
		s = p.WaitState(t, fmt.Sprintf(`s.step === %d`, i))
		next := logisticOf(t, s)
		d := [3]float64{next.Theta[0] - m.Theta[0], next.Theta[1] - m.Theta[1], next.B - m.B}
		for k := range d {
			if want := -alpha * grad[k]; math.Abs(d[k]-want) > 1e-12*math.Max(1, math.Abs(want)) {
				t.Errorf("step %d: parameter %d moved %g, want −α·∂J = %g", i, k, d[k], want)
			}
		}
		if dot := d[0]*grad[0] + d[1]*grad[1]; !(dot < 0) {
			t.Errorf("step %d: θ did not move against the gradient (Δθ·∇J = %g)", i, dot)
		}
		ref := m
		ref.Step(pts, loss, alpha)
		if !close3([3]float64{ref.Theta[0], ref.Theta[1], ref.B}, [3]float64{next.Theta[0], next.Theta[1], next.B}) {
			t.Errorf("step %d: page %+v, engine %+v", i, next, ref)
		}
	}

	// ← returns to the exact earlier state.
	before := p.State(t)
	p.Key(t, kb.ArrowLeft)
	s = p.WaitState(t, `s.step === 2`)
	p.Key(t, kb.ArrowRight)
	s = p.WaitState(t, `s.step === 3`)
	if fmt.Sprint(s["theta"], s["b"], s["J"]) != fmt.Sprint(before["theta"], before["b"], before["J"]) {
		t.Errorf("← then → changed the state: %v %v, was %v %v", s["theta"], s["b"], before["theta"], before["b"])
	}

	// A click adds a point; J switches the loss.
	n := len(Points(t, s))
	plane := p.Plane(t)
	p.Click(t, plane.X+plane.W*0.9, plane.Y+plane.H*0.1, "right")
	if c := p.WaitPoints(t, n+1); c != -1 {
		t.Errorf("right click added class %v", c)
	}
	p.Key(t, "j")
	s = p.WaitState(t, `s.loss === "mse"`)
	if s["diverged"] != false {
		t.Errorf("diverged = %v", s["diverged"])
	}
	if img := p.Screenshot(t); distinctColors(img) < 24 {
		t.Error("the gradient scene looks blank")
	}
	p.NoConsoleErrors(t)
}

// logisticOf reads "theta" and "b" of the state as an engine neuron.
func logisticOf(t *testing.T, s map[string]any) engine.Logistic {
	t.Helper()
	th, _ := s["theta"].([]any)
	b, ok := s["b"].(float64)
	if len(th) != 2 || !ok {
		t.Fatalf("state has no theta/b: %v %v", s["theta"], s["b"])
	}
	return engine.Logistic{Theta: [2]float64{th[0].(float64), th[1].(float64)}, B: b}
}

// close3 reports whether a and b agree to 1e-12, relative to their size.
func close3(a, b [3]float64) bool {
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-12*math.Max(1, math.Abs(b[i])) {
			return false
		}
	}
	return true
}
