// Package model is the backprop scene's model: a walk through the 2-2-1
// network's computational graph one node at a time, over the examples in
// turn, with a history for stepping back, and the network's nine
// parameters by name. It does not import Ebiten.
package model

import (
	"github.com/neurona/neurona/engine"
)

// Snap is one position of the walk through the graph: the graph as the
// walk left it, the step that led here (N == 0 at the start of an
// Example), the example's index and the network at the start of this
// Example's walk (whose gradients the walk computes).
type Snap struct {
	G  engine.Graph
	St engine.GraphStep
	Ex int
	M0 engine.MLP
}

// Phase is "forward", "loss", "backward" or "update"; the start of an
// example counts as "forward".
func (s *Snap) Phase() string {
	if s.St.N == 0 {
		return "forward"
	}
	return s.St.Phase
}

// Focus is the node the last step computed, "" at the start and for the
// update.
func (s *Snap) Focus() string { return s.St.Node }

// MaxHistory bounds the walk's history; past it the older walks are
// Dropped, keeping at least the last half. A position costs 8 bytes and a
// walk's start about 300, so 40,000 positions are well under a megabyte.
const MaxHistory = 40000

// begin is the start of one example's walk: the network, the example and
// the learning rate. Every position of that walk is rebuilt from it by
// replaying at most a walk's 23 steps, which is far cheaper to keep than a
// snapshot of the graph per position.
type begin struct {
	m  engine.MLP
	ex int
	lr float64
}

// mark is one position of the history: begins[b] after n steps.
type mark struct{ b, n int32 }

// Walker steps the 2-2-1 network's computational graph one node at a time
// over the examples in turn, with a history for stepping back. It never
// draws.
type Walker struct {
	Data   *engine.Dataset
	Alpha  float64
	Init   engine.MLP // where R puts the network back
	Begins []begin
	Hist   *engine.History[mark]
	// dropped counts the oldest steps compact has forgotten since the
	// last rebase, so that stepping back to position 0 can say so.
	Dropped int

	// cache is the Snap of cacheAt, rebuilt when the position or the
	// begins change (version).
	cache   Snap
	cacheAt mark
	cacheV  int
	Version int
}

// DefaultNet is the network the scene starts with: small round weights
// that are easy to read and multiply in one's head.
func DefaultNet() engine.MLP {
	return engine.BackpropStart()
}

// DefaultAlpha is the learning rate of the update step.
const DefaultAlpha = 1.0

func NewWalker(pts []engine.Point) *Walker {
	w := &Walker{Data: engine.NewDataset(pts), Alpha: DefaultAlpha, Init: DefaultNet(), cacheV: -1}
	w.Hist = engine.NewHistory(mark{})
	w.Rebase(w.Init, 0)
	return w
}

// Cur is the Snap at the current position.
func (w *Walker) Cur() Snap { return w.At(w.Hist.Current()) }

// At rebuilds the Snap of position k by replaying its walk.
func (w *Walker) At(k mark) Snap {
	if w.cacheV == w.Version && w.cacheAt == k {
		return w.cache
	}
	b := w.Begins[k.b]
	s := w.Start(b.m, b.ex, b.lr)
	for i := int32(0); i < k.n && !s.G.Done(); i++ {
		s.St, _ = s.G.Next()
	}
	w.cache, w.cacheAt, w.cacheV = s, k, w.Version
	return s
}

// Example returns the point of index i, or a placeholder at the origin when
// there is none (the graph is still drawn).
func (w *Walker) Example(i int) (engine.Point, bool) {
	pts := w.Data.Points()
	if i < 0 || i >= len(pts) {
		return engine.Point{Y: 1}, false
	}
	return pts[i], true
}

// Start returns the start of a walk of network m on example ex at
// learning rate lr.
func (w *Walker) Start(m engine.MLP, ex int, lr float64) Snap {
	p, _ := w.Example(ex)
	g := engine.NewGraph(m, p.X, p.Y)
	g.LR = lr
	return Snap{G: *g, Ex: ex, M0: m}
}

// Rebase forgets the history and starts it again with network m on example
// ex (clamped to the data).
func (w *Walker) Rebase(m engine.MLP, ex int) {
	w.Begins = append(w.Begins[:0], begin{m: m, ex: w.ClampEx(ex), lr: w.Alpha})
	w.Hist.Reset(mark{})
	w.Dropped = 0
	w.Version++
}

func (w *Walker) ClampEx(ex int) int { return max(0, min(ex, w.Data.Len()-1)) }

// Origin is history position 0, from which the whole history replays.
func (w *Walker) Origin() Snap {
	pos := w.Hist.Pos()
	w.Hist.Seek(0)
	o := w.Cur()
	w.Hist.Seek(pos)
	return o
}

// StepResult says what a step did.
type StepResult int

const (
	Stepped StepResult = iota
	NoData
)

// Step takes the next step of the walk; after the update it starts the
// next example with the updated network.
func (w *Walker) Step() StepResult {
	c := w.Cur()
	n := w.Data.Len()
	if n == 0 {
		return NoData
	}
	k := w.Hist.Current()
	if c.G.Done() {
		// Walks after this one belong to the redo tail that Push drops.
		w.Begins = append(w.Begins[:k.b+1], begin{m: c.G.Model(), ex: (w.ClampEx(c.Ex) + 1) % n, lr: w.Alpha})
		w.Version++
		w.Hist.Push(mark{b: int32(len(w.Begins) - 1)})
	} else {
		w.Hist.Push(mark{b: k.b, n: k.n + 1})
	}
	w.Compact()
	return Stepped
}

// Replay rebuilds the history from network m on example ex, taking n steps.
func (w *Walker) Replay(m engine.MLP, ex, n int) {
	w.Rebase(m, ex)
	for range n {
		if w.Step() != Stepped {
			return
		}
	}
}

// Choose starts a walk on example ex with the network as it is now (the
// update included if the walk got that far).
func (w *Walker) Choose(ex int) {
	c := w.Cur()
	w.Rebase(c.G.Model(), ex)
}

// DataChanged restarts the current example's walk on the edited data.
func (w *Walker) DataChanged() {
	c := w.Cur()
	w.Rebase(c.G.Model(), c.Ex)
}

// SetAlpha changes the learning rate and replays the current example's
// walk with it, so that the history stays one replayable sequence.
func (w *Walker) SetAlpha(a float64) {
	c := w.Cur()
	w.Alpha = a
	w.Replay(c.M0, c.Ex, c.G.Pos())
}

// Reset puts the network back at its start, on the current example.
func (w *Walker) Reset() { w.Rebase(w.Init, w.Cur().Ex) }

// Compact drops the older walks of a history that has grown past
// MaxHistory, keeping position 0 at the start of a walk.
func (w *Walker) Compact() {
	n := w.Hist.Len()
	if n <= MaxHistory {
		return
	}
	pos := w.Hist.Pos()
	at := func(i int) mark { k, _ := w.Hist.At(i); return k }
	first := n / 2
	for first < n && at(first).n != 0 {
		first++
	}
	if first >= n {
		return
	}
	keep := make([]mark, 0, n-first)
	base := at(first).b
	for i := first; i < n; i++ {
		k := at(i)
		keep = append(keep, mark{b: k.b - base, n: k.n})
	}
	w.Begins = append(w.Begins[:0], w.Begins[base:]...)
	w.Version++
	w.Dropped += first
	w.Hist.Reset(keep[0])
	for _, k := range keep[1:] {
		w.Hist.Push(k)
	}
	w.Hist.Seek(max(pos-first, 0))
}
