package model

import (
	"math"

	"github.com/neurona/neurona/engine"
)

// The views of the chosen hidden layer (the state document's "view").
const (
	ViewLayer = "layer" // the layer itself when it has 2 units, its PCA otherwise
	ViewPCA   = "pca"   // always the first two principal components
	ViewTSNE  = "tsne"  // t-SNE of the raw inputs and of the layer, side by side
)

// Views lists the views in the order V cycles through them.
var Views = []string{ViewLayer, ViewPCA, ViewTSNE}

// Embedding is the chosen layer's activations for every point and their 2-D
// positions. Its buffers are reused, so recomputing it every frame
// allocates nothing once they have grown.
type Embedding struct {
	Out []float64    // n×D activations, row-major
	D   int          // the layer's width
	Y   [][2]float64 // one position per point
	PCA bool         // Y is a principal-component projection (not the layer as it is)
}

// Compute fills e with layer l of net for pts: the layer itself when it has
// 1 or 2 units (unless pca is asked for), else its first two principal
// components.
func (e *Embedding) Compute(net *engine.Net, pts []engine.ClassPoint, l int, pca bool) {
	e.Out = net.LayerOutputs(e.Out, pts, l)
	e.Project(len(pts), net.Width(l), pca)
}

// Outputs notes that e.Out holds new outputs of a d-unit layer without
// placing the points (Y is emptied): for a view that places them itself
// (t-SNE). Project places them when asked.
func (e *Embedding) Outputs(d int) {
	e.D, e.PCA = d, false
	e.Y = e.Y[:0]
}

// Project places the n points from the layer's outputs already in e.Out
// (n×d): the layer itself for 1 or 2 units (unless pca), else its first
// two principal components.
func (e *Embedding) Project(n, d int, pca bool) {
	e.D = d
	if e.D == 0 {
		e.Y = e.Y[:0]
		return
	}
	e.PCA = e.D >= 3 || (pca && e.D == 2)
	if e.PCA {
		p := engine.FitPCA(e.Out, n, e.D)
		e.Y = p.Project(e.Y, e.Out, n)
		return
	}
	e.Y = engine.Project2D(e.Y, e.Out, n, e.D)
}

// Lines returns the next layer's units as lines w·z + b = 0 in the chosen
// layer's plane (only when that layer has 2 units and is drawn as it is):
// for a hidden next layer, where each of its units' potentials is 0; for
// the output with K = 2, the decision line. For a softmax output the
// boundaries are not single units' lines, so none are returned (the
// regions of ClassFrom show them).
func Lines(net *engine.Net, l int) (ws [][2]float64, bs []float64) {
	if net.Width(l) != 2 || (l == net.L && net.K > 2) {
		return nil, nil
	}
	for j := range net.Width(l + 1) {
		ws = append(ws, [2]float64{net.W[l][j][0], net.W[l][j][1]})
		bs = append(bs, net.B[l][j])
	}
	return ws, bs
}

// TSNEPair runs exact t-SNE of the raw inputs and of the chosen layer side
// by side within a budget of work per tick (engine.TSNE.Work: P calibrated
// a row at a time, an iteration's gradient a row at a time, so a thousand
// points take an iteration over several ticks). The layer's t-SNE follows
// a training network by warm restarts (SetData keeps the embedding, and
// it goes on iterating with the old P while the new one is calibrated).
// The raw inputs' t-SNE stops after RawIters iterations: its data do not
// change, and the budget then goes to the layer's.
type TSNEPair struct {
	Raw, Layer *engine.TSNE
	Err        error // why t-SNE is not running (too few or too many points)
	// Restore is a layout for the layer's embedding (a loaded state
	// document's "embedding"), taken when it is next built for as many
	// points.
	Restore [][2]float64

	key            pairKey
	layerD, layerL int // the layer's embedding's width and layer
	rawData        []float64
	ticks          int // ticks since the layer's last (re)start
	klTicks        int // ticks since KL was last asked for
}

// RawIters is how many iterations the raw inputs' t-SNE takes: the usual
// thousand of van der Maaten & Hinton's experiments.
const RawIters = 1000

// pairKey is what the pair was built for.
type pairKey struct {
	version, n, d, l int
	perp             float64
}

// tsneRefresh is how many ticks pass between warm restarts of the layer's
// t-SNE while the network changes.
const tsneRefresh = 120

// klEvery is how many ticks pass between KL evaluations (a logarithm per
// pair, within an iteration).
const klEvery = 20

// Sync makes the pair embed pts (whose content is identified by version)
// and lay, the n×d outputs of layer l for them, at perplexity perp,
// rebuilding what changed. layNew says lay was computed anew since the last
// call (the network moved); the layer's embedding takes it at most every
// tsneRefresh ticks. Outputs of the wrong length (not yet computed for new
// points) are waited for.
func (p *TSNEPair) Sync(pts []engine.ClassPoint, version int, lay []float64, d, l int, perp float64, layNew bool) {
	n := len(pts)
	k := pairKey{version: version, n: n, d: d, l: l, perp: perp}
	rebuilt := false
	if p.Raw == nil || k.version != p.key.version || k.n != p.key.n {
		p.rawData = p.rawData[:0]
		for _, q := range pts {
			p.rawData = append(p.rawData, q.X[0], q.X[1])
		}
		cfg := engine.DefaultTSNEConfig()
		cfg.Perplexity = perp
		p.Raw, p.Err = engine.NewTSNE(p.rawData, n, 2, cfg)
		p.Layer = nil
		rebuilt = true
	}
	if p.Err != nil {
		p.Raw, p.Layer = nil, nil
		p.key = k
		return
	}
	if k.perp != p.key.perp && !rebuilt {
		p.Raw.SetPerplexity(perp)
		if p.Layer != nil {
			p.Layer.SetPerplexity(perp)
		}
	}
	p.key = k
	if len(lay) != n*d || d == 0 {
		return
	}
	if p.Layer == nil || p.Layer.N() != n || p.layerD != d || p.layerL != l {
		cfg := engine.DefaultTSNEConfig()
		cfg.Perplexity = perp
		p.Layer, p.Err = engine.NewTSNE(lay, n, d, cfg)
		p.layerD, p.layerL = d, l
		p.ticks, p.klTicks = 0, klEvery
		if p.Layer != nil && len(p.Restore) == n {
			p.Layer.SetY(p.Restore) // checked when loaded
		}
		p.Restore = nil
	} else if layNew && p.ticks >= tsneRefresh && p.Layer.Ready() {
		if err := p.Layer.SetData(lay); err == nil {
			p.ticks = 0
		}
	}
}

// TakesLayer reports whether Sync would take new outputs of layer l (n
// points, d units) once they are computed, a pass of the scene's follower
// from now: when the layer has no embedding yet (or one of another shape),
// or its P is calibrated and its warm restart is due within a quarter of
// tsneRefresh. Otherwise computing them is wasted work (with a thousand
// points, half a pass of the follower).
func (p *TSNEPair) TakesLayer(n, d, l int) bool {
	if p.Layer == nil || p.Layer.N() != n || p.layerD != d || p.layerL != l {
		return true
	}
	return p.Layer.Ready() && p.ticks >= tsneRefresh-tsneRefresh/4
}

// Tick spends about budget work units on the embeddings and returns the
// units spent.
func (p *TSNEPair) Tick(budget int) int {
	if p.Raw == nil {
		return 0
	}
	p.ticks++
	p.klTicks++
	if p.klTicks >= klEvery {
		p.klTicks = 0
		p.Raw.RequestKL()
		if p.Layer != nil {
			p.Layer.RequestKL()
		}
	}
	used := 0
	// The raw inputs' P first, alone (so that one picture comes as soon as
	// it can), then both embeddings share the budget until the raw one
	// stops. Each keeps to its share: what the raw one leaves of it (a
	// row of its calibration that did not fit) it saves for its next
	// tick, so the layer's gets its own share only.
	share := 0
	if p.Raw.Iter() < RawIters || !p.Raw.Ready() {
		share = budget
		if p.Layer != nil && p.Raw.Iter() > 0 {
			share = budget / 2
		}
		u, _ := p.Raw.Work(share)
		used += u
	}
	if p.Layer != nil && budget > share {
		u, _ := p.Layer.Work(budget - share)
		used += u
	}
	return used
}

// LayerY returns the layer's embedding as drawn: its t-SNE, or the layout
// waiting to be restored, or nil if there is neither yet.
func (p *TSNEPair) LayerY() [][2]float64 {
	if p.Layer != nil {
		return p.Layer.Y()
	}
	return p.Restore
}

// KL returns the last KL divergences of the raw and the layer's embedding,
// −1 until one has been computed.
func (p *TSNEPair) KL() (raw, layer float64) {
	raw, layer = -1, -1
	if p.Raw != nil {
		raw, _ = p.Raw.LastKL()
	}
	if p.Layer != nil {
		layer, _ = p.Layer.LastKL()
	}
	return raw, layer
}

// Calibrating reports whether either embedding has no P yet.
func (p *TSNEPair) Calibrating() bool {
	return p.Raw != nil && (p.Raw.Iter() == 0 || p.Layer == nil || p.Layer.Iter() == 0)
}

// ClassFrom returns the class the network gives a point whose layer-l
// outputs are z (layer l having two units; l = 0 is the input plane), by
// running the rest of the network from there, and the confidence 0…1 of
// that class (0 where classes tie, 1 where it has all the probability).
// It colours the layer's plane with the regions the rest of the network
// draws there.
func ClassFrom(net *engine.Net, l int, z [2]float64) (int, float64) {
	var cur, next [engine.MaxHidden]float64
	cur[0], cur[1] = z[0], z[1]
	top := net.L + 1
	for m := l + 1; m <= top; m++ {
		in, out := net.Width(m-1), net.Width(m)
		for j := range out {
			a := net.B[m-1][j]
			for i := range in {
				a += net.W[m-1][j][i] * cur[i]
			}
			if m < top {
				a = net.Act.F(a)
			}
			next[j] = a
		}
		cur = next
	}
	if net.K <= 2 {
		p := 1 / (1 + math.Exp(-cur[0]))
		switch {
		case math.IsNaN(p):
			return 0, 0
		case p >= 0.5:
			return 1, 2*p - 1
		}
		return 0, 1 - 2*p
	}
	k := 0
	for j := 1; j < net.K; j++ {
		if cur[j] > cur[k] {
			k = j
		}
	}
	s := 0.0
	for j := range net.K {
		s += math.Exp(cur[j] - cur[k])
	}
	if math.IsNaN(s) || s == 0 {
		return 0, 0
	}
	kk := float64(net.K)
	return k, math.Max(0, (1/s-1/kk)/(1-1/kk))
}
