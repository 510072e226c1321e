//go:build e2e

package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/neurona/neurona/engine"
)

// TestBackpropWalksAFullPass presses Space through a whole forward and
// backward pass of the backprop scene, checking the phase and node of
// every step, that ∂L/∂θ₁₂ reuses the cached ∂L/∂a₁, and that every
// gradient the page shows equals the engine's backpropagation and the
// page's own finite-difference check; then the update, and ← back.
func TestBackpropWalksAFullPass(t *testing.T) {
	p, s := openScene(t, "backprop", "es", `s.step === 0`)
	if s["phase"] != "forward" || s["focus"] != "" {
		t.Fatalf("start: phase %v focus %v", s["phase"], s["focus"])
	}
	order := strings.Fields("a1 a2 z1 z2 a3 yhat L yhat a3 w1 w2 b3 z1 z2 a1 a2 t11 t12 b1 t21 t22 b2")
	for i, id := range order {
		p.Key(t, " ")
		s = p.WaitState(t, fmt.Sprintf(`s.walk === %d`, i+1))
		want := "forward"
		switch {
		case i == 6:
			want = "loss"
		case i > 6:
			want = "backward"
		}
		if s["phase"] != want || s["focus"] != id {
			t.Fatalf("step %d: phase %v focus %v, want %s %s", i+1, s["phase"], s["focus"], want, id)
		}
		if _, ok := s["values"].(map[string]any)[id]; i < 7 && !ok {
			t.Errorf("step %d: values has no %s", i+1, id)
		}
		if i >= 7 {
			if _, ok := s["grads"].(map[string]any)[id]; !ok {
				t.Errorf("step %d: grads has no %s", i+1, id)
			}
		}
		if id == "t12" && fmt.Sprint(s["reused"]) != "[a1]" {
			t.Errorf("∂L/∂θ₁₂ reused %v, want [a1]", s["reused"])
		}
	}

	// Every parameter's gradient against the engine and finite differences.
	net, x, y := originOf(t, s)
	want := net.Backward(net.Forward(x), x, y, engine.BCE)
	grads := s["grads"].(map[string]any)
	check := s["check"].(map[string]any)
	refs := map[string]float64{
		"t11": want.W1[0][0], "t12": want.W1[0][1], "b1": want.B1[0],
		"t21": want.W1[1][0], "t22": want.W1[1][1], "b2": want.B1[1],
		"w1": want.W2[0], "w2": want.W2[1], "b3": want.B2,
	}
	for id, ref := range refs {
		g, _ := grads[id].(float64)
		fd, _ := check[id].(float64)
		if math.Abs(g-ref) > 1e-12 || math.Abs(g-fd) > 1e-6 {
			t.Errorf("∂L/∂%s: page %v, engine %g, finite differences %v", id, grads[id], ref, check[id])
		}
	}
	img := p.Screenshot(t) // mid-lesson: the backward pass complete
	if distinctColors(img) < 24 {
		t.Error("the backprop scene looks blank")
	}

	// The update: θ ← θ − α ∂L/∂θ.
	before := s["params"].(map[string]any)
	alpha := s["alpha"].(float64)
	p.Key(t, " ")
	s = p.WaitState(t, `s.walk === 23 && s.phase === "update"`)
	after := s["params"].(map[string]any)
	for id := range refs {
		if w := before[id].(float64) - alpha*grads[id].(float64); after[id] != w {
			t.Errorf("update of %s: %v → %v, want %g", id, before[id], after[id], w)
		}
	}

	// ← steps back through the walk to the same numbers.
	p.Key(t, kb.ArrowLeft)
	s = p.WaitState(t, `s.walk === 22`)
	if fmt.Sprint(s["grads"]) != fmt.Sprint(grads) || s["focus"] != "b2" {
		t.Errorf("← after the update: focus %v grads %v", s["focus"], s["grads"])
	}
	// Then the next example.
	p.Key(t, kb.ArrowRight)
	p.WaitState(t, `s.walk === 23`)
	p.Key(t, " ")
	s = p.WaitState(t, `s.walk === 0 && s.example === 1`)
	if got := s["params"].(map[string]any); fmt.Sprint(got) != fmt.Sprint(after) {
		t.Errorf("the next example starts from %v, want the updated %v", got, after)
	}
	p.NoConsoleErrors(t)
}

// originOf reads the network the walk computes gradients for (the one in
// "values" before the update) and its example from the state document.
func originOf(t *testing.T, s map[string]any) (engine.MLP, [2]float64, int) {
	t.Helper()
	v, _ := s["values"].(map[string]any)
	f := func(id string) float64 {
		x, ok := v[id].(float64)
		if !ok {
			t.Fatalf("values has no %s", id)
		}
		return x
	}
	m := engine.MLP{
		H:  2,
		W1: [engine.MaxHidden][2]float64{{f("t11"), f("t12")}, {f("t21"), f("t22")}},
		B1: [engine.MaxHidden]float64{f("b1"), f("b2")},
		W2: [engine.MaxHidden]float64{f("w1"), f("w2")},
		B2: f("b3"), Hidden: engine.Sigmoid, Out: engine.Sigmoid,
	}
	pts := enginePoints(t, s)
	ex := int(s["example"].(float64))
	if ex < 0 || ex >= len(pts) {
		t.Fatalf("example %d of %d points", ex, len(pts))
	}
	return m, [2]float64{f("x1"), f("x2")}, pts[ex].Y
}
