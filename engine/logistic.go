package engine

import "math"

// Logistic is the one-neuron classifier of the notes' gradient section:
// z = θ₁x₁ + θ₂x₂ + b and ŷ = σ(z) with the sigmoid σ.
type Logistic struct {
	Theta [2]float64 // weights θ₁, θ₂
	B     float64    // bias b
}

// LogisticStep records one gradient-descent step of a Logistic: the loss and
// gradient at the parameters before the update, those parameters, and
// whether the update was refused because it diverged (see MaxParam).
type LogisticStep struct {
	Loss     float64    // mean loss before the update
	DTheta   [2]float64 // ∂J/∂θ
	DB       float64    // ∂J/∂b
	Before   Logistic   // the neuron before the update
	Diverged bool       // the update was refused
}

// Potential returns z = θ·x + b.
func (l Logistic) Potential(x [2]float64) float64 {
	return l.Theta[0]*x[0] + l.Theta[1]*x[1] + l.B
}

// Output returns ŷ = σ(θ·x + b).
func (l Logistic) Output(x [2]float64) float64 { return sigmoid(l.Potential(x)) }

// Neuron returns the same model as a Neuron with the Sigmoid activation.
func (l Logistic) Neuron() Neuron { return Neuron{Theta: l.Theta, B: l.B, Act: Sigmoid} }

// sample returns the loss of point p and ∂L/∂z.
func (l Logistic) sample(p Point, loss Loss) (float64, float64) {
	z := l.Potential(p.X)
	return sampleLoss(loss, Sigmoid, z, sigmoid(z), p.Y)
}

// Loss returns the mean loss over pts (0 for no points): the value
// Gradient returns, without the gradient (a loss map evaluates it at
// thousands of θ and throws no gradient away).
func (l Logistic) Loss(pts []Point, loss Loss) float64 {
	if len(pts) == 0 {
		return 0
	}
	// sampleLoss's loss for a sigmoid output, term for term (so the same
	// to the last bit), without σ(z) where BCE does not need it.
	value := 0.0
	for _, p := range pts {
		z := l.Potential(p.X)
		if loss == MSE {
			d := sigmoid(z) - Sigmoid.Target(p.Y)
			value += d * d
		} else {
			value += softplus(z) - float64(p.Y+1)/2*z
		}
	}
	return value * (1 / float64(len(pts)))
}

// Grad returns the gradient of the mean loss over pts. For BCE each point
// contributes the notes' ∂L/∂θᵢ = −(y − ŷ)xᵢ and ∂L/∂b = −(y − ŷ).
func (l Logistic) Grad(pts []Point, loss Loss) (dTheta [2]float64, dB float64) {
	_, dTheta, dB = l.Gradient(pts, loss)
	return dTheta, dB
}

// Gradient returns the mean loss over pts and its gradient.
func (l Logistic) Gradient(pts []Point, loss Loss) (value float64, dTheta [2]float64, dB float64) {
	if len(pts) == 0 {
		return 0, dTheta, 0
	}
	for _, p := range pts {
		v, dz := l.sample(p, loss)
		value += v
		dTheta[0] += dz * p.X[0]
		dTheta[1] += dz * p.X[1]
		dB += dz
	}
	k := 1 / float64(len(pts))
	return value * k, [2]float64{dTheta[0] * k, dTheta[1] * k}, dB * k
}

// Step takes one full-batch gradient-descent step θ ← θ − lr·∂J/∂θ,
// b ← b − lr·∂J/∂b (lr clamped to [0, MaxLR]) and returns the loss and
// gradient before the update. An update that would leave MaxParam is refused
// and flagged Diverged.
func (l *Logistic) Step(pts []Point, loss Loss, lr float64) LogisticStep {
	v, dt, db := l.Gradient(pts, loss)
	return l.apply(v, dt, db, lr)
}

// apply performs the update unless it leaves MaxParam.
func (l *Logistic) apply(v float64, dt [2]float64, db float64, lr float64) LogisticStep {
	st := LogisticStep{Loss: v, DTheta: dt, DB: db, Before: *l}
	lr = clampLR(lr)
	next := Logistic{
		Theta: [2]float64{l.Theta[0] - lr*dt[0], l.Theta[1] - lr*dt[1]},
		B:     l.B - lr*db,
	}
	if inParamRange(next.Theta[0]) && inParamRange(next.Theta[1]) && inParamRange(next.B) {
		*l = next
	} else {
		st.Diverged = true
	}
	return st
}

// LossGrid fills dst (at least w·h values) with the mean loss over pts at
// the bias l.B and θ on a w×h grid over [t1min, t1max] × [t2min, t2max],
// laid out like EvalGrid (row-major, first row at t2max, cell centres), for
// a contour map of J(θ₁, θ₂). It does not allocate.
//
// With BCE a cell costs far fewer exponentials and logarithms than Loss
// (see bceGrid), so its values equal Loss's to within rounding (1e-12 of
// max(1, J)), not to the last bit.
func (l Logistic) LossGrid(dst []float64, w, h int, t1min, t2min, t1max, t2max float64, pts []Point, loss Loss) {
	if loss == BCE {
		l.bceGrid(dst, w, h, t1min, t2min, t1max, t2max, pts)
		return
	}
	forGrid(dst, w, h, t1min, t2min, t1max, t2max, func(t [2]float64) float64 {
		return Logistic{Theta: t, B: l.B}.Loss(pts, loss)
	})
}

// logGroup is how many points' log(1 + e^−|z|) bceGrid sums with one
// logarithm: their product is at most 2^logGroup, far from overflowing.
// cellRun is how many cells of a row bceGrid walks with one exponential
// per point.
const (
	logGroup = 64
	cellRun  = 16
)

// bceGrid is LossGrid for BCE, the loss map's cost. A point's loss is
// softplus(z) − t·z = max(z, 0) − t·z + log(1 + e^−|z|), and:
//   - Σ log(1 + eᵢ) over a group of points is log1p(q) for
//     q = Π(1 + eᵢ) − 1, kept as q ← q + e(1 + q) so that tiny eᵢ (a point
//     far on its side) keep their precision as log1p keeps it: a logarithm
//     per group, not per point;
//   - along a row z grows by s = dθ₁·x₁ from cell to cell, so e^−|z| is
//     multiplied by e^∓s: an exponential per point per run of cellRun
//     cells (and where z changes sign, or e leaves [1e-290, 1]), not per
//     cell.
//
// Each cell sums its points in Loss's order.
func (l Logistic) bceGrid(dst []float64, w, h int, t1min, t2min, t1max, t2max float64, pts []Point) {
	if w <= 0 || h <= 0 || h > len(dst)/w {
		return
	}
	n := len(pts)
	dx, dy := (t1max-t1min)/float64(w), (t2max-t2min)/float64(h)
	var lin, logs, q [cellRun]float64
	for r := range h {
		t2 := t2max - (float64(r)+0.5)*dy
		row := dst[r*w : (r+1)*w]
		for c0 := 0; c0 < w; c0 += cellRun {
			cs := row[c0:min(w, c0+cellRun)]
			m := len(cs)
			clear(lin[:m])
			clear(logs[:m])
			for g := 0; g < n; g += logGroup {
				clear(q[:m])
				for _, p := range pts[g:min(n, g+logGroup)] {
					t := float64(p.Y+1) / 2
					e, k, neg := 0.0, 0.0, false
					for i := range m {
						t1 := t1min + (float64(c0+i)+0.5)*dx
						z := Logistic{Theta: [2]float64{t1, t2}, B: l.B}.Potential(p.X)
						lin[i] += math.Max(z, 0) - t*z
						if i > 0 && (z < 0) == neg {
							if e *= k; !(e <= 1) || e < 1e-290 {
								e = math.Exp(-math.Abs(z))
							}
						} else {
							neg = z < 0
							e = math.Exp(-math.Abs(z))
							if s := dx * p.X[0]; neg {
								k = math.Exp(s)
							} else {
								k = math.Exp(-s)
							}
						}
						q[i] += e * (1 + q[i])
					}
				}
				for i := range m {
					logs[i] += math.Log1p(q[i])
				}
			}
			for i := range m {
				if n == 0 {
					cs[i] = 0
				} else {
					cs[i] = (lin[i] + logs[i]) * (1 / float64(n))
				}
			}
		}
	}
}
