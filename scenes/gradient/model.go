package gradient

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// snap is one position of the descent: the neuron's parameters, the loss J
// there (the mean over the points), and whether the step that led here made
// the loss blow up.
type snap struct {
	M   engine.Logistic
	J   float64
	Div bool
}

// maxHistory bounds the descent's history; past it the oldest half is
// dropped (the iteration count k keeps counting through k0), so that at
// least the last 10,000 steps can always be stepped back through. A
// position is 40 bytes: 20,000 of them are under a megabyte.
const maxHistory = 20000

// convergedGrad is the gradient norm under which playing stops by itself.
const convergedGrad = 1e-6

// trainer is gradient descent on one sigmoid neuron with a history for
// stepping back. It never draws.
type trainer struct {
	data  *engine.Dataset
	loss  engine.Loss
	alpha float64
	start engine.Logistic // where R puts the neuron back
	hist  *engine.History[snap]
	k0    int     // iterations before history position 0
	j0    float64 // J at history position 0, the reference for divergence
}

// defaultStart is the neuron's starting point: its line faces the wrong
// way, and the descent curves into the loss's long valley on its way.
var defaultStart = engine.Logistic{Theta: [2]float64{-3, 2}, B: 0}

// defaultAlpha is the learning rate a fresh scene starts with.
const defaultAlpha = 0.5

func newTrainer(pts []engine.Point) *trainer {
	t := &trainer{data: engine.NewDataset(pts), loss: engine.BCE, alpha: defaultAlpha, start: defaultStart}
	t.hist = engine.NewHistory(snap{})
	t.rebase(t.start, 0)
	return t
}

// at returns the snapshot for parameters m on the current data.
func (t *trainer) at(m engine.Logistic) snap {
	return snap{M: m, J: m.Loss(t.data.Points(), t.loss)}
}

// rebase forgets the history and starts it again at m, iteration k0.
func (t *trainer) rebase(m engine.Logistic, k0 int) {
	s := t.at(m)
	t.hist.Reset(s)
	t.k0, t.j0 = k0, s.J
}

// reset puts the neuron back at its start (R).
func (t *trainer) reset() { t.rebase(t.start, 0) }

// restart makes m the new start and resets to it (a click on the loss map).
func (t *trainer) restart(m engine.Logistic) {
	t.start = m
	t.reset()
}

// dataChanged restarts the history from the current parameters, since every
// stored J belongs to the old points; the iteration count goes on.
func (t *trainer) dataChanged() {
	t.rebase(t.cur().M, t.k())
}

// setLoss switches the loss function and recomputes J likewise.
func (t *trainer) setLoss(l engine.Loss) {
	t.loss = l
	t.dataChanged()
}

func (t *trainer) cur() snap { return t.hist.Current() }

// k is the iteration number of the current position.
func (t *trainer) k() int { return t.k0 + t.hist.Pos() }

// grad returns J and its gradient at the current parameters.
func (t *trainer) grad() (float64, [2]float64, float64) {
	return t.cur().M.Gradient(t.data.Points(), t.loss)
}

// stepResult says what a step did.
type stepResult int

const (
	stepped   stepResult = iota
	noData               // nothing to learn from
	stuck                // already diverged: R or ← first
	converged            // the gradient vanished: nothing moves
	refused              // the engine refused an update that left MaxParam
)

// step takes one gradient-descent step θ ← θ − α∇J. If it lands at a loss
// above both the previous one and the one at the start of the history, the
// step is flagged as divergence (α too large) and further steps are refused
// until R or ←.
func (t *trainer) step() stepResult {
	c := t.cur()
	switch {
	case t.data.Len() == 0:
		return noData
	case c.Div:
		return stuck
	}
	m := c.M
	st := m.Step(t.data.Points(), t.loss, t.alpha)
	if st.Diverged {
		return refused
	}
	if m == c.M {
		return converged
	}
	next := t.at(m)
	next.Div = diverges(c, next, t.j0)
	t.hist.Push(next)
	t.compact()
	if gradNorm(st) < convergedGrad && !next.Div {
		return converged
	}
	return stepped
}

// maxWeight is the largest |θᵢ| or |b| a step may reach before it counts as
// divergence: the squared error is bounded, so there a too-large α shows as
// weights shooting off into saturation rather than as a loss blowing up.
const maxWeight = 1e4

// diverges reports whether the step from prev to next blew up: the loss
// rose above both the previous one and ref (the loss at the start), or is
// not finite, or a weight left ±maxWeight.
func diverges(prev, next snap, ref float64) bool {
	if math.IsNaN(next.J) || math.IsInf(next.J, 0) || exploded(next.M) {
		return true
	}
	tol := 1e-9 * math.Max(1, math.Abs(prev.J))
	return next.J > prev.J+tol && next.J > ref+tol
}

// exploded reports whether a weight of m is beyond ±maxWeight.
func exploded(m engine.Logistic) bool {
	return math.Abs(m.Theta[0]) > maxWeight || math.Abs(m.Theta[1]) > maxWeight || math.Abs(m.B) > maxWeight
}

func gradNorm(st engine.LogisticStep) float64 {
	return math.Sqrt(st.DTheta[0]*st.DTheta[0] + st.DTheta[1]*st.DTheta[1] + st.DB*st.DB)
}

// compact drops the older half of a history that has grown past maxHistory.
func (t *trainer) compact() {
	n := t.hist.Len()
	if n <= maxHistory {
		return
	}
	pos := t.hist.Pos()
	drop := n - maxHistory/2
	keep := make([]snap, 0, n-drop)
	for i := drop; i < n; i++ {
		t.hist.Seek(i)
		keep = append(keep, t.hist.Current())
	}
	t.hist.Reset(keep[0])
	for _, s := range keep[1:] {
		t.hist.Push(s)
	}
	t.hist.Seek(max(pos-drop, 0))
	t.k0 += drop
	t.j0 = keep[0].J
}

// each calls fn with every snapshot from history position 0 up to the
// current one.
func (t *trainer) each(fn func(i int, s snap)) {
	pos := t.hist.Pos()
	for i := 0; i <= pos; i++ {
		t.hist.Seek(i)
		fn(i, t.hist.Current())
	}
	t.hist.Seek(pos)
}

// setHistory replaces the history by the parameters ms (each one's J and
// divergence flag recomputed), at position pos, iteration k0 at position 0.
func (t *trainer) setHistory(ms []engine.Logistic, pos, k0 int) {
	t.rebase(ms[0], k0)
	prev := t.cur()
	for _, m := range ms[1:] {
		s := t.at(m)
		s.Div = diverges(prev, s, t.j0)
		t.hist.Push(s)
		prev = s
	}
	t.hist.Seek(pos)
}

// pointTerms are one point's share of the gradient in the lecture's
// per-point form: with BCE, ∂L/∂b = −(y − ŷ) and ∂L/∂θᵢ = −(y − ŷ)xᵢ; with
// the squared error (ŷ − y)², ∂L/∂z = 2(ŷ − y)ŷ(1 − ŷ) in place of −(y − ŷ).
type pointTerms struct {
	P      engine.Point
	Y      float64 // the target, 0 or 1
	YHat   float64
	DZ     float64 // ∂L/∂z for this point
	L      float64
	DTheta [2]float64
}

// terms returns point p's share of the gradient at m.
func terms(m engine.Logistic, p engine.Point, loss engine.Loss) pointTerms {
	y := float64(p.Y+1) / 2
	yh := m.Output(p.X)
	one := []engine.Point{p}
	l, dt, db := m.Gradient(one, loss)
	return pointTerms{P: p, Y: y, YHat: yh, DZ: db, L: l, DTheta: dt}
}

// worst returns the index of the point with the largest loss at m (−1 for
// no points): the one the panel explains when the pointer is elsewhere.
func worst(m engine.Logistic, pts []engine.Point, loss engine.Loss) int {
	best, bl := -1, -1.0
	for i := range pts {
		if l := m.Loss(pts[i:i+1], loss); l > bl {
			best, bl = i, l
		}
	}
	return best
}
