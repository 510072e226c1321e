package region

import (
	"math"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

func TestRampIsClearAtTheLineAndSaturates(t *testing.T) {
	r := ForActivation(engine.Sigmoid, ui.Dark, 0x80)
	if c := r.At(0.5); c.A != 0 {
		t.Errorf("σ = 0.5 (a = 0) should be transparent: %v", c)
	}
	if c := r.At(1); c != r.Pos {
		t.Errorf("σ → 1: %v, want %v", c, r.Pos)
	}
	if c := r.At(0); c != r.Neg {
		t.Errorf("σ → 0: %v, want %v", c, r.Neg)
	}
	if c := r.At(math.NaN()); c != r.Base {
		t.Errorf("NaN: %v", c)
	}
	// ReLU's scale comes from the view; its "off" side stays clear.
	if r := ForActivation(engine.ReLU, ui.Dark, 0x80); !r.AutoHi || r.At(0).A != 0 {
		t.Errorf("ReLU ramp %+v", r)
	}
}

func TestNumbersUseTheTrueMinus(t *testing.T) {
	for v, want := range map[float64]string{
		-1: "−1.00", 2: "2.00", -0.0001: "−0.0001", 12345: "1.23e+04", math.Inf(-1): "−∞", -0.001: "−0.001",
	} {
		if got := Num(v); got != want {
			t.Errorf("Num(%g) = %q, want %q", v, got, want)
		}
	}
	if Num(math.NaN()) != "—" || Short(-20) != "−20" || Short(0.5) != "0.5" || Paren(-1) != "(−1.00)" || Signed(-1) != " − 1.00" || Signed(1) != " + 1.00" {
		t.Error("Short, Paren or Signed")
	}
}

func TestIntersectClipsTheView(t *testing.T) {
	p := ui.NewPlane(0, 0, 1)
	p.Layout(ui.Rect{W: 200, H: 200}) // 100 px per unit, [−1, 1]²
	// x₁ > 0 and x₂ > 0: the upper right quarter, 100×100 px.
	poly := Intersect(nil, &p, [][2]float64{{1, 0}, {0, 1}}, []float64{0, 0})
	if a := area(poly); math.Abs(a-100*100) > 1e-6 {
		t.Errorf("quarter area %v px², polygon %v", a, poly)
	}
	// x₁ > 0 and x₁ < −0.5: empty.
	if poly := Intersect(poly, &p, [][2]float64{{1, 0}, {-1, 0}}, []float64{0, -0.5}); len(poly) != 0 {
		t.Errorf("disjoint half-planes gave %v", poly)
	}
	// Distance to a clipped line.
	s := Clip(&p, [2]float64{1, 0}, 0) // x₁ = 0: the vertical through x = 100 px
	if !s.OK || math.Abs(s.Dist(130, 50)-30) > 1e-9 {
		t.Errorf("segment %+v, distance %v", s, s.Dist(130, 50))
	}
	if Clip(&p, [2]float64{0, 0}, 1).OK {
		t.Error("θ = 0 has no line")
	}
}

func area(xy []float64) float64 {
	a := 0.0
	n := len(xy) / 2
	for i := range n {
		j := (i + 1) % n
		a += xy[2*i]*xy[2*j+1] - xy[2*j]*xy[2*i+1]
	}
	return math.Abs(a) / 2
}

func TestMapSamplesOnlyWhenSomethingChanged(t *testing.T) {
	c := ui.NewTestContext(400, 300)
	p := ui.NewPlane(0, 0, 2)
	p.Layout(ui.Rect{W: 400, H: 300})
	var m Map
	n := engine.Neuron{Theta: [2]float64{1, 1}, Act: engine.Sign}
	r := ForActivation(n.Act, c.Theme, 0x60)
	if !m.Update(c, &p, n, r) {
		t.Fatal("first update did not sample")
	}
	if m.Update(c, &p, n, r) {
		t.Error("an unchanged model was sampled again")
	}
	n.B = 0.5
	if !m.Update(c, &p, n, r) {
		t.Error("a changed model was not sampled")
	}
	m.Step = 6
	if !m.Update(c, &p, n, r) || m.w != 400/6+1 {
		t.Errorf("a new step was not sampled: %d columns", m.w)
	}
	if m.Max() != 1 {
		t.Errorf("largest sign output %v", m.Max())
	}
}
