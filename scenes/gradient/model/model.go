// Package model is the gradient scene's model: gradient descent on one
// sigmoid neuron with a history for stepping back, and each point's share
// of the gradient in the lecture's per-point form. It does not import
// Ebiten.
package model

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// Snap is one position of the descent: the neuron's parameters, the loss J
// there (the mean over the points), and whether the step that led here made
// the loss blow up.
type Snap struct {
	M   engine.Logistic
	J   float64
	Div bool
}

// MaxHistory bounds the descent's history; past it the oldest half is
// dropped (the iteration count k keeps counting through k0), so that at
// least the last 10,000 steps can always be stepped back through. A
// position is 40 bytes: 20,000 of them are under a megabyte.
const MaxHistory = 20000

// convergedGrad is the gradient norm under which playing stops by itself.
const convergedGrad = 1e-6

// Trainer is gradient descent on one sigmoid neuron with a history for
// stepping back. It never draws.
type Trainer struct {
	Data  *engine.Dataset
	Loss  engine.Loss
	Alpha float64
	Start engine.Logistic // where R puts the neuron back
	Hist  *engine.History[Snap]
	K0    int     // iterations before history position 0
	J0    float64 // J at history position 0, the reference for divergence
}

// DefaultStart is the neuron's starting point: its line faces the wrong
// way, and the descent curves into the loss's long valley on its way.
var DefaultStart = engine.Logistic{Theta: [2]float64{-3, 2}, B: 0}

// DefaultAlpha is the learning rate a fresh scene starts with.
const DefaultAlpha = 0.5

func NewTrainer(pts []engine.Point) *Trainer {
	t := &Trainer{Data: engine.NewDataset(pts), Loss: engine.BCE, Alpha: DefaultAlpha, Start: DefaultStart}
	t.Hist = engine.NewHistory(Snap{})
	t.Rebase(t.Start, 0)
	return t
}

// At returns the snapshot for parameters m on the current data.
func (t *Trainer) At(m engine.Logistic) Snap {
	return Snap{M: m, J: m.Loss(t.Data.Points(), t.Loss)}
}

// Rebase forgets the history and starts it again at m, iteration k0.
func (t *Trainer) Rebase(m engine.Logistic, k0 int) {
	s := t.At(m)
	t.Hist.Reset(s)
	t.K0, t.J0 = k0, s.J
}

// Reset puts the neuron back at its start (R).
func (t *Trainer) Reset() { t.Rebase(t.Start, 0) }

// Restart makes m the new start and resets to it (a click on the loss map).
func (t *Trainer) Restart(m engine.Logistic) {
	t.Start = m
	t.Reset()
}

// DataChanged restarts the history from the current parameters, since every
// stored J belongs to the old points; the iteration count goes on.
func (t *Trainer) DataChanged() {
	t.Rebase(t.Cur().M, t.K())
}

// SetLoss switches the loss function and recomputes J likewise.
func (t *Trainer) SetLoss(l engine.Loss) {
	t.Loss = l
	t.DataChanged()
}

// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (t *Trainer) Cur() Snap { return t.Hist.Current() }

// K is the iteration number of the current position.
func (t *Trainer) K() int { return t.K0 + t.Hist.Pos() }

// Grad returns J and its gradient at the current parameters.
func (t *Trainer) Grad() (float64, [2]float64, float64) {
	return t.Cur().M.Gradient(t.Data.Points(), t.Loss)
}

// StepResult says what a step did.
type StepResult int

const (
	Stepped   StepResult = iota
	NoData               // nothing to learn from
	Stuck                // already diverged: R or ← first
	Converged            // the gradient vanished: nothing moves
	Refused              // the engine refused an update that left MaxParam
)

// Step takes one gradient-descent step θ ← θ − α∇J. If it lands at a loss
// above both the previous one and the one at the start of the history, the
// step is flagged as divergence (α too large) and further steps are refused
// until R or ←.
func (t *Trainer) Step() StepResult {
	c := t.Cur()
	switch {
	case t.Data.Len() == 0:
		return NoData
	case c.Div:
		return Stuck
	}
	m := c.M
	st := m.Step(t.Data.Points(), t.Loss, t.Alpha)
	if st.Diverged {
		return Refused
	}
	if m == c.M {
		return Converged
	}
	next := t.At(m)
	next.Div = diverges(c, next, t.J0)
	t.Hist.Push(next)
	t.Compact()
	if gradNorm(st) < convergedGrad && !next.Div {
		return Converged
	}
	return Stepped
}

// maxWeight is the largest |θᵢ| or |b| a step may reach before it counts as
// divergence: the squared error is bounded, so there a too-large α shows as
// weights shooting off into saturation rather than as a loss blowing up.
const maxWeight = 1e4

// diverges reports whether the step from prev to next blew up: the loss
// rose above both the previous one and ref (the loss at the start), or is
// not finite, or a weight left ±maxWeight.
func diverges(prev, next Snap, ref float64) bool {
	if math.IsNaN(next.J) || math.IsInf(next.J, 0) || Exploded(next.M) {
		return true
	}
	tol := 1e-9 * math.Max(1, math.Abs(prev.J))
	return next.J > prev.J+tol && next.J > ref+tol
}

// Exploded reports whether a weight of m is beyond ±maxWeight.
func Exploded(m engine.Logistic) bool {
	return math.Abs(m.Theta[0]) > maxWeight || math.Abs(m.Theta[1]) > maxWeight || math.Abs(m.B) > maxWeight
}

func gradNorm(st engine.LogisticStep) float64 {
	return math.Sqrt(st.DTheta[0]*st.DTheta[0] + st.DTheta[1]*st.DTheta[1] + st.DB*st.DB)
}

// Compact drops the older half of a history that has grown past MaxHistory.
func (t *Trainer) Compact() {
	n := t.Hist.Len()
	if n <= MaxHistory {
		return
	}
	pos := t.Hist.Pos()
	drop := n - MaxHistory/2
	keep := make([]Snap, 0, n-drop)
	for i := drop; i < n; i++ {
		t.Hist.Seek(i)
		keep = append(keep, t.Hist.Current())
	}
	t.Hist.Reset(keep[0])
	for _, s := range keep[1:] {
		t.Hist.Push(s)
	}
	t.Hist.Seek(max(pos-drop, 0))
	t.K0 += drop
	t.J0 = keep[0].J
}

// Each calls fn with every snapshot from history position 0 up to the
// current one.
func (t *Trainer) Each(fn func(i int, s Snap)) {
	pos := t.Hist.Pos()
	for i := 0; i <= pos; i++ {
		t.Hist.Seek(i)
		fn(i, t.Hist.Current())
	}
	t.Hist.Seek(pos)
}

// SetHistory replaces the history by the parameters ms (each one's J and
// divergence flag recomputed), at position pos, iteration k0 at position 0.
func (t *Trainer) SetHistory(ms []engine.Logistic, pos, k0 int) {
	t.Rebase(ms[0], k0)
	prev := t.Cur()
	for _, m := range ms[1:] {
		s := t.At(m)
		s.Div = diverges(prev, s, t.J0)
		t.Hist.Push(s)
		prev = s
	}
	t.Hist.Seek(pos)
}

// PointTerms are one point's share of the gradient in the lecture's
// per-point form: with BCE, ∂L/∂b = −(y − ŷ) and ∂L/∂θᵢ = −(y − ŷ)xᵢ; with
// the squared error (ŷ − y)², ∂L/∂z = 2(ŷ − y)ŷ(1 − ŷ) in place of −(y − ŷ).
type PointTerms struct {
	P      engine.Point
	Y      float64 // the target, 0 or 1
	YHat   float64
	DZ     float64 // ∂L/∂z for this point
	L      float64
	DTheta [2]float64
}

// Terms returns point p's share of the gradient at m.
func Terms(m engine.Logistic, p engine.Point, loss engine.Loss) PointTerms {
	y := float64(p.Y+1) / 2
	yh := m.Output(p.X)
	one := []engine.Point{p}
	l, dt, db := m.Gradient(one, loss)
	return PointTerms{P: p, Y: y, YHat: yh, DZ: db, L: l, DTheta: dt}
}

// Worst returns the index of the point with the largest loss at m (−1 for
// no points): the one the panel explains when the pointer is elsewhere.
func Worst(m engine.Logistic, pts []engine.Point, loss engine.Loss) int {
	best, bl := -1, -1.0
	for i := range pts {
		if l := m.Loss(pts[i:i+1], loss); l > bl {
			best, bl = i, l
		}
	}
	return best
}
