package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// run is one training run: the networks visited (plain values, so the
// history holds snapshots), the loss J of each on the data at the time,
// and the step number of the first one (non-zero after a loaded document
// or after old steps were dropped).
type run struct {
	hist     *engine.History[engine.MLP]
	losses   []float64
	base     int
	diverged bool // the last step was refused: α too large
}

func newRun(m engine.MLP, pts []engine.Point, base int) *run {
	r := &run{hist: engine.NewHistory(m)}
	r.reset(m, pts, base)
	return r
}

// reset starts again from m at step number base.
func (r *run) reset(m engine.MLP, pts []engine.Point, base int) {
	r.hist.Reset(m)
	r.losses = append(r.losses[:0], lossOf(m, pts))
	r.base, r.diverged = base, false
}

// net returns the network at the cursor.
func (r *run) net() engine.MLP { return r.hist.Current() }

// stepNo is the step number at the cursor.
func (r *run) stepNo() int { return r.base + r.hist.Pos() }

// loss is J at the cursor.
func (r *run) loss() float64 { return r.losses[r.hist.Pos()] }

// step takes one full-batch gradient-descent step on the mean binary
// cross-entropy with learning rate lr, trained as the sigmoid network (the
// sign has no gradient). It returns false, changing nothing but the
// diverged flag, when the step would leave engine.MaxParam.
func (r *run) step(pts []engine.Point, lr float64) bool {
	m := withAct(r.net(), engine.Sigmoid)
	st := m.Step(pts, engine.BCE, lr)
	if st.Diverged || !finiteNet(m) {
		r.diverged = true
		return false
	}
	r.diverged = false
	pos := r.hist.Pos()
	r.hist.Push(m)
	r.losses = append(r.losses[:pos+1], lossOf(m, pts))
	if r.hist.Len() > maxHistory {
		r.trim(maxHistory / 2)
	}
	return true
}

// trim keeps only the last keep states (the cursor is at the end when
// this is called), in place: the history's ring buffer and the loss slice
// keep their storage, so playing for hours allocates nothing per step.
func (r *run) trim(keep int) {
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

// back and forward move through the history.
func (r *run) back() bool    { return r.hist.Back() }
func (r *run) forward() bool { return r.hist.Forward() }

// finiteNet reports whether every parameter of m is finite.
func finiteNet(m engine.MLP) bool {
	s := m.B2
	for j := range m.H {
		s += m.W1[j][0] + m.W1[j][1] + m.B1[j] + m.W2[j]
	}
	return !math.IsNaN(s) && !math.IsInf(s, 0)
}
