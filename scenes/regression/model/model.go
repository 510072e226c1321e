// Package model is the regression scene's model: gradient descent on the
// notes' squared error J(θ) = Σᵢ (ŷ(xᵢ) − yᵢ)² for a 1 → H → 1 network, kept
// as a history of runs for stepping back and forward, the samples read off
// the plane's points, the curves the plane shows (ŷ and each hidden unit's
// contribution) and the view that fits a data set, all in data
// coordinates. It does not import Ebiten.
package model

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// MaxHistory bounds the positions kept for stepping back; past it the
// oldest half is forgotten (the step count goes on). A position is about
// 260 bytes, so 20,000 of them are about 5 MB.
const MaxHistory = 20000

// Run is gradient descent from Start: the runs visited (plain values, so
// the history holds snapshots), J at each of them on the data of the time,
// and the step number of the oldest position kept.
type Run struct {
	Start engine.Regressor               // step 0: where R returns and replays begin
	hist  *engine.History[engine.RegRun] // the runs visited; the cursor is the current one
	js    []float64                      // J at each position
	base  int                            // step number of position 0
	// Why is the reason the last step was refused, or engine.Converging.
	Why engine.Divergence
}

// NewRun starts a run at m on data.
func NewRun(m engine.Regressor, data []engine.Sample) *Run {
	r := &Run{hist: engine.NewHistory(engine.NewRegRun(m))}
	r.Reset(m, data)
	return r
}

// Reset starts again from m at step 0: m becomes the start.
func (r *Run) Reset(m engine.Regressor, data []engine.Sample) {
	r.Start = m
	r.hist.Reset(engine.NewRegRun(m))
	j, _ := m.Loss(data)
	r.js = append(r.js[:0], j)
	r.base, r.Why = 0, engine.Converging
}

// Model is the network at the cursor.
func (r *Run) Model() engine.Regressor { return r.hist.Current().Model }

// StepNo is the number of steps from the start to the cursor.
func (r *Run) StepNo() int { return r.base + r.hist.Pos() }

// Len is the number of positions kept; Pos is the cursor's.
func (r *Run) Len() int { return r.hist.Len() }

// Pos is the cursor's position among the kept ones.
func (r *Run) Pos() int { return r.hist.Pos() }

// Base is the step number of the oldest position kept.
func (r *Run) Base() int { return r.base }

// J returns J at kept position i (0 ≤ i < Len).
func (r *Run) J(i int) float64 { return r.js[i] }

// Step takes one full-batch step θ ← θ − α∂J/∂θ from the cursor (dropping
// the positions ahead of it) and returns the engine's record. When the
// engine refuses the update (see engine.Divergence) nothing moves and Why
// says why; moved is false then, and also when the update changed nothing
// (the gradient vanished) or there is no data.
func (r *Run) Step(data []engine.Sample, lr float64) (st engine.RegStep, moved bool) {
	if len(data) == 0 {
		return engine.RegStep{}, false
	}
	run := r.hist.Current()
	before := run.Model
	st = run.Step(data, lr)
	if st.Diverged {
		r.Why = st.Why
		return st, false
	}
	r.Why = engine.Converging
	if run.Model == before {
		return st, false
	}
	pos := r.hist.Pos()
	r.hist.Push(run)
	j, _ := run.Model.Loss(data)
	r.js = append(r.js[:pos+1], j)
	if r.hist.Len() > MaxHistory {
		r.trim(MaxHistory / 2)
	}
	return st, true
}

// trim keeps only the last keep positions (the cursor is at the end).
func (r *Run) trim(keep int) {
	drop := r.hist.Len() - keep
	if drop <= 0 {
		return
	}
	r.hist.SetLimit(keep)
	r.hist.SetLimit(0)
	r.js = r.js[:copy(r.js, r.js[drop:])]
	r.base += drop
}

// Back and Forward move the cursor through the history; a refused step's
// reason is forgotten, since the next step starts from elsewhere.
func (r *Run) Back() bool {
	r.Why = engine.Converging
	return r.hist.Back()
}

// Forward moves the cursor one position on.
func (r *Run) Forward() bool {
	r.Why = engine.Converging
	return r.hist.Forward()
}

// Replay takes up to n steps from the start on data with learning rate
// lr, stopping early where a step is refused or changes nothing: a state
// document's "step" is reached again by doing the same arithmetic.
func (r *Run) Replay(data []engine.Sample, lr float64, n int) {
	r.Reset(r.Start, data)
	for range n {
		if _, moved := r.Step(data, lr); !moved {
			return
		}
	}
}

// Probe reports why the next step from the cursor would be refused
// (engine.Converging if it would not), changing nothing.
func (r *Run) Probe(data []engine.Sample, lr float64) engine.Divergence {
	if len(data) == 0 {
		return engine.Converging
	}
	run := r.hist.Current()
	return run.Step(data, lr).Why
}

// ReplayWork bounds the work a loaded document may ask for: steps times
// samples (each a forward and backward pass of at most 8 units).
const ReplayWork = 20_000_000

// Samples turns the plane's points into regression samples: a point's
// first coordinate is x, its second y (its class label is not used).
func Samples(dst []engine.Sample, pts []engine.Point) []engine.Sample {
	dst = dst[:0]
	for _, p := range pts {
		dst = append(dst, engine.Sample{X: p.X[0], Y: p.X[1]})
	}
	return dst
}

// Points turns samples into the plane's points (class +1).
func Points(data []engine.Sample) []engine.Point {
	out := make([]engine.Point, len(data))
	for i, s := range data {
		out[i] = engine.Point{X: [2]float64{s.X, s.Y}, Y: 1}
	}
	return out
}

// CurveSamples is the number of x values a curve is sampled at.
const CurveSamples = 241

// Curve appends x, f(x) pairs for CurveSamples x values from lo to hi.
func Curve(dst []float64, lo, hi float64, f func(x float64) float64) []float64 {
	for i := range CurveSamples {
		x := lo + (hi-lo)*float64(i)/float64(CurveSamples-1)
		dst = append(dst, x, f(x))
	}
	return dst
}

// View is a plane's visible window: centre and half extents.
type View struct {
	CX, CY, HalfX, HalfY float64
}

// DefaultView is the window the presets are drawn in and a fresh scene shows.
var DefaultView = View{CX: 0, CY: 0.5, HalfX: 3.6, HalfY: 2.9}

// Fit returns DefaultView if every sample is well inside it, and otherwise
// a window around the samples with a margin, so that a loaded file (or
// points at ±10⁹) is seen whole.
func Fit(data []engine.Sample) View {
	v := DefaultView
	inside := true
	xlo, xhi, ylo, yhi := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, s := range data {
		inside = inside && math.Abs(s.X-v.CX) <= 0.95*v.HalfX && math.Abs(s.Y-v.CY) <= 0.9*v.HalfY
		xlo, xhi = math.Min(xlo, s.X), math.Max(xhi, s.X)
		ylo, yhi = math.Min(ylo, s.Y), math.Max(yhi, s.Y)
	}
	if inside {
		return v
	}
	half := func(lo, hi float64) float64 {
		h := (hi - lo) / 2 * 1.15
		// A single value (or all equal) still gets a window around it.
		return math.Max(h, math.Max(1e-6, 0.1*math.Max(math.Abs(lo), math.Abs(hi))))
	}
	return View{CX: (xlo + xhi) / 2, CY: (ylo + yhi) / 2, HalfX: half(xlo, xhi), HalfY: half(ylo, yhi) * 1.1}
}

// Js returns J at every kept position, oldest first (the run's own
// storage: read it, do not keep it).
func (r *Run) Js() []float64 { return r.js }

// Acts are the hidden activations the scene offers, in the order A visits them.
var Acts = [...]engine.Activation{engine.Sigmoid, engine.Tanh, engine.ReLU, engine.Arctan}

// NextAct returns the activation after a in Acts.
func NextAct(a engine.Activation) engine.Activation {
	for i, x := range Acts {
		if x == a {
			return Acts[(i+1)%len(Acts)]
		}
	}
	return Acts[0]
}
