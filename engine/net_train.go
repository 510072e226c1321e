package engine

import "math"

// NetConfig sets how a NetTrainer trains.
type NetConfig struct {
	LR    float64 // learning rate α, clamped to [0, MaxLR]
	L2    float64 // L2 coefficient λ ≥ 0 on the weights, clamped to MaxL2
	Batch int     // points per step; 0 or ≥ the number of points: full batch
	Seed  int64   // seed of the mini-batch order (one shuffle per epoch)
}

// NetState is everything a NetTrainer's future depends on besides its
// config and points: a plain value, so a History of them steps back and
// forward through training.
type NetState struct {
	Net   Net // the current parameters
	Step  int // steps taken
	Epoch int // full passes over the points completed
	Pos   int // next position in this epoch's order
}

// NetStep records one gradient-descent step.
type NetStep struct {
	Step     int     // number of this step, from 1
	Epoch    int     // epoch the batch was taken from, from 0
	Batch    int     // points in the batch
	Loss     float64 // mean loss over the batch (with the L2 term) before the update
	GradNorm float64 // Euclidean norm of the gradient
	Diverged bool    // the update was refused: it would leave ±MaxNetParam
}

// NetTrainer trains a Net by full-batch or mini-batch gradient descent on a
// fixed set of points. Step allocates nothing, so a scene can take many steps
// a frame; Snapshot and Restore move between states.
type NetTrainer struct {
	cfg NetConfig
	pts []ClassPoint
	s   NetState
	g   NetGrads
}

// NewNetTrainer returns a trainer starting from n on pts (kept, not copied:
// the caller must not change them while training; use SetPoints).
func NewNetTrainer(n Net, pts []ClassPoint, cfg NetConfig) *NetTrainer {
	return &NetTrainer{cfg: cfg, pts: pts, s: NetState{Net: n}}
}

// Net returns the current network (a pointer into the trainer: read it, or
// copy it to keep it).
func (t *NetTrainer) Net() *Net { return &t.s.Net }

// Grads returns the gradient of the last step.
func (t *NetTrainer) Grads() *NetGrads { return &t.g }

// Config returns the configuration.
func (t *NetTrainer) Config() NetConfig { return t.cfg }

// SetConfig changes the configuration from the next step on.
func (t *NetTrainer) SetConfig(cfg NetConfig) { t.cfg = cfg }

// Points returns the training points.
func (t *NetTrainer) Points() []ClassPoint { return t.pts }

// SetPoints replaces the training points and starts a new epoch.
func (t *NetTrainer) SetPoints(pts []ClassPoint) {
	t.pts = pts
	t.s.Pos = 0
}

// Snapshot returns the current state.
func (t *NetTrainer) Snapshot() NetState { return t.s }

// Restore returns to a state taken by Snapshot.
func (t *NetTrainer) Restore(s NetState) { t.s = s }

// batch returns the size of the next batch and the permutation it is read
// through.
func (t *NetTrainer) batch() (int, permutation) {
	n := len(t.pts)
	b := t.cfg.Batch
	if b <= 0 || b >= n {
		return n, permutation{}
	}
	if t.s.Pos >= n {
		t.s.Pos = 0
	}
	key := mix64(uint64(t.cfg.Seed)) ^ mix64(uint64(t.s.Epoch)+0x6261746368)
	return min(b, n-t.s.Pos), newPermutation(n, key)
}

// Step takes one gradient-descent step on the next batch and returns its
// record. With no points it only counts the step.
func (t *NetTrainer) Step() NetStep {
	n := len(t.pts)
	b, perm := t.batch()
	st := NetStep{Step: t.s.Step + 1, Epoch: t.s.Epoch, Batch: b}
	net := &t.s.Net
	if b == n {
		st.Loss = net.Gradient(t.pts, t.cfg.L2, &t.g)
	} else {
		pos := t.s.Pos
		st.Loss = net.gradientOf(b, func(i int) ClassPoint { return t.pts[perm.at(pos+i)] }, t.cfg.L2, &t.g)
	}
	st.GradNorm = t.g.norm(net)
	if !(math.Abs(st.Loss) <= math.MaxFloat64) || !(st.GradNorm <= math.MaxFloat64) || !net.apply(&t.g, clampLR(t.cfg.LR)) {
		st.Diverged = true
	}
	t.s.Step++
	t.s.Pos += b
	if t.s.Pos >= n {
		t.s.Pos = 0
		t.s.Epoch++
	}
	return st
}

// Run takes up to k steps, stopping after one that diverged, and returns the
// last record (the zero record for k ≤ 0).
func (t *NetTrainer) Run(k int) NetStep {
	var st NetStep
	for range k {
		st = t.Step()
		if st.Diverged {
			break
		}
	}
	return st
}

// norm returns the Euclidean norm of g over n's parameters, scaled so that
// it does not overflow before reaching +Inf for a truly infinite entry.
func (g *NetGrads) norm(n *Net) float64 {
	s := 0.0
	for l := 0; l <= n.layers(); l++ {
		for j := range n.Width(l + 1) {
			for i := range n.Width(l) {
				s = math.Hypot(s, g.W[l][j][i])
			}
			s = math.Hypot(s, g.B[l][j])
		}
	}
	return s
}

// LayerOutputs writes the outputs of layer l (0 the inputs, 1…L hidden,
// L+1 the output probabilities) for every point into dst, row-major with
// Width(l) values per point, and returns it. dst is reused when it has the
// capacity, so a scene redrawing every frame allocates nothing.
func (n *Net) LayerOutputs(dst []float64, pts []ClassPoint, l int) []float64 {
	w := n.Width(l)
	if w == 0 {
		return dst[:0] // no such layer
	}
	need := len(pts) * w
	if cap(dst) < need {
		dst = make([]float64, need)
	}
	dst = dst[:need]
	var f NetForward
	for k, p := range pts {
		n.Forward(p.X, &f)
		copy(dst[k*w:(k+1)*w], f.Z[l][:w])
	}
	return dst
}
