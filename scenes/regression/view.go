package regression

import (
	"math"
	"slices"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/regression/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// maxResiduals is the number of points up to which residuals are drawn
// (segments, and squares on request): beyond it they would hide the data
// and slow a software renderer down.
const maxResiduals = 1500

// view is what Draw shows, computed in Update so that Draw only reads.
type view struct {
	side ui.Rect // the panel

	// The plane, in screen pixels.
	yhat    []float64                   // ŷ(x) across the view: x, y pairs
	units   [engine.MaxHidden][]float64 // each hidden unit's contribution
	b2      float64                     // screen y of the output bias b^[2]
	ls      [4]float64                  // the least-squares line's ends (H = 0)
	resid   []float64                   // per point: x, y of the point, y of ŷ
	residXY []float64                   // the residuals as a path: x, y of the point, x, y of ŷ, NaN, NaN…
	one     []engine.Point              // one point of class +1 per point: regression's points share one marker
	pts     []float64                   // the points: x, y pairs
	legend  ui.Rect                     // the legend's box, in the emptiest corner

	// The numbers at the cursor.
	m         engine.Regressor // the network
	j         float64          // J = Σᵢ (ŷᵢ − yᵢ)²
	mean      float64          // J/m
	g         engine.RegGrads  // ∂J/∂θ
	next      engine.Regressor // θ − α ∂J/∂θ
	why       engine.Divergence
	n         int       // the number of points m
	lineMaxLR float64   // for H = 0, the α beyond which descent diverges
	past      []float64 // J per step up to the cursor: k, J pairs
	ahead     []float64 // and beyond it (after stepping back)

	// The panel's parts (see layoutPanel).
	cells       [numParams]ui.Rect                       // the α, H, σ cells
	meanSplit   bool                                     // the mean's line is broken in two
	groups      columnGroups                             // the table's columns, in groups one under another
	groupAt     [maxGroups]float64                       // y where each group's header is
	rows        [maxGroups][engine.MaxHidden + 1]ui.Rect // each group's rows: units 0…H−1, then b^[2] (or θ, b for H = 0)
	updateAt    float64                                  // y of the worked update
	updateSplit bool                                     // the worked update takes two lines
	chips       [3]ui.Rect                               // squares, log scale, next unit
}

// refresh recomputes what Draw shows.
func (s *Scene) refresh(c *ui.Context) {
	data := s.samples()
	m := s.run.Model()
	v := &s.v
	v.m = m
	v.j, v.g = m.Gradient(data)
	v.mean = 0
	if len(data) > 0 {
		v.mean = v.j / float64(len(data))
	}
	st := engine.RegStep{Before: m, Grads: v.g, LR: s.alpha}
	v.next = st.After()
	v.why = s.run.Why
	v.n = len(data)
	v.lineMaxLR = 0
	if m.H == 0 {
		v.lineMaxLR = engine.LineMaxLR(data)
	}
	v.past, v.ahead = ui.HistorySeries(v.past, v.ahead, s.run.Js(), s.run.Base(), s.run.Pos())

	s.lsOK = false
	if m.H == 0 && len(data) > 0 {
		var err error
		s.ls, err = engine.LeastSquaresLine(data)
		s.lsOK = err == nil
		s.lsJ, _ = s.ls.Loss(data)
	}

	p := &s.plane
	r := p.Rect
	clampY := func(y float64) float64 { return math.Max(r.Y-2*r.H, math.Min(r.Bottom()+2*r.H, y)) }
	curve := func(dst []float64, f func(x float64) float64) []float64 {
		dst = model.Curve(dst[:0], p.XMin, p.XMax, f)
		for i := 0; i+1 < len(dst); i += 2 {
			sx, sy := p.ToScreen([2]float64{dst[i], dst[i+1]})
			dst[i], dst[i+1] = sx, clampY(sy)
		}
		return dst
	}
	v.yhat = curve(v.yhat, m.Predict)
	for j := range engine.MaxHidden {
		v.units[j] = v.units[j][:0]
		if j < m.H {
			v.units[j] = curve(v.units[j], func(x float64) float64 { return m.Unit(j, x) })
		}
	}
	_, v.b2 = p.ToScreen([2]float64{0, m.B2})
	v.b2 = clampY(v.b2)
	if s.lsOK {
		x0, y0 := p.ToScreen([2]float64{p.XMin, s.ls.Predict(p.XMin)})
		x1, y1 := p.ToScreen([2]float64{p.XMax, s.ls.Predict(p.XMax)})
		v.ls = [4]float64{x0, clampY(y0), x1, clampY(y1)}
	}

	pts := s.data.Points()
	v.pts, v.resid, v.residXY = v.pts[:0], v.resid[:0], v.residXY[:0]
	for i, pt := range pts {
		sx, sy := p.ToScreen(pt.X)
		v.pts = append(v.pts, sx, sy)
		if len(pts) <= maxResiduals {
			_, fy := p.ToScreen([2]float64{pt.X[0], m.Predict(data[i].X)})
			v.resid = append(v.resid, sx, sy, clampY(fy))
			v.residXY = append(v.residXY, sx, sy, sx, clampY(fy), math.NaN(), math.NaN())
		}
	}
	if len(v.one) != len(pts) {
		v.one = v.one[:0]
		for range pts {
			v.one = append(v.one, engine.Point{Y: 1})
		}
	}
	s.marks.Prepare(ui.PointRadius(c, len(pts)), c.Theme)
	s.placeLegend(c)
	s.placeTicks(c)
}

// placeTicks decides where the grid writes its tick numbers: clear of the
// points, of the residual segments (a segment from a point to the curve
// crosses the axes wherever the point and ŷ lie on either side) and of
// the curves ŷ and θⱼ^[2]σ(θⱼx + bⱼ), which are drawn over the grid: a
// unit's curve running along the x axis through "−2" hid its minus sign,
// and a student read "2" left of the origin. The grid's layer is drawn
// again only when the numbers move (tickGen).
func (s *Scene) placeTicks(c *ui.Context) {
	// The same residuals over the same plane and points place the numbers
	// as last time: between steps nothing is placed again.
	in := tickInputs{s.plane.Rect, s.v.legend, s.view, s.data.Version(), c.Px(1)}
	if s.tickPl != nil && in == s.tickIn && slices.Equal(s.v.resid, s.tickResid) && s.sameTickCurves() {
		return
	}
	s.tickIn, s.tickResid = in, append(s.tickResid[:0], s.v.resid...)
	s.keepTickCurves()
	if s.tickPl == nil {
		s.tickPl = place.New(s.plane.Rect.Box())
	}
	pl := s.tickPl
	pl.Reset(s.plane.Rect.Box())
	if !s.v.legend.Empty() { // at 1024×600 the legend covered "2"
		pl.AddBox(s.v.legend.Box())
	}
	half := c.Px(residualWidth)/2 + c.Px(1) // the stroke's half width and a pixel's gap
	for i := 0; i+2 < len(s.v.resid); i += 3 {
		x, y0, y1 := s.v.resid[i], s.v.resid[i+1], s.v.resid[i+2]
		pl.AddBox(place.Box{X0: x - half, Y0: math.Min(y0, y1) - half, X1: x + half, Y1: math.Max(y0, y1) + half})
	}
	for _, cv := range s.tickCurves() {
		addCurve(pl, cv, c.Px(curveWidth)/2+c.Px(1))
	}
	s.ticksNew = s.plane.AppendTicksClearOf(s.ticksNew[:0], c, s.data.Points(), pl)
	if !slices.Equal(s.ticksNew, s.ticks) {
		s.ticks = append(s.ticks[:0], s.ticksNew...)
		s.tickGen++
	}
}

// tickCurves returns the curves drawn over the grid, as x, y pairs in
// screen pixels: ŷ and the hidden units' contributions.
func (s *Scene) tickCurves() [engine.MaxHidden + 1][]float64 {
	var cs [engine.MaxHidden + 1][]float64
	cs[0] = s.v.yhat
	copy(cs[1:], s.v.units[:])
	return cs
}

// sameTickCurves reports whether the curves are those the tick numbers
// were last placed clear of.
func (s *Scene) sameTickCurves() bool {
	cs := s.tickCurves()
	for i := range cs {
		if !slices.Equal(cs[i], s.tickCurve[i]) {
			return false
		}
	}
	return true
}

// keepTickCurves remembers the curves the tick numbers are placed clear of.
func (s *Scene) keepTickCurves() {
	cs := s.tickCurves()
	for i := range cs {
		s.tickCurve[i] = append(s.tickCurve[i][:0], cs[i]...)
	}
}

// addCurve adds the polyline of xy (x, y pairs in screen pixels), half
// wide, to pl as boxes, one around each of its short segments: a grid's
// numbers give way to boxes, not to the lines a placer holds (a scene's
// long lines would leave no room for them), and a curve sampled every few
// pixels is covered closely by its segments' boxes.
func addCurve(pl *place.Placer, xy []float64, half float64) {
	for i := 2; i+1 < len(xy); i += 2 {
		x0, y0, x1, y1 := xy[i-2], xy[i-1], xy[i], xy[i+1]
		pl.AddBox(place.Box{X0: min(x0, x1) - half, Y0: min(y0, y1) - half, X1: max(x0, x1) + half, Y1: max(y0, y1) + half})
	}
}

// curveWidth is the widest a curve is drawn (a unit's curve while chosen),
// in layout units.
const curveWidth = 5

// tickInputs is what the tick numbers' places depend on besides the
// residuals: the plane, the points and the context's scale.
type tickInputs struct {
	rect, legend ui.Rect
	view         model.View
	data         uint64
	px           float64
}

// legendRows is the number of lines the legend has.
func (s *Scene) legendRows() int {
	n := 2 // ŷ and the residuals
	if s.hidden > 0 {
		n += 2 // the units and b^[2]
	}
	if s.lsOK {
		n++
	}
	return n
}

// placeLegend puts the legend where it covers no point and the fewest
// curve samples: a corner, or the middle of the top or bottom edge; nor
// an axis name (at 1024×600 the top left corner met y's). On a plane too
// small for it, or where every place would cover a point, there is none
// (the panel's equation names the curves as well).
func (s *Scene) placeLegend(c *ui.Context) {
	s.v.legend = ui.Rect{}
	r := s.plane.Rect.Inset(c.Px(10))
	w := c.Px(290)
	h := c.Px(26)*float64(s.legendRows()) + c.Px(12)
	if w > r.W*0.62 || h > r.H*0.45 {
		return
	}
	bestN := math.MaxInt
	names := s.plane.AxisLabels(c, s.data.Points())
	for _, at := range [6][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.5, 0}, {0.5, 1}} {
		box := ui.Rect{X: r.X + at[0]*(r.W-w), Y: r.Y + at[1]*(r.H-h), W: w, H: h}
		grown := box.Inset(-c.Px(8))
		n, covers := 0, grown.Box().Overlaps(names[0].Box) || grown.Box().Overlaps(names[1].Box)
		for i := 0; i+1 < len(s.v.pts); i += 2 {
			covers = covers || grown.Contains(s.v.pts[i], s.v.pts[i+1])
		}
		for i := 0; i+1 < len(s.v.yhat); i += 2 {
			if grown.Contains(s.v.yhat[i], s.v.yhat[i+1]) {
				n++
			}
		}
		if !covers && n < bestN {
			s.v.legend, bestN = box, n
		}
	}
}
