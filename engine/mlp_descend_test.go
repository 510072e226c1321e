package engine

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestDescendMatchesStep holds Descend to Step bit for bit: a run of Descend
// calls leaves exactly (==) the networks, losses and divergences that Step
// gives one by one, for both losses, several widths and seeds.
func TestDescendMatchesStep(t *testing.T) {
	pts := []Point{{X: [2]float64{0, 0}, Y: -1}, {X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{1, 0}, Y: 1}, {X: [2]float64{1, 1}, Y: -1}}
	for _, loss := range []Loss{BCE, MSE} {
		for _, h := range []int{1, 2, 3, MaxHidden} {
			for seed := int64(1); seed <= 3; seed++ {
				a, b := NewMLP(h, Sigmoid, seed), NewMLP(h, Sigmoid, seed)
				for i := range 300 {
					lr := 0.5 + float64(i%7)
					st := a.Step(pts, loss, lr)
					l, div := b.Descend(pts, loss, lr)
					if a != b || l != st.Loss || div != st.Diverged {
						t.Fatalf("loss %v h %d seed %d step %d: Descend differs from Step", loss, h, seed, i)
					}
				}
			}
		}
	}
}

// TestDescendAllocatesNothing keeps the training hot path free of garbage.
func TestDescendAllocatesNothing(t *testing.T) {
	pts := []Point{{X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{1, 1}, Y: -1}}
	m := NewMLP(2, Sigmoid, 1)
	if n := testing.AllocsPerRun(100, func() { m.Descend(pts, BCE, 1) }); n != 0 {
		t.Fatalf("Descend allocates %v times a call, want 0", n)
	}
}

// TestGradientIsPerSampleBackprop holds Gradient's fused loop to the
// per-sample path it stands for bit for bit (==): for every activation
// pair and both losses, its loss and gradient are the means of
// SampleLoss and Backward over Forward's values, summed in the same order.
func TestGradientIsPerSampleBackprop(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, hidden := range []Activation{Sign, Arctan, Sigmoid, ReLU, Tanh, Identity} {
		for _, out := range []Activation{Sigmoid, Tanh, Identity} {
			for _, loss := range []Loss{BCE, MSE} {
				for _, h := range []int{1, 2, 5, MaxHidden} {
					m := NewMLP(h, hidden, int64(h))
					m.Out = out
					m.W2[0] *= 40 // some saturated outputs
					pts := randSeparable(r, 6)
					var sum, want Grads
					s := 0.0
					for _, p := range pts {
						f := m.Forward(p.X)
						s += m.SampleLoss(f, p.Y, loss)
						g := m.Backward(f, p.X, p.Y, loss)
						sum.B2 += g.B2
						for j := range h {
							sum.W1[j] = [2]float64{sum.W1[j][0] + g.W1[j][0], sum.W1[j][1] + g.W1[j][1]}
							sum.B1[j], sum.W2[j] = sum.B1[j]+g.B1[j], sum.W2[j]+g.W2[j]
						}
					}
					k := 1 / float64(len(pts))
					want.B2 = sum.B2 * k
					for j := range h {
						want.W1[j] = [2]float64{sum.W1[j][0] * k, sum.W1[j][1] * k}
						want.B1[j], want.W2[j] = sum.B1[j]*k, sum.W2[j]*k
					}
					if l, g := m.Gradient(pts, loss); l != s*k || g != want {
						t.Errorf("%v/%v/%v H = %d: Gradient gives %v, %+v; per sample %v, %+v", hidden, out, loss, h, l, g, s*k, want)
					}
				}
			}
		}
	}
}

// TestSigmoidSoftplusSharesTheExponential: the pair from one exponential
// is, bit for bit, what sigmoid and softplus give apart, saturated and
// infinite potentials included.
func TestSigmoidSoftplusSharesTheExponential(t *testing.T) {
	for _, a := range []float64{math.Inf(-1), -1e300, -800, -40, -1, -1e-300, math.Copysign(0, -1), 0, 1e-300, 0.5, 2, 40, 800, 1e300, math.Inf(1)} {
		s, sp := sigmoidSoftplus(a)
		if s != sigmoid(a) || sp != softplus(a) {
			t.Errorf("a = %g: %v, %v; apart %v, %v", a, s, sp, sigmoid(a), softplus(a))
		}
	}
}
