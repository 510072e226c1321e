package engine

import (
	"math"
	"testing"
)

func TestEvalGridLayout(t *testing.T) {
	// Output = x₂ + 10·x₁ on [0,4]×[0,2] with a 4×2 grid: cell centres at
	// x₁ ∈ {0.5, 1.5, 2.5, 3.5}, top row x₂ = 1.5, bottom row x₂ = 0.5.
	n := Neuron{Theta: [2]float64{10, 1}, Act: Identity}
	dst := make([]float64, 8)
	EvalGrid(dst, 4, 2, 0, 0, 4, 2, n)
	want := []float64{6.5, 16.5, 26.5, 36.5, 5.5, 15.5, 25.5, 35.5}
	for i := range want {
		if math.Abs(dst[i]-want[i]) > 1e-12 {
			t.Fatalf("grid %v, want %v", dst, want)
		}
	}
	// Too small a buffer, or silly sizes: nothing happens, no panic.
	EvalGrid(dst[:7], 4, 2, 0, 0, 4, 2, n)
	EvalGrid(dst, -1, 2, 0, 0, 4, 2, n)
	EvalGrid(dst, 1<<40, 1<<40, 0, 0, 4, 2, n)
	m := XORLecture(Sigmoid)
	EvalGrid(dst, 2, 2, 0, 0, 2, 2, &m)
	if dst[2] != m.Predict([2]float64{0.5, 0.5}) {
		t.Error("MLP grid")
	}
}

// LossGrid gives Loss's value at each cell centre: to the last bit for the
// squared error; for BCE (a logarithm per group of points, not per point)
// to within 1e-12 of max(1, J), also where J is tiny (points far on their
// side), huge (far on the wrong side), and with more points than one
// group. The bound is absolute below 1 because Loss's own error is: its
// softplus(z) − t·z cancels z for a point on its side, leaving about an
// ulp of |z| (bceLoss keeps those tiny terms whole).
func TestLossGrid(t *testing.T) {
	many := make([]Point, 3*logGroup+5)
	for i := range many {
		x := float64(i%17)/4 - 2
		many[i] = Point{X: [2]float64{x, float64(i%5) - 2}, Y: []int{-1, 1}[i%2]}
	}
	sep := []Point{{X: [2]float64{1, 1}, Y: 1}, {X: [2]float64{2, 0.5}, Y: 1}, {X: [2]float64{-1, -1}, Y: -1}, {X: [2]float64{-0.5, -2}, Y: -1}}
	for _, tc := range []struct {
		name string
		pts  []Point
		half float64
	}{{"xor", xorPoints(), 3}, {"separable, far out", sep, 400}, {"separable, very far out", sep, 1e5}, {"separable", sep, 4}, {"many points", many, 60}, {"no points", nil, 3}} {
		for _, loss := range []Loss{BCE, MSE} {
			l := Logistic{B: 0.3}
			const w, h = 2*cellRun + 5, 6
			dst := make([]float64, w*h)
			l.LossGrid(dst, w, h, -tc.half, -tc.half/2, tc.half, tc.half, tc.pts, loss)
			dx, dy := 2*tc.half/w, 1.5*tc.half/h
			for r := range h {
				for c := range w {
					th := [2]float64{-tc.half + (float64(c)+0.5)*dx, tc.half - (float64(r)+0.5)*dy}
					want, got := (Logistic{Theta: th, B: 0.3}).Loss(tc.pts, loss), dst[r*w+c]
					if loss == MSE && got != want || math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) || math.IsNaN(got) {
						t.Errorf("%s, %v: cell %d,%d = %g, want %g", tc.name, loss, r, c, got, want)
					}
				}
			}
		}
	}
}

// The loss-only path gives the very value Gradient computes with the
// gradient, for both losses, the saturated ends and no points.
func TestLogisticLossIsGradientsValue(t *testing.T) {
	pts := xorPoints()
	for _, loss := range []Loss{BCE, MSE} {
		for _, l := range []Logistic{{}, {Theta: [2]float64{2.5, -1.25}, B: 0.3}, {Theta: [2]float64{800, -900}, B: 40}, {Theta: [2]float64{-1e6, 1e6}, B: -3}} {
			v, _, _ := l.Gradient(pts, loss)
			if got := l.Loss(pts, loss); got != v {
				t.Errorf("%v %+v: Loss = %v, Gradient's value %v", loss, l, got, v)
			}
		}
		if got := (Logistic{B: 1}).Loss(nil, loss); got != 0 {
			t.Errorf("%v: no points, Loss = %v", loss, got)
		}
	}
}

// Where Loss is exact to its last digits, tiny values too (one point of
// class 0 far on its side: J = log(1 + eᶻ) with z from −900 to −500, e^z
// underflowing at one end), LossGrid's BCE agrees to a relative 1e-12.
func TestLossGridTinyLoss(t *testing.T) {
	pts := []Point{{X: [2]float64{1, 0.5}, Y: -1}}
	const w = 3 * cellRun
	dst := make([]float64, w)
	Logistic{B: 0.3}.LossGrid(dst, w, 1, -900, -1, -500, 1, pts, BCE)
	dx := 400.0 / w
	for c, got := range dst {
		want := (Logistic{Theta: [2]float64{-900 + (float64(c)+0.5)*dx, 0}, B: 0.3}).Loss(pts, BCE)
		if math.Abs(got-want) > 1e-12*want {
			t.Errorf("cell %d = %g, want %g", c, got, want)
		}
	}
	if dst[0] != 0 || dst[w-1] == 0 {
		t.Errorf("the ends are %g and %g: want 0 (underflow) and not 0", dst[0], dst[w-1])
	}
}
