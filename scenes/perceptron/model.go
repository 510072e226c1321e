package perceptron

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// maxSteps bounds the run's history (about 13 MB of snapshots): playing
// stops there with a message, and "step" in a state document may not
// exceed it.
const maxSteps = 100000

// stopEpochs is how many epochs playing a non-separable set goes on before
// it stops by itself.
const stopEpochs = 5

// proofPoint is one point of the convergence proof after k mistakes: the
// accumulated update u_k = [θ, b]/α against w* (dot = u_k·w*) and its squared
// norm, the two quantities the proof bounds by kγ and kR².
type proofPoint struct{ dot, normSq float64 }

// run is the perceptron being trained on the scene's data: the engine's
// perceptron, the history of its states (every step can be undone and
// replayed exactly) and what Novikoff's theorem says about the data. It
// holds no drawing state and does not import Ebiten.
type run struct {
	data *engine.Dataset
	cfg  engine.PerceptronConfig
	p    *engine.Perceptron
	hist *engine.History[engine.PerceptronState]

	nov     engine.NovikoffResult
	maxNorm float64 // max ‖x‖ over the points, in the plane (R drops the bias coordinate 1)

	// trace[k] is the proof point after k mistakes of the whole history;
	// the current position uses the prefix up to its own mistakes. Only
	// kept for separable data.
	trace []proofPoint

	// last is the record of the step that led to the current position;
	// hasLast is false at position 0.
	last    engine.PerceptronStep
	hasLast bool

	gen int // counts restarts, so that caches know the run changed
}

// newRun returns a run over a copy of pts with the lecture's settings: the
// ±1 rule, α = 1, cyclic order, w⁰ = 0.
func newRun(pts []engine.Point) *run {
	r := &run{
		data: engine.NewDataset(pts),
		cfg:  engine.PerceptronConfig{Rule: engine.PlusMinus, Alpha: 1, Order: engine.Cyclic},
	}
	r.dataChanged()
	return r
}

// dataChanged recomputes what depends on the points (Novikoff's
// quantities) and restarts training from w⁰.
func (r *run) dataChanged() {
	pts := r.data.Points()
	r.nov = engine.Novikoff(pts)
	r.maxNorm = 0
	for _, q := range pts {
		r.maxNorm = math.Max(r.maxNorm, math.Hypot(q.X[0], q.X[1]))
	}
	r.restart()
}

// restart starts training again from w⁰ with the current points and
// settings: the history holds only the initial state.
func (r *run) restart() {
	r.p = engine.NewPerceptron(r.data.Points(), r.cfg)
	r.cfg = r.p.Config()
	if r.hist == nil {
		r.hist = engine.NewHistory(r.p.Snapshot())
	} else {
		r.hist.Reset(r.p.Snapshot())
	}
	r.gen++
	r.trace = r.trace[:0]
	if r.separable() {
		r.trace = append(r.trace, r.proof(r.p.W(), r.p.B()))
	}
	r.hasLast = false
}

// separable reports whether the data has at least one point and a line
// strictly separates its classes.
func (r *run) separable() bool { return r.nov.Separable && r.data.Len() > 0 }

// proof returns the proof point of weights (w, b).
func (r *run) proof(w [2]float64, b float64) proofPoint {
	d, n := engine.ProofPoint(w, b, r.cfg.Alpha, r.nov)
	return proofPoint{d, n}
}

// pos is the history position: the number of steps taken to reach the
// current state.
func (r *run) pos() int { return r.hist.Pos() }

// state is the perceptron's current state.
func (r *run) state() engine.PerceptronState { return r.p.Snapshot() }

// atEnd reports whether there is no step ahead in the history.
func (r *run) atEnd() bool { return r.hist.Pos() == r.hist.Len()-1 }

// full reports whether the history has reached maxSteps at its end.
func (r *run) full() bool { return r.atEnd() && r.hist.Pos() >= maxSteps }

// step takes one step: forward through the history when steps lie ahead
// (the engine is deterministic, so this is the step it would take), else a
// new engine step. It returns false when nothing can be stepped (no points,
// or the history is full).
func (r *run) step() bool {
	if r.data.Len() == 0 {
		return false
	}
	if !r.atEnd() {
		return r.forward()
	}
	if r.full() {
		return false
	}
	st := r.p.Step()
	r.hist.Push(r.p.Snapshot())
	if st.Updated && r.separable() {
		r.trace = append(r.trace[:min(st.Mistakes, len(r.trace))], r.proof(st.WAfter, st.BAfter))
	}
	r.last, r.hasLast = st, true
	return true
}

// back moves one step back through the history, restoring that state exactly.
func (r *run) back() bool { return r.move(r.hist.Back) }

// forward moves one step forward through the history.
func (r *run) forward() bool { return r.move(r.hist.Forward) }

// move moves the history's cursor with f and restores the state there.
func (r *run) move(f func() bool) bool {
	if !f() {
		return false
	}
	r.p.Restore(r.hist.Current())
	r.recomputeLast()
	return true
}

// recomputeLast rebuilds the record of the step that led to the current
// position by replaying it from the previous state on a copy of the
// perceptron (a plain value).
func (r *run) recomputeLast() {
	pos := r.hist.Pos()
	if pos == 0 {
		r.hasLast = false
		return
	}
	prev, _ := r.hist.At(pos - 1)
	q := *r.p
	q.Restore(prev)
	r.last, r.hasLast = q.Step(), true
}

// replay restarts and takes n steps (at most maxSteps, and none without
// points): how a state document's "step" is restored.
func (r *run) replay(n int) {
	r.restart()
	for range min(n, maxSteps) {
		if !r.step() {
			break
		}
	}
}

// proofPrefix returns the proof points up to the current number of mistakes.
func (r *run) proofPrefix() []proofPoint {
	k := r.p.Mistakes() + 1
	if k > len(r.trace) {
		k = len(r.trace)
	}
	return r.trace[:k]
}

// setRule, setAlpha and setOrder change a setting and restart training
// (a run replays from one fixed configuration). They report whether the
// setting changed.
func (r *run) setRule(rule engine.Rule) bool { return setting(r, &r.cfg.Rule, rule) }
func (r *run) setOrder(o engine.Order) bool  { return setting(r, &r.cfg.Order, o) }
func (r *run) setAlpha(a float64) bool       { return a > 0 && setting(r, &r.cfg.Alpha, a) }

// setting sets *field to v and restarts, if that changes it.
func setting[T comparable](r *run, field *T, v T) bool {
	if *field == v {
		return false
	}
	*field = v
	r.restart()
	return true
}

// niceHalf returns the half-extent of the plane that shows points up to
// norm m (and the circle of radius m) with a little room: at least 1.5, a
// round value otherwise.
func niceHalf(m float64) float64 {
	h := m * 1.15
	if !(h > 1.5) {
		return 1.5
	}
	if math.IsInf(h, 0) {
		return engine.MaxCoord * 1.5
	}
	mag := math.Pow(10, math.Floor(math.Log10(h)))
	for _, k := range []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10} {
		if h <= k*mag {
			return k * mag
		}
	}
	return 10 * mag
}

// isLecture reports whether pts is exactly the notes' three-point example.
func isLecture(pts []engine.Point) bool {
	want := engine.LectureThreePoints()
	if len(pts) != len(want) {
		return false
	}
	for i := range pts {
		if pts[i] != want[i] {
			return false
		}
	}
	return true
}
