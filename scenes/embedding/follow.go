package embedding

import (
	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/embedding/model"
	"github.com/neurona/neurona/scenes/ui"
)

// The follower computes what a frame shows of the network, a part at a
// time, so that a thousand points and a 4×8 network keep a frame's work
// bounded while training runs: the loss and accuracy (training and test
// points), the chosen layer's outputs and their 2-D positions, the region
// maps and every unit's tile. It works on its own copy of the network, so
// training goes on meanwhile, and shows the pictures when all are done
// (the points move as soon as their positions are). While paused, a change
// is followed at once, whatever it costs.
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
	region   area // where the data-plane pictures are computed
	space    area // where the layer-plane picture is computed
	spaceOn  bool
	th       *ui.Theme
}

// followKey is what the follower's results depend on.
type followKey struct {
	net, pts, layer int
	view, theme     string
	plane           area
}

// The follower's stages, in order.
const (
	stageTrain  = iota // loss and accuracy on the training points
	stageTest          // … and on the test points
	stageLayer         // the chosen layer's outputs, then their positions
	stageRegion        // the decision regions over the data plane, by rows
	stageSpace         // the regions over a 2-unit layer's plane, by rows
	stageTiles         // every unit's tile, by rows
	stageColour        // the tiles' colours, then everything is shown
)

// followChunk is how many points one step of a point stage takes.
const followChunk = 64

// follow spends up to budget work units following the network and returns
// the units spent (a step of a stage may take the total past the budget by
// one step's work).
func (s *Scene) follow(c *ui.Context, budget int) int {
	f := &s.fol
	k := followKey{net: s.netVersion, pts: s.version, layer: s.layer, view: s.view, theme: c.Theme.Name, plane: areaOf(&s.v.plane)}
	if f.busy && (k.pts != f.key.pts || k.layer != f.key.layer) {
		f.busy = false // the points or the layer changed under the pass
	}
	if !f.busy {
		if f.started && k == f.key {
			return 0
		}
		s.startFollow(c, k)
	}
	used := 0
	for f.busy && used < budget {
		used += s.followStep()
	}
	return used
}

// startFollow copies the network and starts a pass.
func (s *Scene) startFollow(c *ui.Context, k followKey) {
	f := &s.fol
	s.pics.alloc()
	f.key, f.started, f.busy = k, true, true
	f.net, f.step, f.diverged = *s.run.Net(), s.run.Step(), s.run.Diverged()
	f.th = c.Theme
	f.region = areaOf(&s.v.plane)
	f.measure = !s.run.Measured()
	f.meter = model.Meter{}
	f.stage, f.pos = stageTrain, 0
	if !f.measure {
		f.stage = stageLayer
	}
	f.d = f.net.Width(s.layer)
	if need := len(s.all) * f.d; cap(f.out) < need {
		f.out = make([]float64, need)
	}
	f.out = f.out[:len(s.all)*f.d]
}

// followStep takes one step of the pass and returns its work units.
func (s *Scene) followStep() int {
	f := &s.fol
	fu := f.net.ForwardUnits()
	pc := &s.pics
	used := 0
	switch f.stage {
	case stageTrain, stageTest:
		pts := s.train
		if f.stage == stageTest {
			pts = s.test
		}
		hi := min(f.pos+followChunk, len(pts))
		f.meter.Add(&f.net, pts[f.pos:hi], f.stage == stageTest)
		used = (hi - f.pos) * fu
		f.pos = hi
		if f.pos >= len(pts) {
			f.stage, f.pos = f.stage+1, 0
		}
	case stageLayer:
		n, d := len(s.all), f.d
		hi := min(f.pos+followChunk, n)
		f.net.LayerOutputsAt(f.out[f.pos*d:hi*d], s.all[f.pos:hi], s.layer)
		used = (hi - f.pos) * fu
		f.pos = hi
		if f.pos >= n {
			s.emb.Out, f.out = f.out, s.emb.Out
			s.emb.Project(n, d, s.view == model.ViewPCA)
			s.embNew = true
			used += n * d * d
			f.spaceOn = s.view != model.ViewTSNE && !s.emb.PCA && s.emb.D == 2
			if f.spaceOn {
				sp := s.v.space
				fit(&sp, s.emb.Y, 1) // where the space will settle
				f.space = areaOf(&sp)
			}
			f.stage, f.pos = stageRegion, 0
		}
	case stageRegion:
		regionRow(pc.regionPix, f.th, f.region, f.pos, &f.net, 0)
		used = regionN * fu
		if f.pos++; f.pos == regionN {
			f.stage, f.pos = stageSpace, 0
		}
	case stageSpace:
		if !f.spaceOn {
			f.stage = stageTiles
			return 1
		}
		regionRow(pc.spacePix, f.th, f.space, f.pos, &f.net, s.layer)
		used = regionN * fu
		if f.pos++; f.pos == regionN {
			f.stage, f.pos = stageTiles, 0
		}
	case stageTiles:
		s.tileRow(&f.net, f.region, f.pos)
		used = tileN * fu
		if f.pos++; f.pos == tileN {
			f.stage, f.pos = stageColour, 0
		}
	case stageColour:
		tiles := 0
		for l := range f.net.L + 2 {
			for j := range f.net.Width(l) {
				s.colourTile(f.th, &f.net, f.region, unitRef{l, j}, s.tileIndex(l, j))
				tiles++
			}
		}
		used = tiles * tileN * tileN / 4
		s.showFollowed()
	}
	return max(used, 1)
}

// showFollowed ends a pass: the sample joins the curves, the pictures are
// uploaded.
func (s *Scene) showFollowed() {
	f := &s.fol
	pc := &s.pics
	f.busy = false
	if f.measure {
		m := f.meter.Sample(f.step, f.diverged)
		s.run.Record(m)
		s.v.metrics = m
	}
	pc.region.WritePixels(pc.regionPix)
	pc.regionAt = f.region
	pc.spaceOn = f.spaceOn
	if f.spaceOn {
		pc.space.WritePixels(pc.spacePix)
		pc.spaceAt = f.space
	}
	pc.atlas.WritePixels(pc.atlasPix)
	pc.shown = pc.ranges
	pc.version++
}
