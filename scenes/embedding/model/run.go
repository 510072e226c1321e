package model

import (
	"errors"
	"math"

	"github.com/neurona/neurona/engine"
)

// HistoryLimit is how many snapshots of the network a run keeps for stepping
// back: one per Space and one per frame while playing, the oldest forgotten
// first, so the history is bounded (a 4×8 network is about 3 KB).
const HistoryLimit = 600

// maxSamples bounds the loss and accuracy curves: beyond it every other
// sample is dropped, so hours of playing keep the curves' length fixed.
const maxSamples = 1200

// Sample is one point of the curves: the step and the network's loss (mean
// cross-entropy, without the L2 term) and accuracy on the training and the
// test points.
type Sample struct {
	Step              int
	Loss, TestLoss    float64
	Acc, TestAcc      float64
	HasTest, Diverged bool
}

// Run is one training run: the trainer, the network it started from, a
// bounded history of snapshots and the curves.
type Run struct {
	start       engine.Net
	tr          *engine.NetTrainer
	hist        *engine.History[engine.NetState]
	train, test []engine.ClassPoint
	curve       []Sample
	diverged    bool
	cur         Sample // metrics of the network at the cursor
	stale       bool   // cur is not yet measured (after Train)
}

// NewRun starts training start on train (kept, not copied), measuring on
// test too.
func NewRun(start engine.Net, train, test []engine.ClassPoint, cfg engine.NetConfig) *Run {
	r := &Run{start: start, train: train, test: test, curve: make([]Sample, 0, maxSamples+1)}
	r.tr = engine.NewNetTrainer(start, train, cfg)
	r.hist = engine.NewHistory(r.tr.Snapshot())
	r.hist.SetLimit(HistoryLimit)
	// The whole history at once: grown by doubling while playing, it
	// copied up to 512 states in the middle of a tick (the slowest ticks).
	r.hist.Reserve(HistoryLimit)
	r.measure()
	r.curve = append(r.curve, r.cur)
	return r
}

// Start returns the network at step 0.
func (r *Run) Start() engine.Net { return r.start }

// Net returns the network at the cursor (read it, do not keep the pointer
// across steps).
func (r *Run) Net() *engine.Net { return r.tr.Net() }

// Step returns the number of steps taken to reach the cursor.
func (r *Run) Step() int { return r.tr.Snapshot().Step }

// Epoch returns the epochs completed at the cursor.
func (r *Run) Epoch() int { return r.tr.Snapshot().Epoch }

// Config returns the training settings.
func (r *Run) Config() engine.NetConfig { return r.tr.Config() }

// SetConfig changes the training settings from the next step on (a new
// learning rate does not restart the run).
func (r *Run) SetConfig(cfg engine.NetConfig) { r.tr.SetConfig(cfg); r.measure() }

// Diverged reports whether the last step was refused (α too large).
func (r *Run) Diverged() bool { return r.diverged }

// Metrics returns the loss and accuracy of the network at the cursor,
// measuring them first after Train.
func (r *Run) Metrics() Sample {
	if r.stale {
		r.measure()
	}
	return r.cur
}

// Curve returns the samples recorded so far, by step.
func (r *Run) Curve() []Sample { return r.curve }

// History returns the cursor's position and the number of snapshots kept.
func (r *Run) History() (pos, n int) { return r.hist.Pos(), r.hist.Len() }

// Advance takes up to n steps, stopping after one that diverged, then keeps
// one snapshot and one sample. It returns the number of steps taken. It does
// not allocate (the history and the curve reuse their storage once full).
func (r *Run) Advance(n int) int {
	if n <= 0 {
		return 0
	}
	taken := r.Train(n)
	r.measure()
	r.record()
	return taken
}

// Measured reports whether the metrics of the network at the cursor are
// measured (Metrics costs nothing).
func (r *Run) Measured() bool { return !r.stale }

// Train takes up to n steps as Advance does and keeps one snapshot, but
// neither measures the network nor records a sample: a scene that trains
// a thousand points at full speed measures a copy of the network a part
// at a time and hands the sample to Record. Train does not allocate.
func (r *Run) Train(n int) int {
	if n <= 0 {
		return 0
	}
	taken := 0
	r.diverged = false
	for range n {
		st := r.tr.Step()
		taken++
		if st.Diverged {
			r.diverged = true
			break
		}
	}
	r.hist.Push(r.tr.Snapshot())
	r.stale = true
	return taken
}

// Record appends s (measured on the network after s.Step steps of this run)
// to the curve.
func (r *Run) Record(s Sample) {
	if s.Step == r.Step() && !r.diverged {
		r.cur, r.stale = s, false
	}
	r.append(s)
}

// record appends the cursor's sample to the curve, dropping samples beyond
// it first (after stepping back) and halving the curve when it is full.
func (r *Run) record() { r.append(r.cur) }

// append appends s to the curve, dropping samples of later steps first and
// halving the curve when it is full.
func (r *Run) append(s Sample) {
	k := len(r.curve)
	for k > 0 && r.curve[k-1].Step >= s.Step {
		k--
	}
	r.curve = r.curve[:k]
	if len(r.curve) >= maxSamples {
		j := 0
		for i := 0; i < len(r.curve); i += 2 {
			r.curve[j] = r.curve[i]
			j++
		}
		r.curve = r.curve[:j]
	}
	r.curve = append(r.curve, s)
}

// Back and Forward move the cursor through the history; they report whether
// it moved.
func (r *Run) Back() bool { return r.seek(r.hist.Back()) }

// Forward moves one snapshot forward.
func (r *Run) Forward() bool { return r.seek(r.hist.Forward()) }

func (r *Run) seek(moved bool) bool {
	if moved {
		r.tr.Restore(r.hist.Current())
		r.diverged = false
		r.measure()
	}
	return moved
}

// measure computes the cursor's metrics.
func (r *Run) measure() {
	n := r.tr.Net()
	var m Meter
	m.Add(n, r.train, false)
	m.Add(n, r.test, true)
	r.cur = m.Sample(r.tr.Snapshot().Step, r.diverged)
	r.stale = false
}

// Meter sums a network's loss and correct points over parts of the
// training and test points, so that measuring a thousand points can be
// spread over frames.
type Meter struct {
	loss, testLoss   float64
	n, correct       int
	testN, testRight int
}

// Add adds pts (test points if test) to the sums.
func (m *Meter) Add(net *engine.Net, pts []engine.ClassPoint, test bool) {
	l, c := net.Score(pts)
	if test {
		m.testLoss, m.testN, m.testRight = m.testLoss+l, m.testN+len(pts), m.testRight+c
		return
	}
	m.loss, m.n, m.correct = m.loss+l, m.n+len(pts), m.correct+c
}

// Sample returns the sample of the sums at step (mean loss, accuracy 1 for
// no training points, as engine's Accuracy).
func (m *Meter) Sample(step int, diverged bool) Sample {
	s := Sample{Step: step, Diverged: diverged, Acc: 1}
	if m.n > 0 {
		s.Loss, s.Acc = m.loss/float64(m.n), float64(m.correct)/float64(m.n)
	}
	s.Loss = finiteOr(s.Loss)
	if m.testN > 0 {
		s.HasTest = true
		s.TestLoss, s.TestAcc = finiteOr(m.testLoss/float64(m.testN)), float64(m.testRight)/float64(m.testN)
	}
	return s
}

// finiteOr keeps an overflowing loss finite for display and documents.
func finiteOr(v float64) float64 {
	if math.IsNaN(v) {
		return math.MaxFloat64
	}
	return math.Max(-math.MaxFloat64, math.Min(math.MaxFloat64, v))
}

// MaxReplay bounds the work of replaying a loaded document's steps, in
// point-steps (steps × training points): beyond it Replay refuses and the
// document's own parameters are used.
const MaxReplay = 4e6

// ErrReplayTooLong says a replay would cost more than MaxReplay.
var ErrReplayTooLong = errors.New("too many steps to replay")

// Replay trains from the start up to step steps, as a loaded document asks,
// keeping the history's last snapshot only.
func (r *Run) Replay(steps int) error {
	if float64(steps)*float64(max(len(r.train), 1)) > MaxReplay {
		return ErrReplayTooLong
	}
	for r.Step() < steps && !r.diverged {
		r.Advance(min(steps-r.Step(), 1000))
	}
	return nil
}

// Resume places the run at net after steps steps without replaying them:
// the epoch and the position in it follow from the batch size, so the next
// steps are the ones a replay would take.
func (r *Run) Resume(net engine.Net, steps int) {
	n := len(r.train)
	cfg := r.tr.Config()
	st := engine.NetState{Net: net, Step: steps}
	if n > 0 {
		b := cfg.Batch
		if b <= 0 || b >= n {
			st.Epoch = steps
		} else {
			per := (n + b - 1) / b
			st.Epoch, st.Pos = steps/per, (steps%per)*b
		}
	}
	r.tr.Restore(st)
	r.hist.Reset(st)
	r.measure()
	r.curve = append(r.curve[:0], r.cur)
}
