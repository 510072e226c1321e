// Package model is the perceptron scene's model: the perceptron being
// trained on the scene's points, the history of its states (every step can
// be undone and replayed exactly) and what Novikoff's theorem says about
// the data. It does not import Ebiten.
package model

import (
	"math"
	"slices"

	"github.com/neurona/neurona/engine"
)

// MaxSteps bounds the run's history (about 13 MB of snapshots): playing
// stops there with a message, and "step" in a state document may not
// exceed it.
const MaxSteps = 100000

// StopEpochs is how many epochs playing a non-separable set goes on before
// it stops by itself.
const StopEpochs = 5

// ProofPoint is one point of the convergence proof after k mistakes: the
// accumulated update u_k = [θ, b]/α against w* (dot = u_k·w*) and its squared
// norm, the two quantities the proof bounds by kγ and kR².
type ProofPoint struct{ Dot, NormSq float64 }

// Run is the perceptron being trained on the scene's data: the engine's
// perceptron, the history of its states (every step can be undone and
// replayed exactly) and what Novikoff's theorem says about the data. It
// holds no drawing state and does not import Ebiten.
type Run struct {
	Data *engine.Dataset
	Cfg  engine.PerceptronConfig
	P    *engine.Perceptron
	Hist *engine.History[engine.PerceptronState]

	Nov     engine.NovikoffResult
	MaxNorm float64 // max ‖x‖ over the points, in the plane (R drops the bias coordinate 1)

	// trace[k] is the proof point after k mistakes of the whole history;
	// the current position uses the prefix up to its own mistakes. Only
	// kept for separable data.
	trace []ProofPoint

	// last is the record of the step that led to the current position;
	// hasLast is false at position 0.
	Last    engine.PerceptronStep
	HasLast bool

	Gen int // counts restarts, so that caches know the run changed
}

// NewRun returns a run over a copy of pts with the lecture's settings: the
// ±1 rule, α = 1, cyclic order, w⁰ = 0.
func NewRun(pts []engine.Point) *Run {
	r := &Run{
		Data: engine.NewDataset(pts),
		Cfg:  engine.PerceptronConfig{Rule: engine.PlusMinus, Alpha: 1, Order: engine.Cyclic},
	}
	r.DataChanged()
	return r
}

// DataChanged recomputes what depends on the points (Novikoff's
// quantities) and restarts training from w⁰.
func (r *Run) DataChanged() {
	pts := r.Data.Points()
	// Without a bias the separators are the lines through the origin: R,
	// γ and separability are theirs.
	r.Nov = engine.NovikoffFor(pts, !r.Cfg.NoBias)
	r.MaxNorm = 0
	for _, q := range pts {
		r.MaxNorm = math.Max(r.MaxNorm, math.Hypot(q.X[0], q.X[1]))
	}
	r.Restart()
}

// Restart starts training again from w⁰ with the current points and
// settings: the history holds only the initial state.
func (r *Run) Restart() {
	r.P = engine.NewPerceptron(r.Data.Points(), r.Cfg)
	r.Cfg = r.P.Config()
	if r.Hist == nil {
		r.Hist = engine.NewHistory(r.P.Snapshot())
	} else {
		r.Hist.Reset(r.P.Snapshot())
	}
	r.Gen++
	r.trace = r.trace[:0]
	if r.Separable() {
		r.trace = append(r.trace, r.Proof(r.P.W(), r.P.B()))
	}
	r.HasLast = false
}

// Separable reports whether the data has at least one point and a line
// strictly separates its classes.
func (r *Run) Separable() bool { return r.Nov.Separable && r.Data.Len() > 0 }

// Proof returns the proof point of weights (w, b).
func (r *Run) Proof(w [2]float64, b float64) ProofPoint {
	d, n := engine.ProofPoint(w, b, r.Cfg.Alpha, r.Nov)
	return ProofPoint{d, n}
}

// Pos is the history position: the number of steps taken to reach the
// current state.
func (r *Run) Pos() int { return r.Hist.Pos() }

// State is the perceptron's current state.
func (r *Run) State() engine.PerceptronState { return r.P.Snapshot() }

// AtEnd reports whether there is no step ahead in the history.
func (r *Run) AtEnd() bool { return r.Hist.Pos() == r.Hist.Len()-1 }

// Full reports whether the history has reached MaxSteps at its end.
func (r *Run) Full() bool { return r.AtEnd() && r.Hist.Pos() >= MaxSteps }

// Step takes one step: forward through the history when steps lie ahead
// (the engine is deterministic, so this is the step it would take), else a
// new engine step. It returns false when nothing can be stepped (no points,
// or the history is full).
func (r *Run) Step() bool {
	if r.Data.Len() == 0 {
		return false
	}
	if !r.AtEnd() {
		return r.Forward()
	}
	if r.Full() {
		return false
	}
	st := r.P.Step()
	r.Hist.Push(r.P.Snapshot())
	if st.Updated && r.Separable() {
		r.trace = append(r.trace[:min(st.Mistakes, len(r.trace))], r.Proof(st.WAfter, st.BAfter))
	}
	r.Last, r.HasLast = st, true
	return true
}

// Back moves one step back through the history, restoring that state exactly.
func (r *Run) Back() bool { return r.move(r.Hist.Back) }

// Forward moves one step forward through the history.
func (r *Run) Forward() bool { return r.move(r.Hist.Forward) }

// move moves the history's cursor with f and restores the state there.
func (r *Run) move(f func() bool) bool {
	if !f() {
		return false
	}
	r.P.Restore(r.Hist.Current())
	r.recomputeLast()
	return true
}

// recomputeLast rebuilds the record of the step that led to the current
// position by replaying it from the previous state on a copy of the
// perceptron (a plain value).
func (r *Run) recomputeLast() {
	pos := r.Hist.Pos()
	if pos == 0 {
		r.HasLast = false
		return
	}
	prev, _ := r.Hist.At(pos - 1)
	q := *r.P
	q.Restore(prev)
	r.Last, r.HasLast = q.Step(), true
}

// Replay restarts and takes n steps (at most MaxSteps, and none without
// points): how a state document's "step" is restored.
func (r *Run) Replay(n int) {
	r.Restart()
	for range min(n, MaxSteps) {
		if !r.Step() {
			break
		}
	}
}

// ProofPrefix returns the proof points up to the current number of mistakes.
func (r *Run) ProofPrefix() []ProofPoint {
	k := r.P.Mistakes() + 1
	if k > len(r.trace) {
		k = len(r.trace)
	}
	return r.trace[:k]
}

// SetRule, SetOrder, SetAlpha and SetTie change a setting and restart
// training (a run replays from one fixed configuration). They report
// whether the setting changed.
func (r *Run) SetRule(rule engine.Rule) bool { return setting(r, &r.Cfg.Rule, rule) }
func (r *Run) SetOrder(o engine.Order) bool  { return setting(r, &r.Cfg.Order, o) }
func (r *Run) SetAlpha(a float64) bool       { return a > 0 && setting(r, &r.Cfg.Alpha, a) }
func (r *Run) SetTie(t engine.Tie) bool      { return setting(r, &r.Cfg.Tie, t) }

// SetBias switches the bias on or off: Novikoff's quantities change with
// it (separators through the origin without one), and training restarts.
// It reports whether the setting changed.
func (r *Run) SetBias(on bool) bool {
	if r.Cfg.NoBias == !on {
		return false
	}
	r.Cfg.NoBias = !on
	r.DataChanged()
	return true
}

// Bias reports whether the perceptron has a bias b.
func (r *Run) Bias() bool { return !r.Cfg.NoBias }

// Repeat returns the repeat of the weights found by the current position,
// if any (see engine.WeightRepeat: a certificate that no line, through the
// origin without a bias, separates the points).
func (r *Run) Repeat() (engine.WeightRepeat, bool) { return r.P.Repeat() }

// Cycle returns the points whose updates lie between the two equal weights
// of the repeat rep (steps EarlierStep+1 … Step), each as its index and
// yᵢxᵢ: those updates add up to zero, so 0 is a convex combination of
// these yᵢxᵢ and no w has yᵢ w·xᵢ > 0 for all of them. They are found by
// replaying the history from the earlier position on a copy of the
// perceptron.
func (r *Run) Cycle(rep engine.WeightRepeat) (idx []int, yx [][2]float64) {
	prev, ok := r.Hist.At(rep.EarlierStep)
	if !ok || rep.Step <= rep.EarlierStep {
		return nil, nil
	}
	q := *r.P
	q.Restore(prev)
	for range rep.Step - rep.EarlierStep {
		st := q.Step()
		if st.Updated {
			y := float64(st.Y)
			idx = append(idx, st.Index)
			yx = append(yx, [2]float64{y * st.X[0], y * st.X[1]})
		}
	}
	return idx, yx
}

// setting sets *field to v and restarts, if that changes it.
func setting[T comparable](r *Run, field *T, v T) bool {
	if *field == v {
		return false
	}
	*field = v
	r.Restart()
	return true
}

// NiceHalf returns the half-extent of the plane that shows points up to
// norm m (and the circle of radius m) with a little room: at least 1.5, a
// round value otherwise.
func NiceHalf(m float64) float64 {
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

// IsLecture reports whether pts is exactly the notes' three-point example.
func IsLecture(pts []engine.Point) bool { return slices.Equal(pts, engine.LectureThreePoints()) }
