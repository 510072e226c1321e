package xor

import (
	"math"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/i18n"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
	"github.com/neurona/neurona/scenes/xor/model"
)

// regionAlpha is the opacity of the output's colour map where it saturates.
const regionAlpha = 0x58

// view is what Draw shows, computed in Update so that Draw only reads.
type view struct {
	side, lossRect ui.Rect
	lossInPanel    bool // the loss curve is drawn at the panel's end, not beside the planes
	table          [4]model.TableRow
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
	morph          morphView                   // the morph's stage, axes and caption
	inLabels       plotLabels                  // the input plane's labels (labels.go)
	hidLabels      plotLabels                  // hidden space's
	gridLabels     gridLabelBoxes              // the input plane's grid labels, kept (labels.go)
	more           string                      // "only z₁, z₂ of H units shown", made for moreH and moreLang
	moreH          int
	moreLang       i18n.Lang
}

// layout places the input plane on the left and, in a column on its
// right, the hidden-space plot above the loss curve; on a tall screen the
// input plane goes on top and the two others side by side below it.
func (s *Scene) layout(c *ui.Context) {
	main, side := ui.SplitMain(c)
	s.v.side = side
	title := c.Px(30) // room above the hidden plot and the loss curve for their titles
	var in, hid, loss, both ui.Rect
	if main.W >= main.H*0.95 {
		in, both = main.SplitLeft(main.W - math.Min(main.W*0.42, main.H*0.62))
		hid, loss = both.SplitTop(math.Min(both.W+title, both.H*0.6))
	} else {
		in, both = main.SplitTop(main.H * 0.58)
		hid, loss = both.SplitLeft(both.W * 0.5)
	}
	// Too little room for the loss curve beside the planes (a large text
	// scale): it goes to the end of the panel, which scrolls, and the
	// hidden plane takes its place.
	s.v.lossRect = loss.Inset(c.Px(10))
	s.v.lossInPanel = s.v.lossRect.H < c.Px(140) || s.v.lossRect.W < c.Px(160)
	if s.v.lossInPanel {
		hid = both
	}
	s.plane.Layout(in.Inset(c.Px(10)))
	hid = hid.Inset(c.Px(10))
	hid.Y += title
	hid.H -= title
	s.zplane.Layout(hid)
	s.scroll.Update(c, side)
}

// refresh recomputes what Draw shows.
func (s *Scene) refresh(c *ui.Context) {
	m := s.net()
	pts := s.data.Points()
	s.marks.Prepare(ui.PointRadius(c, len(pts)), c.Theme)
	zView(&s.zplane, m.Hidden)
	s.v.table = model.TruthTable(m)
	s.v.acc = m.Accuracy(pts)
	s.v.t = s.morphPos()

	s.field = ui.MLPField(m)
	s.style = region.StyleFor(&s.plane, s.field, c.Theme, regionAlpha).Scaled(math.Max(0, 1-2*s.v.t)) // gone once the plane has moved
	s.zfield = ui.NeuronField([2]float64{m.W2[0], m.W2[1]}, m.B2, m.Out)
	s.zstyle = region.StyleFor(&s.zplane, s.zfield, c.Theme, regionAlpha)

	s.v.pts = s.v.pts[:0]
	s.v.zpts = s.v.zpts[:0]
	for _, p := range pts {
		x, y := s.plane.ToScreen(model.Morphed(&m, p.X, s.v.t))
		s.v.pts = append(s.v.pts, x, y)
		f := m.Forward(p.X)
		x, y = s.zplane.ToScreen([2]float64{f.Z1[0], f.Z1[1]})
		s.v.zpts = append(s.v.zpts, x, y)
	}
	s.v.grid = s.v.grid[:0]
	if s.v.t > 0 {
		s.v.grid = warpGrid(s.v.grid, &s.plane, &m, s.v.t)
	}
	s.refreshMorph(c, &m, s.v.t)
	if s.v.t == 0 {
		s.placeInput(c, &m)
	}
	s.placeHidden(c, &m)
	s.v.inter = region.Intersect(s.v.inter, &s.plane, m.W1[:m.H], m.B1[:m.H])
	// Each hidden unit's positive side, as a strip along its line.
	depth := c.Px(22) / math.Max(s.plane.Unit(), 1e-9)
	for j := range m.H {
		w := m.W1[j]
		ws := [2][2]float64{w, {-w[0], -w[1]}}
		bs := [2]float64{m.B1[j], -m.B1[j] + depth*math.Hypot(w[0], w[1])}
		s.v.strips[j] = region.Intersect(s.v.strips[j], &s.plane, ws[:], bs[:])
	}
	s.v.loss = model.LossOf(m, pts)

	js, first, pos := s.run.Losses()
	s.v.lossPast, s.v.lossAhead = ui.HistorySeries(s.v.lossPast, s.v.lossAhead, js, first, pos)
}

// gridSamples is the number of points along each warped grid line.
const gridSamples = 48

// warpGrid appends the grid lines of the plane's visible window, each
// point where the morph draws it at position t (model.Morphed), as screen
// coordinates with a NaN pair between lines (Polyline breaks there).
func warpGrid(dst []float64, p *ui.Plane, m *engine.MLP, t float64) []float64 {
	step := 0.125
	x0, x1 := math.Floor(p.XMin/step)*step, math.Ceil(p.XMax/step)*step
	y0, y1 := math.Floor(p.YMin/step)*step, math.Ceil(p.YMax/step)*step
	put := func(x [2]float64) {
		sx, sy := p.ToScreen(model.Morphed(m, x, t))
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
