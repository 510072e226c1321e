package engine

import "math"

// Divergence says why a regression run stopped taking gradient steps.
type Divergence int

const (
	// Converging: no divergence so far.
	Converging Divergence = iota
	// LossOverflow: J (or a gradient) is not finite, from overflow or from
	// samples that are not valid (NaN); the step's J is then +Inf and its
	// gradients zero.
	LossOverflow
	// LossBound: J is larger than MaxRegLoss.
	LossBound
	// LossGrowth: J is more than DivergeGrowth times the J of the run's
	// first step (see RegRun.Rebase).
	LossGrowth
	// ParamBound: the update would move a parameter beyond ±MaxParam.
	ParamBound
	numDivergences
)

// divergenceNames are the names String returns.
var divergenceNames = [numDivergences]string{"converging", "overflow", "loss-bound", "loss-growth", "param-bound"}

// String returns a short lower-case name, usable as a translation key
// ("converging", "overflow", "loss-bound", "loss-growth", "param-bound").
func (d Divergence) String() string { return enumString(divergenceNames[:], int(d), "Divergence") }

// MaxRegLoss bounds J: a run whose J exceeds it has diverged. Valid data
// (|x|, |y| ≤ MaxCoord, at most MaxPoints samples) with parameters within
// MaxParam keeps J below about 1e270, so the bound is what usually catches
// a too-large α after DivergeGrowth.
const MaxRegLoss = 1e200

// DivergeGrowth is how many times the run's first J a later J may reach
// before the run counts as diverged. Gradient descent with a suitable α
// lowers J; one that is too large multiplies J by a constant factor every
// step, so this is reached in a few tens of steps.
const DivergeGrowth = 1e6

// RegStep records one full-batch gradient-descent step of a RegRun: J and
// its gradient at the parameters before the update, those parameters, the
// learning rate used, and whether the run has diverged. The parameters
// after the update are Before − LR·Grads, or Before if Diverged.
// Everything in it is finite except J = +Inf under LossOverflow; nothing is
// NaN.
type RegStep struct {
	Step     int        // 1 for the run's first step
	J        float64    // J(θ) = Σᵢ (ŷᵢ − yᵢ)² before the update (the notes' sum)
	Mean     float64    // J/m, the mean squared error, for display
	Grads    RegGrads   // ∂J/∂θ before the update
	Before   Regressor  // the network before the update
	LR       float64    // the learning rate α used, after clamping to [0, MaxLR]
	Why      Divergence // Converging, or why the update was refused
	Diverged bool       // Why != Converging: the parameters did not change
}

// RegRun is gradient descent on the notes' squared error for a Regressor:
// the model, the number of steps taken, the J that divergence is measured
// against, and a divergence latch. It is a plain value of about 250 bytes,
// so a scene can keep its history as a History[RegRun] of snapshots (or
// keep only the data, α and the steps' count and replay: Step is
// deterministic). Its zero value is not useful; start with NewRegRun.
type RegRun struct {
	Model Regressor  // the current parameters
	Steps int        // gradient steps taken (refused ones not counted)
	Ref   float64    // J at the first step since NewRegRun or Rebase; 0 before it
	Why   Divergence // latched: once not Converging, Step changes nothing
	refOK bool       // Ref has been measured
}

// NewRegRun starts a run from m.
func NewRegRun(m Regressor) RegRun { return RegRun{Model: m} }

// Diverged reports whether the run has diverged; Step then refuses updates
// until Resume.
func (r *RegRun) Diverged() bool { return r.Why != Converging }

// Resume clears the divergence latch and measures growth from the next
// step again, e.g. after the teacher lowers α or steps back.
func (r *RegRun) Resume() { r.Why, r.refOK, r.Ref = Converging, false, 0 }

// Rebase measures DivergeGrowth from the next step's J: call it when the
// data change, so that adding a far point is not taken for divergence.
func (r *RegRun) Rebase() { r.refOK, r.Ref = false, 0 }

// Step takes one full-batch gradient step θ ← θ − α·∂J/∂θ on data with
// learning rate lr (clamped to [0, MaxLR]; NaN counts as 0) and returns its
// record. If J is not finite or past its bounds, or the update would leave
// ±MaxParam, the update is refused and the run latches diverged (see
// Divergence); later steps then only report J and the gradient. It
// allocates nothing.
func (r *RegRun) Step(data []Sample, lr float64) RegStep {
	m := &r.Model
	h := m.units()
	j, g := m.Gradient(data)
	st := RegStep{Step: r.Steps + 1, J: j, Mean: meanOf(j, len(data)), Grads: g, Before: *m, LR: clampLR(lr)}
	if math.IsNaN(j) || math.IsInf(j, 0) || !g.finite(h) {
		st.J, st.Mean, st.Grads = math.Inf(1), math.Inf(1), RegGrads{}
		r.latch(LossOverflow)
	}
	if !r.refOK && !r.Diverged() {
		r.Ref, r.refOK = j, true
	}
	switch {
	case r.Diverged():
	case j > MaxRegLoss:
		r.latch(LossBound)
	case r.Ref > 0 && j > DivergeGrowth*r.Ref:
		r.latch(LossGrowth)
	}
	if !r.Diverged() {
		if next := st.After(); next.inRange() {
			*m = next
			r.Steps++
		} else {
			r.latch(ParamBound)
		}
	}
	st.Why = r.Why
	st.Diverged = r.Diverged()
	return st
}

// latch records the first reason the run diverged.
func (r *RegRun) latch(why Divergence) {
	if r.Why == Converging {
		r.Why = why
	}
}

// After returns the network the step left: Before − LR·Grads, the notes'
// θ^(k+1) = θ^(k) − α ∂J/∂θ, or Before itself if the update was refused.
func (st *RegStep) After() Regressor {
	m := st.Before
	if st.Diverged {
		return m
	}
	h := m.units()
	m.W1[0] -= st.LR * st.Grads.W1[0]
	m.B1[0] -= st.LR * st.Grads.B1[0]
	for k := 1; k < h; k++ {
		m.W1[k] -= st.LR * st.Grads.W1[k]
		m.B1[k] -= st.LR * st.Grads.B1[k]
	}
	if h > 0 {
		for k := range h {
			m.W2[k] -= st.LR * st.Grads.W2[k]
		}
		m.B2 -= st.LR * st.Grads.B2
	}
	return m
}
