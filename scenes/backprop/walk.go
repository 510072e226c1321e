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

// maxHistory bounds the walk's history; past it the older walks are dropped.
const maxHistory = 2400

// walker steps the 2-2-1 network's computational graph one node at a time
// over the examples in turn, with a history for stepping back. It never
// draws.
type walker struct {
	data  *engine.Dataset
	alpha float64
	init  engine.MLP // where R puts the network back
	hist  *engine.History[snap]
	// dropped counts the oldest steps compact has forgotten since the
	// last rebase, so that stepping back to position 0 can say so.
	dropped int
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
	w := &walker{data: engine.NewDataset(pts), alpha: defaultAlpha, init: defaultNet()}
	w.hist = engine.NewHistory(snap{})
	w.rebase(w.init, 0)
	return w
}

func (w *walker) cur() snap { return w.hist.Current() }

// example returns the point of index i, or a placeholder at the origin when
// there is none (the graph is still drawn).
func (w *walker) example(i int) (engine.Point, bool) {
	pts := w.data.Points()
	if i < 0 || i >= len(pts) {
		return engine.Point{Y: 1}, false
	}
	return pts[i], true
}

// start returns the start of a walk of network m on example ex.
func (w *walker) start(m engine.MLP, ex int) snap {
	p, _ := w.example(ex)
	g := engine.NewGraph(m, p.X, p.Y)
	g.LR = w.alpha
	return snap{G: *g, Ex: ex, M0: m}
}

// rebase forgets the history and starts it again with network m on example
// ex (clamped to the data).
func (w *walker) rebase(m engine.MLP, ex int) {
	w.hist.Reset(w.start(m, w.clampEx(ex)))
	w.dropped = 0
}

func (w *walker) clampEx(ex int) int { return max(0, min(ex, w.data.Len()-1)) }

// origin is history position 0, from which the whole history replays.
func (w *walker) origin() snap {
	pos := w.hist.Pos()
	w.hist.Seek(0)
	o := w.hist.Current()
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
	if c.G.Done() {
		w.hist.Push(w.start(c.G.Model(), (w.clampEx(c.Ex)+1)%n))
	} else {
		g := c.G
		st, _ := g.Next()
		w.hist.Push(snap{G: g, St: st, Ex: c.Ex, M0: c.M0})
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
	var keep []snap
	for i := n / 2; i < n; i++ {
		w.hist.Seek(i)
		if s := w.hist.Current(); len(keep) > 0 || s.St.N == 0 {
			keep = append(keep, s)
		}
	}
	drop := n - len(keep)
	w.dropped += drop
	w.hist.Reset(keep[0])
	for _, s := range keep[1:] {
		w.hist.Push(s)
	}
	w.hist.Seek(max(pos-drop, 0))
}
