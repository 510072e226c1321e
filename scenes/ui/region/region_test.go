package region

import (
	"math"
	"testing"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
)

func TestStyleIsClearAtTheLineAndSaturates(t *testing.T) {
	st := Style(engine.Sigmoid, ui.Dark, 0x80, 0)
	pos, neg := ui.WithAlpha(ui.Dark.ClassPos, 0x80), ui.WithAlpha(ui.Dark.ClassNeg, 0x80)
	if c := ui.FieldColor(0.5, st); c.A != 0 {
		t.Errorf("σ = 0.5 (a = 0) should be transparent: %v", c)
	}
	if c := ui.FieldColor(1, st); c != pos {
		t.Errorf("σ → 1: %v, want %v", c, pos)
	}
	if c := ui.FieldColor(0, st); c != neg {
		t.Errorf("σ → 0: %v, want %v", c, neg)
	}
	// A gentle slope: half way to saturation is half the opacity.
	if c := ui.FieldColor(0.5+0.475/2, st); c.A < 0x3f || c.A > 0x41 {
		t.Errorf("half way up: %v", c)
	}
	if st := Style(engine.Sign, ui.Dark, 0x80, 0); ui.FieldColor(0, st).A != 0 || ui.FieldColor(1, st) != pos || ui.FieldColor(-1, st) != neg {
		t.Errorf("sign style %+v", st)
	}
	// ReLU's scale comes from the view; its "off" side stays clear.
	st = Style(engine.ReLU, ui.Dark, 0x80, 3)
	if ui.FieldColor(0, st).A != 0 || ui.FieldColor(3, st) != pos || ui.FieldColor(1.5, st).A != 0x40 {
		t.Errorf("ReLU style %+v", st)
	}
	// Nothing positive in view: still clear at 0, never NaN.
	if st := Style(engine.ReLU, ui.Dark, 0x80, math.Inf(-1)); ui.FieldColor(0, st).A != 0 || !(st.Hi > st.Lo) {
		t.Errorf("ReLU with nothing in view %+v", st)
	}
}

func TestViewMax(t *testing.T) {
	p := ui.NewPlane(0, 0, 2)
	p.Layout(ui.Rect{W: 400, H: 400}) // [−2, 2]²
	n := ui.NeuronField([2]float64{1, 1}, 0.5, engine.ReLU)
	if v := ViewMax(&p, n); math.Abs(v-4.5) > 1e-12 {
		t.Errorf("neuron ReLU max %v, want 4.5", v)
	}
	m := engine.XORLecture(engine.Sigmoid)
	m.Out = engine.ReLU
	if v := ViewMax(&p, ui.MLPField(m)); !(v > 0) || math.IsInf(v, 0) {
		t.Errorf("network max %v", v)
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
