package engine

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLectureXORSign reproduces the notes' XOR table with the sign function:
// hidden outputs z₁, z₂ and output z₃ = ±1, class 0 when the output is −1.
func TestLectureXORSign(t *testing.T) {
	m := XORLecture(Sign)
	for _, c := range []struct {
		x          [2]float64
		z1, z2, a3 float64
		out        float64
	}{
		{[2]float64{0, 0}, -1, 1, -30, -1},
		{[2]float64{0, 1}, 1, 1, 10, 1},
		{[2]float64{1, 0}, 1, 1, 10, 1},
		{[2]float64{1, 1}, 1, -1, -30, -1},
	} {
		f := m.Forward(c.x)
		if f.Z1[0] != c.z1 || f.Z1[1] != c.z2 || f.A3 != c.a3 || f.YHat != c.out {
			t.Errorf("x = %v: z₁ %g z₂ %g a₃ %g ŷ %g, want %g %g %g %g", c.x, f.Z1[0], f.Z1[1], f.A3, f.YHat, c.z1, c.z2, c.a3, c.out)
		}
	}
	if m.Accuracy(xorPoints()) != 1 {
		t.Error("sign XOR network misclassifies")
	}
}

// TestLectureXORSigmoid: with the sigmoid the same weights give outputs
// within 1e-4 of 0 and 1 (the potentials are ±10 or more).
func TestLectureXORSigmoid(t *testing.T) {
	m := XORLecture(Sigmoid)
	for _, p := range xorPoints() {
		want := float64(p.Y+1) / 2
		if y := m.Predict(p.X); math.Abs(y-want) > 1e-4 {
			t.Errorf("x = %v: ŷ = %g, want ≈ %g", p.X, y, want)
		}
		if m.Classify(p.X) != p.Y {
			t.Errorf("x = %v misclassified", p.X)
		}
	}
	if l := m.Loss(xorPoints(), BCE); !(l < 1e-4) {
		t.Errorf("BCE of the lecture's weights = %g", l)
	}
}

// numGrads returns the central-difference gradient of the mean loss.
func numGrads(m MLP, pts []Point, loss Loss) Grads {
	const h = 1e-6
	var g Grads
	d := func(p *float64) float64 {
		old := *p
		*p = old + h
		lp := m.Loss(pts, loss)
		*p = old - h
		lm := m.Loss(pts, loss)
		*p = old
		return (lp - lm) / (2 * h)
	}
	g.B2 = d(&m.B2)
	for j := range m.H {
		g.W1[j][0], g.W1[j][1] = d(&m.W1[j][0]), d(&m.W1[j][1])
		g.B1[j], g.W2[j] = d(&m.B1[j]), d(&m.W2[j])
	}
	return g
}

// gradsClose compares two gradients entry by entry.
func gradsClose(t *testing.T, what string, h int, got, want Grads, tol float64) {
	t.Helper()
	cmp := func(name string, j int, a, b float64) {
		if math.Abs(a-b) > tol*(1+math.Abs(b)) {
			t.Errorf("%s: %s[%d] = %.10g, want %.10g", what, name, j, a, b)
		}
	}
	cmp("b2", 0, got.B2, want.B2)
	for j := range h {
		cmp("W1x", j, got.W1[j][0], want.W1[j][0])
		cmp("W1y", j, got.W1[j][1], want.W1[j][1])
		cmp("b1", j, got.B1[j], want.B1[j])
		cmp("W2", j, got.W2[j], want.W2[j])
	}
}

// TestMLPGradients checks backpropagation against finite differences for
// every hidden activation, several outputs, and both losses.
func TestMLPGradients(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for hidden := Sign; hidden < numActivations; hidden++ {
		for _, out := range []Activation{Sigmoid, Tanh, Identity, Arctan} {
			for _, loss := range []Loss{BCE, MSE} {
				if loss == BCE && out != Sigmoid {
					continue // BCE needs outputs in (0,1)
				}
				for trial := range 4 {
					m := NewMLP(1+r.IntN(MaxHidden), hidden, int64(trial))
					m.Out = out
					pts := randSeparable(r, 5)
					for i := range pts { // keep ReLU potentials off the kink
						for j := range m.H {
							if a := m.Forward(pts[i].X).A1[j]; math.Abs(a) < 1e-3 {
								m.B1[j] += 0.01
							}
						}
					}
					_, g := m.Gradient(pts, loss)
					gradsClose(t, hidden.String()+"/"+out.String()+"/"+loss.String(), m.H, g, numGrads(m, pts, loss), 1e-6)
					// Backward on one point agrees with Gradient on a set of one.
					f := m.Forward(pts[0].X)
					_, g1 := m.Gradient(pts[:1], loss)
					gradsClose(t, "single", m.H, m.Backward(f, pts[0].X, pts[0].Y, loss), g1, 1e-15)
				}
			}
		}
	}
}

// TestBCENeverInf: saturated sigmoids still give finite loss and gradients,
// and the stable form equals the notes' formula where that is finite.
func TestBCENeverInf(t *testing.T) {
	for _, a := range []float64{-1e300, -800, -40, -1, 0, 2, 40, 800, 1e300} {
		for _, y := range []int{-1, 1} {
			yh := sigmoid(a)
			l, d := sampleLoss(BCE, Sigmoid, a, yh, y)
			if math.IsNaN(l) || math.IsInf(l, 0) || l < 0 || math.IsNaN(d) {
				t.Errorf("a = %g y = %d: L = %g, dL/da = %g", a, y, l, d)
			}
			tt := float64(y+1) / 2
			notes := -(tt*math.Log(yh) + (1-tt)*math.Log(1-yh))
			if !math.IsInf(notes, 0) && math.Abs(notes-l) > 1e-12*(1+notes) {
				t.Errorf("a = %g y = %d: L = %g, notes' formula %g", a, y, l, notes)
			}
		}
	}
	// Clamped outputs for a non-sigmoid output unit.
	if l, d := sampleLoss(BCE, Identity, 5, 5, -1); math.IsInf(l, 0) || d != 0 {
		t.Errorf("clamped BCE: %g %g", l, d)
	}
}

// TestMLPDivergence: huge learning rates are flagged, never NaN.
func TestMLPDivergence(t *testing.T) {
	pts := []Point{{X: [2]float64{1e9, -1e9}, Y: 1}, {X: [2]float64{-3e8, 2e9 / 3}, Y: -1}, {X: [2]float64{5, 5}, Y: 1}}
	for _, hidden := range []Activation{ReLU, Identity, Tanh} {
		for _, loss := range []Loss{MSE, BCE} {
			m := NewMLP(8, hidden, 1)
			m.Out = Identity
			if loss == BCE {
				m.Out = Sigmoid
			}
			diverged := false
			for range 200 {
				st := m.Step(pts, loss, 1e6)
				diverged = diverged || st.Diverged
				for _, v := range append(params(m), st.Loss) {
					if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e300 {
						t.Fatalf("%v/%v: non-finite value %g", hidden, loss, v)
					}
				}
				if st.Diverged && st.Before != m {
					t.Fatal("diverged step changed the parameters")
				}
			}
			if loss == MSE && hidden != Tanh && !diverged {
				t.Errorf("%v/%v: lr 1e6 never flagged", hidden, loss)
			}
		}
	}
	m := NewMLP(2, Tanh, 1)
	before := m
	if st := m.Step(xorPoints(), MSE, math.NaN()); st.Diverged || m != before {
		t.Error("NaN learning rate must not move the parameters")
	}
}

// params lists the used parameters of m.
func params(m MLP) []float64 {
	out := []float64{m.B2}
	for j := range m.H {
		out = append(out, m.W1[j][0], m.W1[j][1], m.B1[j], m.W2[j])
	}
	return out
}

// TestMLPLearnsXOR trains a small seeded network on XOR with full-batch
// gradient descent until it classifies all four points.
func TestMLPLearnsXOR(t *testing.T) {
	for _, hidden := range []Activation{Tanh, Sigmoid} {
		m := NewMLP(4, hidden, 7)
		pts := xorPoints()
		first := m.Loss(pts, BCE)
		var last MLPStep
		for range 3000 {
			last = m.Step(pts, BCE, 1)
		}
		if m.Accuracy(pts) != 1 || !(last.Loss < first/4) {
			t.Errorf("%v: accuracy %g, loss %g → %g", hidden, m.Accuracy(pts), first, last.Loss)
		}
	}
}

func TestMLPStepRecord(t *testing.T) {
	m := NewMLP(3, Tanh, 2)
	pts := randSeparable(rand.New(rand.NewPCG(1, 1)), 10)
	before := m
	l, g := m.Gradient(pts, MSE)
	st := m.Step(pts, MSE, 0.1)
	if st.Loss != l || st.Grads != g || st.Before != before || st.Diverged {
		t.Fatal("step record")
	}
	if m.B2 != before.B2-0.1*g.B2 || m.W1[2][1] != before.W1[2][1]-0.1*g.W1[2][1] {
		t.Fatal("update")
	}
	if m.Loss(pts, MSE) >= l {
		t.Error("small step did not reduce the loss")
	}
	// A single-sample step equals a full-batch step on that point alone.
	a, b := before, before
	sa, sb := a.StepSample(pts[3], BCE, 0.5), b.Step(pts[3:4], BCE, 0.5)
	if a != b || sa != sb {
		t.Error("StepSample differs from Step on one point")
	}
	var empty MLP = before
	if st := empty.Step(nil, BCE, 1); st.Loss != 0 || empty != before {
		t.Error("empty batch")
	}
	if before.Accuracy(nil) != 1 {
		t.Error("accuracy of nothing")
	}
}

func TestNewMLP(t *testing.T) {
	a, b, c := NewMLP(5, ReLU, 3), NewMLP(5, ReLU, 3), NewMLP(5, ReLU, 4)
	if a != b || a == c || a.H != 5 || a.Out != Sigmoid || a.Hidden != ReLU {
		t.Fatal("seeded init")
	}
	if a.W1[5] != [2]float64{} || a.W2[7] != 0 {
		t.Fatal("unused units must stay zero")
	}
	if NewMLP(0, Tanh, 1).H != 1 || NewMLP(99, Tanh, 1).H != MaxHidden {
		t.Fatal("H not clamped")
	}
	odd := MLP{H: 42, Hidden: Activation(-3)}
	_ = odd.Forward([2]float64{1, 2}) // must not panic
	odd.H = -1
	_ = odd.Predict([2]float64{1, 2})
}

func TestLossNames(t *testing.T) {
	for _, l := range []Loss{BCE, MSE} {
		if got, err := ParseLoss(l.String()); err != nil || got != l {
			t.Errorf("loss %v", l)
		}
	}
	if _, err := ParseLoss("hinge"); err == nil || Loss(5).String() != "Loss(5)" {
		t.Error("unknown loss")
	}
}

// TestLogisticLectureGradients checks the notes' formulas for one sigmoid
// neuron with BCE: ∂L/∂b = −(y − ŷ) and ∂L/∂θᵢ = −(y − ŷ)xᵢ, y ∈ {0,1}.
func TestLogisticLectureGradients(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for range 200 {
		l := Logistic{Theta: [2]float64{r.NormFloat64(), r.NormFloat64()}, B: r.NormFloat64()}
		p := Point{X: [2]float64{3 * r.NormFloat64(), 3 * r.NormFloat64()}, Y: 1 - 2*r.IntN(2)}
		y, yh := float64(p.Y+1)/2, l.Output(p.X)
		dt, db := l.Grad([]Point{p}, BCE)
		if math.Abs(db-(-(y-yh))) > 1e-15 ||
			math.Abs(dt[0]-(-(y-yh)*p.X[0])) > 1e-14 || math.Abs(dt[1]-(-(y-yh)*p.X[1])) > 1e-14 {
			t.Fatalf("∂L/∂θ = %v, ∂L/∂b = %g; want −(y−ŷ)x with y = %g ŷ = %g", dt, db, y, yh)
		}
	}
}

func TestLogisticFiniteDifferences(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 34))
	pts := randSeparable(r, 12)
	for _, loss := range []Loss{BCE, MSE} {
		l := Logistic{Theta: [2]float64{0.3, -0.7}, B: 0.2}
		const h = 1e-6
		fd := func(p *float64) float64 {
			old := *p
			*p = old + h
			a := l.Loss(pts, loss)
			*p = old - h
			b := l.Loss(pts, loss)
			*p = old
			return (a - b) / (2 * h)
		}
		dt, db := l.Grad(pts, loss)
		want := [3]float64{fd(&l.Theta[0]), fd(&l.Theta[1]), fd(&l.B)}
		for k, g := range [3]float64{dt[0], dt[1], db} {
			if math.Abs(g-want[k]) > 1e-7 {
				t.Errorf("%v: gradient %d = %g, finite difference %g", loss, k, g, want[k])
			}
		}
		st := l.Step(pts, loss, 0.5)
		if st.Before.Theta != [2]float64{0.3, -0.7} || l.Theta[0] != 0.3-0.5*dt[0] || l.B != 0.2-0.5*db {
			t.Errorf("%v: step", loss)
		}
		one := Logistic{Theta: [2]float64{0.3, -0.7}, B: 0.2}
		full := one
		if one.StepSample(pts[2], loss, 0.5) != full.Step(pts[2:3], loss, 0.5) || one != full {
			t.Errorf("%v: StepSample", loss)
		}
	}
	var l Logistic
	if l.Loss(nil, BCE) != 0 || l.Neuron().Act != Sigmoid {
		t.Error("empty loss / Neuron")
	}
}

func TestLogisticDivergence(t *testing.T) {
	pts := []Point{{X: [2]float64{1e9, 1e9}, Y: 1}, {X: [2]float64{-1e9, 1e9}, Y: -1}}
	for _, loss := range []Loss{BCE, MSE} {
		l := Logistic{}
		for range 1000 {
			st := l.Step(pts, loss, 1e6)
			for _, v := range []float64{st.Loss, l.Theta[0], l.Theta[1], l.B} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("%v: non-finite %g", loss, v)
				}
			}
		}
	}
	// A sigmoid neuron's gradients are bounded by |x| ≤ 1e9, so even lr = 1e6
	// moves it by at most 1e15 per step: it never reaches MaxParam.
}
