package engine

// Methods only the tests use. They live here, not in the package's source,
// because the web bundle keeps every exported method of a type it converts
// to an interface (Ebiten links text/template, whose reflection makes the
// linker keep them), and the bundle has a size budget.

import "math"

// SignedDistance returns the Euclidean distance from x to the line
// θ·x + b = 0, positive on the side θ points to. If θ = 0 there is no line and
// the result is ±Inf (the sign of b) or 0 when b = 0 too.
func (n Neuron) SignedDistance(x [2]float64) float64 {
	r := math.Hypot(n.Theta[0], n.Theta[1])
	a := n.Potential(x)
	if r == 0 {
		if a == 0 {
			return 0
		}
		return math.Inf(int(math.Copysign(1, a)))
	}
	return a / r
}

// LinePoints returns the two ends of the segment of the line θ·x + b = 0
// inside the rectangle [xmin, xmax] × [ymin, ymax]; ok is false if the line
// misses the rectangle (or touches only a corner), θ = 0, or any input is not
// finite.
func (n Neuron) LinePoints(xmin, xmax, ymin, ymax float64) (p, q [2]float64, ok bool) {
	t0, t1, c := n.Theta[0], n.Theta[1], n.B
	for _, v := range [...]float64{t0, t1, c, xmin, xmax, ymin, ymax} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return p, q, false
		}
	}
	if t0 == 0 && t1 == 0 || xmin > xmax || ymin > ymax {
		return p, q, false
	}
	// Scale θ and b by the largest |θₖ| (the line does not change) so that
	// θ·θ neither underflows nor overflows.
	m := math.Max(math.Abs(t0), math.Abs(t1))
	t0, t1, c = t0/m, t1/m, c/m
	// Parametrise the line as x0 + s·d with d ⟂ θ and x0 its point closest
	// to the origin, then clip s against the four sides (Liang–Barsky).
	// Unlike solving for x₂ given x₁, this has no trouble with nearly
	// axis-parallel lines, where θ₂ is tiny.
	r2 := t0*t0 + t1*t1
	x0 := [2]float64{-c * t0 / r2, -c * t1 / r2}
	if math.IsInf(x0[0], 0) || math.IsInf(x0[1], 0) || math.IsNaN(x0[0]) || math.IsNaN(x0[1]) {
		return p, q, false // so far away that it cannot cross a finite rectangle
	}
	d := [2]float64{-t1, t0}
	lo, hi := math.Inf(-1), math.Inf(1)
	clip := func(p0, dk, min, max float64) bool {
		if dk == 0 {
			return p0 >= min && p0 <= max
		}
		s0, s1 := (min-p0)/dk, (max-p0)/dk
		if s0 > s1 {
			s0, s1 = s1, s0
		}
		lo, hi = math.Max(lo, s0), math.Min(hi, s1)
		return true
	}
	if !clip(x0[0], d[0], xmin, xmax) || !clip(x0[1], d[1], ymin, ymax) || !(lo < hi) {
		return p, q, false
	}
	at := func(s float64) [2]float64 {
		v := [2]float64{x0[0] + s*d[0], x0[1] + s*d[1]}
		// Rounding may push an end a hair outside; keep it on the border.
		v[0] = math.Min(math.Max(v[0], xmin), xmax)
		v[1] = math.Min(math.Max(v[1], ymin), ymax)
		return v
	}
	return at(lo), at(hi), true
}

// PlaneMargin returns the margin in the plane: the distance from the line
// w*·[x,1] = 0 to the closest point, γ/‖(w₁, w₂)‖ (0 if not separable, +Inf
// if w* is vertical in the augmented space, i.e. every point is on one side).
func (r NovikoffResult) PlaneMargin() float64 {
	if !r.Separable || r.Gamma == 0 {
		return 0
	}
	return r.Gamma / math.Hypot(r.WStar[0], r.WStar[1])
}

// UnitGrid fills dst with unit j of layer l over a w×h grid of the
// rectangle [xmin, xmax] × [ymin, ymax], as EvalGrid does for a model's
// output: the picture of one neuron, for checking a shader against or for
// drawing without one. It does not allocate.
func (n *Net) UnitGrid(dst []float64, w, h int, xmin, ymin, xmax, ymax float64, l, j int) {
	forGrid(dst, w, h, xmin, ymin, xmax, ymax, func(x [2]float64) float64 { return n.Unit(x, l, j) })
}

// StepSample takes one gradient-descent step on the loss of the single point p.
func (l *Logistic) StepSample(p Point, loss Loss, lr float64) LogisticStep {
	v, dz := l.sample(p, loss)
	return l.apply(v, [2]float64{dz * p.X[0], dz * p.X[1]}, dz, lr)
}

// StepSample takes one gradient-descent step on the loss of the single
// point p (stochastic gradient descent).
func (m *MLP) StepSample(p Point, loss Loss, lr float64) MLPStep {
	f := m.Forward(p.X)
	l, d3 := sampleLoss(loss, m.Out, f.A3, f.YHat, p.Y)
	st := MLPStep{Loss: l, Before: *m}
	m.accumulate(&st.Grads, &f.A1, &f.Z1, p.X, d3)
	st.Diverged = !m.descend(&st.Grads, lr)
	return st
}

// CanUndo reports whether Undo would do something.
func (d *Dataset) CanUndo() bool { return len(d.undo) > 0 }

// CanRedo reports whether Redo would do something.
func (d *Dataset) CanRedo() bool { return len(d.redo) > 0 }
