package backprop

import (
	"github.com/neurona/neurona/engine"
)

// snap is one position of the walk through the graph: the graph as the
// walk left it, the step that led here (N == 0 at the start of an
// example), the example's index and the network at the start of this
// example's walk (whose gradients the walk computes).
type snap struct {
	G  engine.Graph
	St engine.GraphStep
	Ex int
	M0 engine.MLP
}

// phase is "forward", "loss", "backward" or "update"; the start of an
// example counts as "forward".
func (s *snap) phase() string {
	if s.St.N == 0 {
		return "forward"
	}
	return s.St.Phase
}

// focus is the node the last step computed, "" at the start and for the
// update.
func (s *snap) focus() string { return s.St.Node }

// maxHistory bounds the walk's history; past it the older walks are
// dropped, keeping at least the last half. A position costs 8 bytes and a
// walk's start about 300, so 40,000 positions are well under a megabyte.
const maxHistory = 40000

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

// walker steps the 2-2-1 network's computational graph one node at a time
// over the examples in turn, with a history for stepping back. It never
// draws.
type walker struct {
	data   *engine.Dataset
	alpha  float64
	init   engine.MLP // where R puts the network back
	begins []begin
	hist   *engine.History[mark]
	// dropped counts the oldest steps compact has forgotten since the
	// last rebase, so that stepping back to position 0 can say so.
	dropped int

	// cache is the snap of cacheAt, rebuilt when the position or the
	// begins change (version).
	cache   snap
	cacheAt mark
	cacheV  int
	version int
}

// defaultNet is the network the scene starts with: small round weights
// that are easy to read and multiply in one's head.
func defaultNet() engine.MLP {
	return engine.MLP{
		H:  2,
		W1: [engine.MaxHidden][2]float64{{0.5, -0.4}, {-0.3, 0.8}},
		B1: [engine.MaxHidden]float64{0.1, -0.2},
		W2: [engine.MaxHidden]float64{0.7, -0.6},
		B2: 0.05, Hidden: engine.Sigmoid, Out: engine.Sigmoid,
	}
}

// defaultAlpha is the learning rate of the update step.
const defaultAlpha = 1.0

func newWalker(pts []engine.Point) *walker {
	w := &walker{data: engine.NewDataset(pts), alpha: defaultAlpha, init: defaultNet(), cacheV: -1}
	w.hist = engine.NewHistory(mark{})
	w.rebase(w.init, 0)
	return w
}

// cur is the snap at the current position.
func (w *walker) cur() snap { return w.at(w.hist.Current()) }

// at rebuilds the snap of position k by replaying its walk.
func (w *walker) at(k mark) snap {
	if w.cacheV == w.version && w.cacheAt == k {
		return w.cache
	}
	b := w.begins[k.b]
	s := w.start(b.m, b.ex, b.lr)
	for i := int32(0); i < k.n && !s.G.Done(); i++ {
		s.St, _ = s.G.Next()
	}
	w.cache, w.cacheAt, w.cacheV = s, k, w.version
	return s
}

// example returns the point of index i, or a placeholder at the origin when
// there is none (the graph is still drawn).
func (w *walker) example(i int) (engine.Point, bool) {
	pts := w.data.Points()
	if i < 0 || i >= len(pts) {
		return engine.Point{Y: 1}, false
	}
	return pts[i], true
}

// start returns the start of a walk of network m on example ex at
// learning rate lr.
func (w *walker) start(m engine.MLP, ex int, lr float64) snap {
	p, _ := w.example(ex)
	g := engine.NewGraph(m, p.X, p.Y)
	g.LR = lr
	return snap{G: *g, Ex: ex, M0: m}
}

// rebase forgets the history and starts it again with network m on example
// ex (clamped to the data).
func (w *walker) rebase(m engine.MLP, ex int) {
	w.begins = append(w.begins[:0], begin{m: m, ex: w.clampEx(ex), lr: w.alpha})
	w.hist.Reset(mark{})
	w.dropped = 0
	w.version++
}

func (w *walker) clampEx(ex int) int { return max(0, min(ex, w.data.Len()-1)) }

// origin is history position 0, from which the whole history replays.
func (w *walker) origin() snap {
	pos := w.hist.Pos()
	w.hist.Seek(0)
	o := w.cur()
	w.hist.Seek(pos)
	return o
}

// stepResult says what a step did.
type stepResult int

const (
	stepped stepResult = iota
	noData
)

// step takes the next step of the walk; after the update it starts the
// next example with the updated network.
func (w *walker) step() stepResult {
	c := w.cur()
	n := w.data.Len()
	if n == 0 {
		return noData
	}
	k := w.hist.Current()
	if c.G.Done() {
		// Walks after this one belong to the redo tail that Push drops.
		w.begins = append(w.begins[:k.b+1], begin{m: c.G.Model(), ex: (w.clampEx(c.Ex) + 1) % n, lr: w.alpha})
		w.version++
		w.hist.Push(mark{b: int32(len(w.begins) - 1)})
	} else {
		w.hist.Push(mark{b: k.b, n: k.n + 1})
	}
	w.compact()
	return stepped
}

// replay rebuilds the history from network m on example ex, taking n steps.
func (w *walker) replay(m engine.MLP, ex, n int) {
	w.rebase(m, ex)
	for range n {
		if w.step() != stepped {
			return
		}
	}
}

// choose starts a walk on example ex with the network as it is now (the
// update included if the walk got that far).
func (w *walker) choose(ex int) {
	c := w.cur()
	w.rebase(c.G.Model(), ex)
}

// dataChanged restarts the current example's walk on the edited data.
func (w *walker) dataChanged() {
	c := w.cur()
	w.rebase(c.G.Model(), c.Ex)
}

// setAlpha changes the learning rate and replays the current example's
// walk with it, so that the history stays one replayable sequence.
func (w *walker) setAlpha(a float64) {
	c := w.cur()
	w.alpha = a
	w.replay(c.M0, c.Ex, c.G.Pos())
}

// reset puts the network back at its start, on the current example.
func (w *walker) reset() { w.rebase(w.init, w.cur().Ex) }

// compact drops the older walks of a history that has grown past
// maxHistory, keeping position 0 at the start of a walk.
func (w *walker) compact() {
	n := w.hist.Len()
	if n <= maxHistory {
		return
	}
	pos := w.hist.Pos()
	at := func(i int) mark { k, _ := w.hist.At(i); return k }
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
	w.begins = append(w.begins[:0], w.begins[base:]...)
	w.version++
	w.dropped += first
	w.hist.Reset(keep[0])
	for _, k := range keep[1:] {
		w.hist.Push(k)
	}
	w.hist.Seek(max(pos-first, 0))
}
