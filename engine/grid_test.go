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

func TestLossGrid(t *testing.T) {
	pts := xorPoints()
	l := Logistic{B: 0.3}
	dst := make([]float64, 6)
	l.LossGrid(dst, 3, 2, -3, -1, 3, 1, pts, BCE)
	for r := range 2 {
		for c := range 3 {
			th := [2]float64{-3 + float64(c)*2 + 1, 1 - float64(r) - 0.5}
			if want := (Logistic{Theta: th, B: 0.3}).Loss(pts, BCE); dst[r*3+c] != want {
				t.Errorf("cell %d,%d = %g, want %g", r, c, dst[r*3+c], want)
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
