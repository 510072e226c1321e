package engine

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

func TestParamsRoundTrip(t *testing.T) {
	m := NewMLP(3, Tanh, 4)
	v := m.Params()
	if len(v) != 13 {
		t.Fatalf("H=3 has %d parameters, want 13", len(v))
	}
	var n MLP
	n.H, n.Hidden, n.Out = 3, Tanh, m.Out
	if !n.SetParams(v) || n != m {
		t.Fatalf("SetParams(Params()) changed the network:\n%+v\n%+v", m, n)
	}
	if n.SetParams(v[:5]) {
		t.Fatal("a vector of the wrong length was accepted")
	}
}

// TestNumericGradsAgreeWithBackprop checks backpropagation against the
// central differences, and those against gonum's numerical
// differentiation, for every hidden activation with a derivative, both
// losses, and several networks and samples.
func TestNumericGradsAgreeWithBackprop(t *testing.T) {
	for _, act := range []Activation{Sigmoid, Tanh, Arctan, Identity} {
		for _, loss := range []Loss{BCE, MSE} {
			for seed := int64(1); seed <= 3; seed++ {
				m := NewMLP(int(seed)+1, act, seed)
				x, y := [2]float64{0.3 * float64(seed), -0.7}, 1-2*int(seed%2)
				num := m.NumericGrads(x, y, loss)
				back := m.Backward(m.Forward(x), x, y, loss).Vector(m.H)
				probe := m
				ref := fd.Gradient(nil, func(p []float64) float64 {
					probe.SetParams(p)
					return probe.SampleLoss(probe.Forward(x), y, loss)
				}, m.Params(), &fd.Settings{Formula: fd.Central, Step: FDStep})
				for i := range num {
					if d := math.Abs(num[i] - back[i]); d > 1e-6*math.Max(1, math.Abs(back[i])) {
						t.Errorf("%v %v seed %d: parameter %d: finite differences %.9g, backprop %.9g", act, loss, seed, i, num[i], back[i])
					}
					if d := math.Abs(num[i] - ref[i]); d > 1e-9*math.Max(1, math.Abs(ref[i])) {
						t.Errorf("%v %v seed %d: parameter %d: NumericGrads %.12g, gonum's fd.Gradient %.12g", act, loss, seed, i, num[i], ref[i])
					}
				}
			}
		}
	}
}

// TestLectureTheta11 checks the notes' ∂L/∂θ₁₁ = −x₁ θ₁^[2] z₁(1 − z₁)(y − ŷ)
// against the finite-difference estimate.
func TestLectureTheta11(t *testing.T) {
	m := NewMLP(2, Sigmoid, 9)
	x, y := [2]float64{0.8, -0.4}, 1
	f := m.Forward(x)
	z1 := f.Z1[0]
	lecture := -x[0] * m.W2[0] * z1 * (1 - z1) * (1 - f.YHat)
	if num := m.NumericGrads(x, y, BCE)[0]; math.Abs(num-lecture) > 1e-7 {
		t.Fatalf("∂L/∂θ₁₁: lecture %.9g, finite differences %.9g", lecture, num)
	}
}
