package engine

import (
	"math"
	"testing"
)

// TestLectureANDTable reproduces the notes' example: inputs ±1, weights 2, 2,
// bias −1 and the sign function, e.g. σ(−2 − 2 − 1) = −1 for (−1, −1).
func TestLectureANDTable(t *testing.T) {
	n := Neuron{Theta: [2]float64{2, 2}, B: -1, Act: Sign}
	for _, c := range []struct {
		x        [2]float64
		pot, out float64
	}{
		{[2]float64{-1, -1}, -5, -1},
		{[2]float64{-1, 1}, -1, -1},
		{[2]float64{1, -1}, -1, -1},
		{[2]float64{1, 1}, 3, 1},
	} {
		if p, o := n.Potential(c.x), n.Output(c.x); p != c.pot || o != c.out {
			t.Errorf("x = %v: potential %g output %g, want %g %g", c.x, p, o, c.pot, c.out)
		}
	}
}

func TestNeuronGeometry(t *testing.T) {
	n := Neuron{Theta: [2]float64{3, 4}, B: -5, Act: Sigmoid}
	if nv := n.Normal(); nv != [2]float64{0.6, 0.8} {
		t.Errorf("Normal = %v", nv)
	}
	if d := n.SignedDistance([2]float64{3, 4}); math.Abs(d-4) > 1e-15 {
		t.Errorf("SignedDistance = %g, want 4", d)
	}
	if d := n.SignedDistance([2]float64{0, 0}); d != -1 {
		t.Errorf("SignedDistance(origin) = %g, want -1", d)
	}
	zero := Neuron{B: 2}
	if zero.Normal() != [2]float64{} || !math.IsInf(zero.SignedDistance([2]float64{}), 1) {
		t.Error("θ = 0")
	}
	if (Neuron{}).SignedDistance([2]float64{1, 1}) != 0 {
		t.Error("θ = 0, b = 0")
	}
}

func TestLinePoints(t *testing.T) {
	for _, n := range []Neuron{
		{Theta: [2]float64{1, 1}, B: -1},
		{Theta: [2]float64{0, 1}, B: -0.5},
		{Theta: [2]float64{1, 0}, B: 0.25},
		{Theta: [2]float64{1e-300, 1}, B: 0},
		{Theta: [2]float64{1e200, -3e200}, B: 1e199},
		{Theta: [2]float64{2, -1}, B: 0.3},
	} {
		p, q, ok := n.LinePoints(-1, 1, -1, 1)
		if !ok {
			t.Errorf("%v: no segment", n)
			continue
		}
		for _, v := range [][2]float64{p, q} {
			if v[0] < -1 || v[0] > 1 || v[1] < -1 || v[1] > 1 {
				t.Errorf("%v: end %v outside the rectangle", n, v)
			}
			if d := n.SignedDistance(v); math.Abs(d) > 1e-12 {
				t.Errorf("%v: end %v is %g off the line", n, v, d)
			}
			onEdge := math.Abs(math.Abs(v[0])-1) < 1e-12 || math.Abs(math.Abs(v[1])-1) < 1e-12
			if !onEdge {
				t.Errorf("%v: end %v not on the border", n, v)
			}
		}
	}
	for _, n := range []Neuron{
		{Theta: [2]float64{1, 1}, B: -5},   // misses
		{},                                 // no line
		{Theta: [2]float64{math.NaN(), 1}}, // bad input
		{Theta: [2]float64{1e-300, 1e-300}, B: 1e300},      // far away
		{Theta: [2]float64{1, 1}, B: -2},                   // touches a corner only
		{Theta: [2]float64{0, 1}, B: math.Inf(1)},          // bad input
		{Theta: [2]float64{5e-324, 0}, B: math.MaxFloat64}, // overflow
	} {
		if _, _, ok := n.LinePoints(-1, 1, -1, 1); ok {
			t.Errorf("%v: unexpected segment", n)
		}
	}
	if _, _, ok := (Neuron{Theta: [2]float64{1, 0}}).LinePoints(1, -1, -1, 1); ok {
		t.Error("empty rectangle")
	}
}
