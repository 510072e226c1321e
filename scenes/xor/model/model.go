// Package model is the XOR scene's model: the notes' network and its truth
// table, training runs with their history and loss curve, and the map of
// the plane into hidden space that the morph animates. It does not import
// Ebiten.
package model

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// Hidden widths the scene offers (the notes' network has 2).
const (
	MinHidden = 2
	MaxHidden = engine.MaxHidden
)

// MaxHistory bounds the remembered steps; past it the oldest tenth is
// dropped, so hours of playing at 2000 steps/s stay within a few MB. A
// tenth, not more: forgetting states clears them, and a tick that cleared
// half the history took several times a tick's steps.
const MaxHistory = 20000

// WorkPerTick bounds the work of the steps one tick takes while playing,
// so that neither the top speed nor a huge data set makes a frame late
// (Update and Draw share a few milliseconds of a frame; as WebAssembly a
// step costs about three times what it costs natively). Work is counted
// in unit evaluations, one point through one unit: a step over n points
// of a network with h hidden units costs n(h+1) of them plus
// StepOverhead. 2,000 keep a tick's training near 0.15 ms natively and
// 0.6 ms as WebAssembly (4,000 made it most of the page's Update): the
// notes' 2-2-1 network on the four XOR points takes up to 125 steps a
// tick (7,500 a second, which the two top speeds give there), 100 points
// a step, 100,000 points one step a tick.
const WorkPerTick = 2000

// StepOverhead is a step's fixed cost in unit evaluations: copying the
// network into the history, checking it, the loss bookkeeping.
const StepOverhead = 4

// XORInputs are the four inputs of the notes' XOR table, in its order.
var XORInputs = [4][2]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}

// XORPoints is the XOR table as data: class 0 of the notes is −1.
func XORPoints() []engine.Point {
	return []engine.Point{
		{X: XORInputs[0], Y: -1},
		{X: XORInputs[1], Y: 1},
		{X: XORInputs[2], Y: 1},
		{X: XORInputs[3], Y: -1},
	}
}

// Initial returns the network a run starts from: the notes' weights, or a
// seeded random one of width h.
func Initial(training bool, h int, seed int64) engine.MLP {
	if training {
		return engine.NewMLP(h, engine.Sigmoid, seed)
	}
	return engine.XORLecture(engine.Sigmoid)
}

// IsLecture reports whether m has the notes' weights (whatever its
// activation): what the labels that name the notes may describe.
//
// Not inlined (bundle size): it compares two whole networks, and a copy
// of that at each call site grew the web bundle.
//
//go:noinline
func IsLecture(m engine.MLP) bool {
	return WithAct(m, engine.Sigmoid) == engine.XORLecture(engine.Sigmoid)
}

// WithAct returns m with activation act in both layers: the scene applies
// its one activation (sign or sigmoid) to whatever weights it holds.
func WithAct(m engine.MLP, act engine.Activation) engine.MLP {
	m.Hidden, m.Out = act, act
	return m
}

// LossOf is the mean binary cross-entropy of the sigmoid network with m's
// weights: the J that training lowers, whatever activation is shown.
func LossOf(m engine.MLP, pts []engine.Point) float64 {
	m = WithAct(m, engine.Sigmoid)
	return m.Loss(pts, engine.BCE)
}

// Class01 is the notes' class label of an output: 1 or 0.
func Class01(act engine.Activation, yhat float64) int {
	if act.Classify(yhat) > 0 {
		return 1
	}
	return 0
}

// TableRow is one row of the XOR truth table computed with the current
// network.
type TableRow struct {
	X     [2]float64
	Z     [engine.MaxHidden]float64
	YHat  float64
	Class int // 0 or 1, as the notes write it
}

// TruthTable evaluates m (with its own activations) at the four XOR inputs.
func TruthTable(m engine.MLP) [4]TableRow {
	var t [4]TableRow
	for i, x := range XORInputs {
		f := m.Forward(x)
		t[i] = TableRow{X: x, Z: f.Z1, YHat: f.YHat, Class: Class01(m.Out, f.YHat)}
	}
	return t
}

// HiddenRange is the interval hidden outputs live in for act: [−1, 1] for
// sign, [0, 1] for the sigmoid.
func HiddenRange(act engine.Activation) (lo, hi float64) {
	lo, hi = act.Range()
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) || hi <= lo {
		return -1, 1
	}
	return lo, hi
}

// OutputLineInFrame returns the output unit's line W^[2]·z + b^[2] = 0
// written in the frame coordinates u of HiddenFrame (z = lo + (hi − lo)·u), for
// a network with two hidden units.
func OutputLineInFrame(m engine.MLP) (w [2]float64, b float64) {
	lo, hi := HiddenRange(m.Hidden)
	s := hi - lo
	return [2]float64{m.W2[0] * s, m.W2[1] * s}, m.B2 + lo*(m.W2[0]+m.W2[1])
}

// StepsThisTick bounds the player's request of asked steps by the work
// budget, for a network of hidden units over points points: it takes at
// least one step when asked, so that training never stops.
func StepsThisTick(asked, points, hidden int) int {
	if asked <= 0 {
		return 0
	}
	return min(asked, max(1, WorkPerTick/StepWork(points, hidden)))
}

// StepWork is the work of one step (see WorkPerTick).
func StepWork(points, hidden int) int {
	return max(points, 1)*(max(hidden, 0)+1) + StepOverhead
}

// Run is one training run: the networks visited (plain values, so the
// history holds snapshots), the loss J of each on the data at the time,
// and the step number of the first one (non-zero after a loaded document
// or after old steps were dropped).
type Run struct {
	hist     *engine.History[engine.MLP]
	losses   []float64
	base     int
	Diverged bool // the last step was refused: α too large
}

func NewRun(m engine.MLP, pts []engine.Point, base int) *Run {
	r := &Run{hist: engine.NewHistory(m)}
	r.Reset(m, pts, base)
	return r
}

// Reset starts again from m at step number base.
func (r *Run) Reset(m engine.MLP, pts []engine.Point, base int) {
	r.hist.Reset(m)
	r.losses = append(r.losses[:0], LossOf(m, pts))
	r.base, r.Diverged = base, false
}

// Net returns the network at the cursor.
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (r *Run) Net() engine.MLP { return r.hist.Current() }

// StepNo is the step number at the cursor.
func (r *Run) StepNo() int { return r.base + r.hist.Pos() }

// Loss is J at the cursor.
func (r *Run) Loss() float64 { return r.losses[r.hist.Pos()] }

// Step takes one full-batch gradient-descent step on the mean binary
// cross-entropy with learning rate lr, trained as the sigmoid network (the
// sign has no gradient). It returns false, changing nothing but the
// diverged flag, when the step would leave engine.MaxParam.
func (r *Run) Step(pts []engine.Point, lr float64) bool { return r.Steps(pts, lr, 1) }

// Steps takes up to n steps as Step does and reports whether all were
// taken. The loss of every state but the last comes from the next step's
// own forward pass (the loss before a step is the loss of the state it
// starts from, on the same points), so that playing at the top speed
// pays for one extra pass over the data per tick, not per step.
func (r *Run) Steps(pts []engine.Point, lr float64, n int) bool {
	if n > 1 && cap(r.losses) <= MaxHistory {
		// Playing fast: room for the whole history at once, rather than
		// a doubling buffer copied (megabytes, in one tick) as it grows.
		r.hist.Reserve(MaxHistory + 1)
		r.losses = append(make([]float64, 0, MaxHistory+1), r.losses...)
	}
	// One network stepped in place, copied into the history after each
	// step, rather than one read back from the history for each. A step
	// Descend takes leaves every parameter within engine.MaxParam, so
	// finite: no check of its own.
	m := WithAct(r.Net(), engine.Sigmoid)
	for i := range n {
		l, diverged := m.Descend(pts, engine.BCE, lr)
		if i > 0 {
			r.losses[r.hist.Pos()] = l
		}
		if diverged {
			r.Diverged = true
			return false
		}
		r.Diverged = false
		pos := r.hist.Pos()
		r.hist.Push(m)
		loss := math.NaN() // filled by the next step
		if i == n-1 {
			loss = LossOf(m, pts)
		}
		r.losses = append(r.losses[:pos+1], loss)
		if r.hist.Len() > MaxHistory {
			r.Trim(MaxHistory - MaxHistory/10)
		}
	}
	return true
}

// Trim keeps only the last keep states (the cursor is at the end when
// this is called), in place: the history's ring buffer and the loss slice
// keep their storage, so playing for hours allocates nothing per step.
func (r *Run) Trim(keep int) {
	n := r.hist.Len()
	drop := n - keep
	if drop <= 0 {
		return
	}
	r.hist.SetLimit(keep) // forgets the oldest states at once, cursor with them
	r.hist.SetLimit(0)
	r.losses = r.losses[:copy(r.losses, r.losses[drop:])]
	r.base += drop
}

// Back and forward move through the history.
func (r *Run) Back() bool    { return r.hist.Back() }
func (r *Run) Forward() bool { return r.hist.Forward() }

// Losses returns J at every kept position (the run's own storage: read
// it, do not keep it), the step number of the first and the cursor's
// position, as ui.HistorySeries takes them.
func (r *Run) Losses() (js []float64, first, pos int) { return r.losses, r.base, r.hist.Pos() }
