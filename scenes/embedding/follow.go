package embedding

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
)

// The follower computes what a frame shows of the network's numbers, a
// part at a time, so that a thousand points and a 4×8 network keep a
// frame's work bounded while training runs: the loss and accuracy
// (training and test points), the chosen layer's outputs and their 2-D
// positions, and for ReLU the range of every unit's values (the tiles'
// colours). It works on its own copy of the network, so training goes on
// meanwhile. While paused, a change is followed at once, whatever it
// costs. The pictures themselves are drawn by the GPU (pictures.go).
type follower struct {
	net      engine.Net // the copy being followed
	key      followKey
	started  bool // a pass has been started (key is meaningful)
	busy     bool // a pass is under way
	step     int  // the run's step at the copy
	diverged bool
	measure  bool // this pass measures the loss and accuracy
	meter    model.Meter
	stage    int
	pos      int       // the next point or row of the stage
	out      []float64 // the layer's outputs being computed, n×d
	d        int
	region   area              // where the ReLU ranges are sampled
	relu     [maxTiles]float64 // the ranges being computed
	passes   int               // passes completed
	wait     int               // ticks since the last pass started
}

// followKey is what the follower's results depend on.
type followKey struct {
	net, pts, layer int
	view            string
	plane           area
}

// The follower's stages, in order.
const (
	stageTrain = iota // loss and accuracy on the training points
	stageTest         // … and on the test points
	stageLayer        // the chosen layer's outputs, then their positions
	stageRange        // the ReLU units' ranges, then everything is shown
)

// followChunk is how many points one step of a point stage takes.
const followChunk = 64

// followGap is the fewest ticks between the starts of two passes while
// playing: a pass ends with the panel's numbers and a sample of the
// curves, so that the panel is redrawn at most some twelve times a second
// however small the data (the pictures follow the network every frame).
const followGap = 5

// follow spends up to budget work units following the network and returns
// the units spent (a step of a stage may take the total past the budget by
// one step's work).
func (s *Scene) follow(budget int) int {
	f := &s.fol
	f.wait++
	k := followKey{net: s.netVersion, pts: s.version, layer: s.layer, view: s.view, plane: tileArea(&s.v.plane)}
	if f.busy && (k.pts != f.key.pts || k.layer != f.key.layer) {
		f.busy = false // the points or the layer changed under the pass
	}
	if !f.busy {
		if f.started && (k == f.key || (budget != math.MaxInt && f.wait < followGap)) {
			return 0
		}
		s.startFollow(k)
		f.wait = 0
	}
	used := 0
	for f.busy && used < budget {
		used += s.followStep(budget - used)
	}
	return used
}

// startFollow copies the network and starts a pass.
func (s *Scene) startFollow(k followKey) {
	f := &s.fol
	f.key, f.started, f.busy = k, true, true
	f.net, f.step, f.diverged = *s.run.Net(), s.run.Step(), s.run.Diverged()
	f.region = k.plane
	f.measure = !s.run.Measured()
	f.meter = model.Meter{}
	f.stage, f.pos = stageTrain, 0
	if !f.measure {
		f.stage = stageLayer
		f.skipLayer(s)
	}
	f.d = f.net.Width(s.layer)
	if need := len(s.all) * f.d; cap(f.out) < need {
		f.out = make([]float64, need)
	}
	f.out = f.out[:len(s.all)*f.d]
}

// skipLayer passes over the layer's outputs at the start of their stage
// when nothing would use them: in the t-SNE view, which draws only
// t-SNE's positions, unless t-SNE takes them (TSNEPair.TakesLayer).
func (f *follower) skipLayer(s *Scene) {
	if f.stage == stageLayer && s.view == model.ViewTSNE && !s.tsne.TakesLayer(len(s.all), f.d, s.layer) {
		f.stage = stageRange
	}
}

// followStep takes one step of the pass, of up to followChunk points and
// no more than left work units can pay for (one point at least), and
// returns its work units.
func (s *Scene) followStep(left int) int {
	f := &s.fol
	fu := f.net.ForwardUnits()
	chunk := min(followChunk, max(left/fu, 1))
	used := 0
	switch f.stage {
	case stageTrain, stageTest:
		pts := s.train
		if f.stage == stageTest {
			pts = s.test
		}
		hi := min(f.pos+chunk, len(pts))
		f.meter.Add(&f.net, pts[f.pos:hi], f.stage == stageTest)
		used = (hi - f.pos) * fu
		f.pos = hi
		if f.pos >= len(pts) {
			f.stage, f.pos = f.stage+1, 0
			f.skipLayer(s)
		}
	case stageLayer:
		n, d := len(s.all), f.d
		hi := min(f.pos+chunk, n)
		f.net.LayerOutputsAt(f.out[f.pos*d:hi*d], s.all[f.pos:hi], s.layer)
		used = (hi - f.pos) * fu
		f.pos = hi
		if f.pos >= n {
			s.emb.Out, f.out = f.out, s.emb.Out
			s.embNew = true
			if s.view == model.ViewTSNE {
				// t-SNE places the points; the projection (a PCA of a
				// thousand points, about as costly as the rest of the
				// pass) is left for the view that draws it.
				s.emb.Outputs(d)
			} else {
				s.emb.Project(n, d, s.view == model.ViewPCA)
				used += n * d * d
			}
			f.stage, f.pos = stageRange, 0
		}
	case stageRange:
		if lo, hi := f.net.Act.Range(); math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			used = reluRanges(&f.relu, s, &f.net, f.region)
		}
		s.showFollowed()
	}
	return max(used, 1)
}

// showFollowed ends a pass: the sample joins the curves, the ReLU ranges
// go to the tiles.
func (s *Scene) showFollowed() {
	f := &s.fol
	f.busy = false
	if f.measure {
		m := f.meter.Sample(f.step, f.diverged)
		s.run.Record(m)
		s.v.metrics = m
	}
	s.pics.relu = f.relu
	f.passes++
}
