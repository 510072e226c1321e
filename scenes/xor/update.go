package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/keymap"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
)

// regionAlpha is the opacity of the output's colour map where it saturates.
const regionAlpha = 0x58

// lossSamples is how many points of the loss curve are drawn at most.
const lossSamples = 600

// view is what Draw shows, computed in Update so that Draw only reads.
type view struct {
	side, lossRect ui.Rect
	table          [4]tableRow
	acc            float64                     // accuracy on the data, with the shown activation
	loss           float64                     // J of the current network on the current data
	t              float64                     // morph position
	grid           []float64                   // warped grid, screen x, y pairs, NaN between lines
	pts            []float64                   // data points on the input plane (morphed), screen
	zpts           []float64                   // data points in hidden space, screen
	inter          []float64                   // region where every hidden unit is on, screen polygon
	strips         [engine.MaxHidden][]float64 // each unit's positive side along its line
	lossPast       []float64                   // loss curve up to the cursor: step, J pairs
	lossAhead      []float64                   // and beyond it (after stepping back)
}

// Update implements ui.Scene.
func (s *Scene) Update(c *ui.Context) {
	s.layout(c)
	c.Plane = s.plane.Rect

	s.player.HandleActions(c)
	for _, a := range c.Actions {
		s.action(c, a)
	}
	s.editor.Update(c, &s.plane, s.data)

	if s.tween.Running() {
		s.tween.Advance()
	}
	if n := stepsThisTick(s.player.Tick(), s.data.Len()); n > 0 {
		s.train(c, n)
	}
	s.refresh(c)
}

// layout places the input plane on the left and, in a column on its
// right, the hidden-space plot above the loss curve; on a tall screen the
// input plane goes on top and the two others side by side below it.
func (s *Scene) layout(c *ui.Context) {
	main, side := ui.SplitMain(c)
	s.v.side = side
	title := c.Px(30) // room above the hidden plot and the loss curve for their titles
	var in, hid, loss ui.Rect
	if main.W >= main.H*0.95 {
		var col ui.Rect
		in, col = main.SplitLeft(main.W - math.Min(main.W*0.42, main.H*0.62))
		hid, loss = col.SplitTop(math.Min(col.W+title, col.H*0.6))
	} else {
		var row ui.Rect
		in, row = main.SplitTop(main.H * 0.58)
		hid, loss = row.SplitLeft(row.W * 0.5)
	}
	s.plane.Layout(in.Inset(c.Px(10)))
	hid = hid.Inset(c.Px(10))
	hid.Y += title
	hid.H -= title
	s.zplane.Layout(hid)
	s.v.lossRect = loss.Inset(c.Px(10))
}

// action applies one key action.
func (s *Scene) action(c *ui.Context, a ui.Action) {
	switch a.Action {
	case actActivation:
		if s.act == engine.Sign {
			s.act = engine.Sigmoid
		} else {
			s.act = engine.Sign
		}
	case actMorph:
		from := s.morphPos()
		s.morphFrom, s.morphTo = from, 1-math.Round(s.morphTo)
		s.tween.Start(max(1, int(morphTicks*math.Abs(s.morphTo-from))))
	case actNew:
		s.seed++
		s.training = true
		s.restart()
		s.player.Playing = true
		for s.player.StepsPerSecond() < 60 { // fast enough to watch it learn
			s.player.Faster()
		}
		c.Notify(c.Tf("xor.msg.new", s.hidden, s.seed))
	case keymap.ParamNext:
		s.sel = (s.sel + 1) % numParams
	case keymap.ParamPrev:
		s.sel = (s.sel + numParams - 1) % numParams
	case keymap.ParamInc, keymap.ParamDec:
		s.nudge(a.Action == keymap.ParamInc)
	case keymap.Step:
		if s.tween.Running() {
			s.tween.Finish()
			break
		}
		s.player.Pause()
		s.train(c, 1)
	case keymap.Back:
		s.player.Pause()
		s.run.back()
	case keymap.Forward:
		s.player.Pause()
		s.run.forward()
	case keymap.Reset:
		s.restart()
	case keymap.Preset:
		if a.Arg >= 1 && a.Arg <= len(presets) {
			p := presets[a.Arg-1]
			s.data.Replace(p.pts())
			s.setPreset(p)
			c.Notify(c.T(p.name))
		}
	}
}

// nudge moves the selected parameter one notch up or down. A new width or
// seed starts a new random network.
func (s *Scene) nudge(up bool) {
	d := -1
	if up {
		d = 1
	}
	switch s.sel {
	case paramLR:
		s.lr = lrLadder.Step(s.lr, up)
	case paramHidden:
		h := min(max(s.hidden+d, minHidden), maxHidden)
		if h == s.hidden && s.training {
			return
		}
		s.hidden, s.training = h, true
		playing := s.player.Playing
		s.restart()
		s.player.Playing = playing
	case paramSeed:
		s.seed = max(0, s.seed+int64(d))
		s.training = true
		playing := s.player.Playing
		s.restart()
		s.player.Playing = playing
	}
}

// train takes n gradient steps; the sign has no gradient, so training
// switches the units to the sigmoid first, saying so.
func (s *Scene) train(c *ui.Context, n int) {
	if s.act != engine.Sigmoid {
		s.act = engine.Sigmoid
		c.Notify(c.T("xor.msg.sigmoid"))
	}
	for range n {
		if !s.run.step(s.data.Points(), s.lr) {
			s.player.Pause()
			c.Notify(c.T("xor.msg.diverged"))
			return
		}
	}
}

// refresh recomputes what Draw shows.
func (s *Scene) refresh(c *ui.Context) {
	m := s.net()
	pts := s.data.Points()
	if len(pts) > ui.BulkMarkers {
		s.marks.Prepare(ui.PointRadius(c, len(pts)), c.Theme)
	}
	zView(&s.zplane, m.Hidden)
	s.v.table = truthTable(m)
	s.v.acc = m.Accuracy(pts)
	s.v.t = s.morphPos()

	s.field = ui.MLPField(m)
	s.style = region.StyleFor(&s.plane, s.field, c.Theme, regionAlpha).Scaled(1 - s.v.t)
	s.zfield = ui.NeuronField([2]float64{m.W2[0], m.W2[1]}, m.B2, m.Out)
	s.zstyle = region.StyleFor(&s.zplane, s.zfield, c.Theme, regionAlpha)

	s.v.pts = s.v.pts[:0]
	s.v.zpts = s.v.zpts[:0]
	for _, p := range pts {
		x, y := s.plane.ToScreen(morphed(&m, p.X, s.v.t))
		s.v.pts = append(s.v.pts, x, y)
		f := m.Forward(p.X)
		x, y = s.zplane.ToScreen([2]float64{f.Z1[0], f.Z1[1]})
		s.v.zpts = append(s.v.zpts, x, y)
	}
	s.v.grid = s.v.grid[:0]
	if s.v.t > 0 {
		s.v.grid = warpGrid(s.v.grid, &s.plane, &m, s.v.t)
	}
	s.v.inter = region.Intersect(s.v.inter, &s.plane, m.W1[:m.H], m.B1[:m.H])
	// Each hidden unit's positive side, as a strip along its line.
	depth := c.Px(22) / math.Max(s.plane.Unit(), 1e-9)
	for j := range m.H {
		w := m.W1[j]
		ws := [2][2]float64{w, {-w[0], -w[1]}}
		bs := [2]float64{m.B1[j], -m.B1[j] + depth*math.Hypot(w[0], w[1])}
		s.v.strips[j] = region.Intersect(s.v.strips[j], &s.plane, ws[:], bs[:])
	}
	s.v.loss = lossOf(m, pts)

	s.v.lossPast, s.v.lossAhead = lossCurves(s.v.lossPast[:0], s.v.lossAhead[:0], s.run)
}

// gridSamples is the number of points along each warped grid line.
const gridSamples = 48

// warpGrid appends the grid lines of the plane's visible window, each
// point moved t of the way into hidden space, as screen coordinates with a
// NaN pair between lines (Polyline breaks there).
func warpGrid(dst []float64, p *ui.Plane, m *engine.MLP, t float64) []float64 {
	step := 0.125
	x0, x1 := math.Floor(p.XMin/step)*step, math.Ceil(p.XMax/step)*step
	y0, y1 := math.Floor(p.YMin/step)*step, math.Ceil(p.YMax/step)*step
	put := func(x [2]float64) {
		sx, sy := p.ToScreen(morphed(m, x, t))
		dst = append(dst, sx, sy)
	}
	for x := x0; x <= x1+1e-9; x += step {
		for i := range gridSamples + 1 {
			put([2]float64{x, y0 + (y1-y0)*float64(i)/gridSamples})
		}
		dst = append(dst, math.NaN(), math.NaN())
	}
	for y := y0; y <= y1+1e-9; y += step {
		for i := range gridSamples + 1 {
			put([2]float64{x0 + (x1-x0)*float64(i)/gridSamples, y})
		}
		dst = append(dst, math.NaN(), math.NaN())
	}
	return dst
}

// lossCurves returns the run's loss curve, thinned to about lossSamples
// points, split at the cursor: the past (solid) and the steps ahead after
// stepping back (dashed). Both include the cursor's own point.
func lossCurves(past, ahead []float64, r *run) ([]float64, []float64) {
	n, pos := len(r.losses), r.hist.Pos()
	stride := max(1, (n+lossSamples-1)/lossSamples)
	add := func(dst []float64, i int) []float64 { return append(dst, float64(r.base+i), r.losses[i]) }
	for i := 0; i < pos; i += stride {
		past = add(past, i)
	}
	past = add(past, pos)
	if pos < n-1 {
		ahead = add(ahead, pos)
		for i := (pos/stride + 1) * stride; i < n-1; i += stride {
			ahead = add(ahead, i)
		}
		ahead = add(ahead, n-1)
	}
	return past, ahead
}

// lrLadder is what ↑ / ↓ step the learning rate α through; a loaded
// document may hold any α in (0, engine.MaxLR].
var lrLadder = ui.Ladder{0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 1e3, 1e4, 1e5, 1e6}
