package gradient

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/gradient/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Draw shows the two views with any banner, and the panel: two pictures,
// each redrawn only when what it shows changed. A step changes both, a
// new loss map only the views; while playing, the panel waits for a frame
// that did not redraw the views (a tick later), so that no frame redraws
// both (one picture of everything, redrawn at every step and again at
// every new map, set the slowest frames while playing).
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	if s.drawViews == nil { // made once: a frame that copies allocates nothing
		s.drawViews, s.drawSide = s.drawViewsPicture, s.drawPanelPicture
	}
	s.vc = *c
	s.vc.Bounds = s.lay.main
	redrew := s.layer.RefreshReported(&s.vc, s.lkey.Of(viewsKey{Gen: s.gen, Map: s.mapGen, Explain: s.v.explain}), s.drawViews)
	s.layer.DrawPart(dst, s.lay.main, &s.vclip)
	s.layer.Report(c)
	s.pc = *c
	s.pc.Bounds = s.lay.side
	if !redrew || !s.player.Playing {
		s.panel.RefreshReported(&s.pc, s.pkey.Of(panelKey{Gen: s.gen, Explain: s.v.explain, Scroll: s.scroll.Off}), s.drawSide)
	}
	s.panel.DrawPart(dst, s.lay.side, &s.pclip)
	s.panel.Report(c)
	s.scroll.Report(c)
}

// drawViewsPicture draws the views' picture at their own scale
// (computeLayout; their labels shrink no further than the panel's).
func (s *Scene) drawViewsPicture(dst *ebiten.Image, lc *ui.Context) {
	s.redrawn[0]++
	vc := lc.AtScale(s.lay.viewScale)
	s.drawData(dst, &vc)
	s.drawLoss(dst, &vc)
	s.drawBanner(dst, &vc)
}

// drawPanelPicture draws the panel's picture at the context's scale, its
// scroll report kept out of the frame's (Scroll.Report gives it every
// frame).
func (s *Scene) drawPanelPicture(dst *ebiten.Image, lc *ui.Context) {
	s.redrawn[1]++
	s.panels = s.panels[:0]
	lc.SetPanels(&s.panels)
	s.drawPanel(dst, lc)
}

// drawData draws the plane: the neuron's output as a light colour map, the
// decision line θ₁x₁ + θ₂x₂ + b = 0 and the points, the explained one ringed.
func (s *Scene) drawData(dst *ebiten.Image, c *ui.Context) {
	th, m := c.Theme, s.v.cur.M
	s.plane.DrawGridAvoiding(dst, c, s.tr.Data.Points())
	ui.DrawField(dst, &s.plane, s.gfx.sigma, s.gfx.sigmaStyle)
	if x0, y0, x1, y1, ok := s.plane.ClipLine(m.Theta[0], m.Theta[1], m.B); ok {
		ui.Line(dst, x0, y0, x1, y1, c.Px(4), th.Outline)
		ui.Line(dst, x0, y0, x1, y1, c.Px(2.5), th.Line)
	}
	s.plane.DrawPointsMarked(dst, c, s.tr.Data.Points(), s.v.explain, 2, c.Px(3))
	s.plane.ReportPoints(c, s.tr.Data.Points())
	ui.StrokeRect(dst, s.plane.Rect, c.Px(1), th.PanelEdge)
	caption(dst, c, s.lay.capP, c.T("gradient.caption.data"), s.lay.captionPx)
	s.legend(dst, c, s.lay.legP, dataLegend(c))
}

// drawLoss draws the loss map with its axes, the descent path, the current
// θ, the negative gradient as an arrow and the point the next step reaches.
func (s *Scene) drawLoss(dst *ebiten.Image, c *ui.Context) {
	th, r, v := c.Theme, s.lay.loss, &s.v
	if s.gfx.mapImg != nil {
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(r.X, r.Y)
		dst.DrawImage(s.gfx.mapImg, op)
	}
	s.drawMapAxes(dst, c)
	// The path so far, and a dot at each step while they are few enough.
	ui.Polyline(dst, v.pathPx, c.Px(4), th.Outline)
	ui.Polyline(dst, v.pathPx, c.Px(2.5), th.Text)
	if n := len(v.pathPx) / 2; n <= 150 {
		for i := 0; i+1 < len(v.pathPx)-2; i += 2 {
			ui.Circle(dst, v.pathPx[i], v.pathPx[i+1], c.Px(3.5), &th.Text)
		}
	}
	cur := v.cur.M.Theta
	cx, cy := s.mapPx(cur)
	// The next point, θ − α∇J, dashed from here.
	nx, ny := s.mapPx(v.next.Theta)
	if math.Hypot(nx-cx, ny-cy) > c.Px(4) {
		ui.DashedLine(dst, cx, cy, nx, ny, c.Px(2), c.Px(6), th.Accent)
		ui.Ring(dst, nx, ny, c.Px(7), c.Px(2.5), &th.Accent)
	}
	// −∇J to scale in θ units, kept between a readable minimum and a third
	// of the map.
	g := math.Hypot(v.dTheta[0], v.dTheta[1])
	if g > 0 && v.n > 0 {
		l := min(max(g*s.tplane.Unit(), c.Px(52)), r.W/3)
		ux, uy := -v.dTheta[0]/g, v.dTheta[1]/g // screen y grows downwards
		ex, ey := cx+ux*l, cy+uy*l
		ui.Arrow(dst, cx, cy, ex, ey, c.Px(6), c.Px(22), th.Outline)
		ui.Arrow(dst, cx, cy, ex, ey, c.Px(3.5), c.Px(18), th.Normal)
		// The name beyond the arrow's head, placed clear of the path, the
		// current θ, the next one and the axes' names.
		pl := &s.placer
		pl.Reset(r.Inset(c.Px(4)).Box())
		pl.Gap, pl.Pad, pl.Rings = c.Px(place.DefaultGap), c.Px(place.DefaultPad), place.DefaultRings
		for i := 2; i+1 < len(v.pathPx); i += 2 {
			pl.AddSegment(place.Point{X: v.pathPx[i-2], Y: v.pathPx[i-1]}, place.Point{X: v.pathPx[i], Y: v.pathPx[i+1]})
		}
		pl.AddSegment(place.Point{X: cx, Y: cy}, place.Point{X: ex, Y: ey})
		pl.AddMarker(cx, cy, c.Px(9))
		pl.AddBox(place.Around(nx, ny, c.Px(9)))
		for _, a := range s.mapAxisLabels(c) {
			pl.AddBox(a)
		}
		fs := c.Px(ui.TextNumber)
		pad := c.Px(3)
		at := ui.PlaceText(pl, "−∇J", place.Around(ex, ey, c.Px(10)), fs, pad)
		ui.DrawPlaced(dst, c, at, fs, pad, th.Normal, ui.WithAlpha(th.Panel, 0xd0))
		c.Layout().Add(pl)
	}
	ui.Circle(dst, cx, cy, c.Px(9), &th.Outline)
	ui.Circle(dst, cx, cy, c.Px(7), &th.Accent)
	ui.StrokeRect(dst, r, c.Px(1), th.PanelEdge)
	caption(dst, c, s.lay.capL, mapCaption(c, v.cur.M.B, s.tr.Loss), s.lay.captionPx)
	s.legend(dst, c, s.lay.legL, mapLegend(c))
}

// drawMapAxes draws the θ₁ and θ₂ axes through the origin with a few tick
// numbers and their names.
func (s *Scene) drawMapAxes(dst *ebiten.Image, c *ui.Context) {
	th, r, p := c.Theme, s.lay.loss, &s.tplane
	ox, oy := p.ToScreen([2]float64{0, 0})
	ui.Line(dst, r.X, oy, r.Right(), oy, c.Px(1.5), th.Axis)
	ui.Line(dst, ox, r.Y, ox, r.Bottom(), c.Px(1.5), th.Axis)
	fs := c.Px(ui.TextMin)
	step := s.tplane.Half / 2
	for k := -1; k <= 1; k += 2 {
		v := float64(k) * step
		x, _ := p.ToScreen([2]float64{v, 0})
		ui.DrawText(dst, ui.Num(v), x, oy+c.Px(3), fs, th.TextDim, ui.AlignCenter)
		_, y := p.ToScreen([2]float64{0, v})
		ui.DrawText(dst, ui.Num(v), ox-c.Px(5), y-fs*0.6, fs, th.TextDim, ui.AlignRight)
	}
	for i, b := range s.mapAxisLabels(c) {
		name := [2]string{"θ₁", "θ₂"}[i]
		ui.DrawText(dst, name, b.X0, b.Y0, c.Px(20), th.Text, ui.AlignLeft)
		c.Layout().AddLabel(name, b)
	}
}

// mapAxisLabels returns the boxes of the loss map's axis names θ₁ (at the
// right end of the θ₁ axis, above it) and θ₂ (at the top of the θ₂ axis,
// right of it). On a map so small that the two would meet (740×360), θ₁
// goes below its axis.
func (s *Scene) mapAxisLabels(c *ui.Context) [2]place.Box {
	r := s.lay.loss
	ox, oy := s.tplane.ToScreen([2]float64{0, 0})
	w1, h := ui.MeasureText("θ₁", c.Px(20))
	w2, _ := ui.MeasureText("θ₂", c.Px(20))
	b := [2]place.Box{
		place.BoxAt(r.Right()-c.Px(8)-w1, oy-c.Px(28), w1, h),
		place.BoxAt(ox+c.Px(8), r.Y+c.Px(6), w2, h),
	}
	if b[0].Grow(c.Px(place.DefaultGap)).Overlaps(b[1]) {
		b[0] = place.BoxAt(b[0].X0, oy+c.Px(6), w1, h)
	}
	return b
}

// drawBanner shows, over the views, the one message that matters most: the
// loss blew up, or there is no data.
func (s *Scene) drawBanner(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	var title, hint string
	switch {
	case s.v.cur.Div && model.Exploded(s.v.cur.M):
		m := s.v.cur.M
		title = c.Tf("gradient.banner.exploded", ui.Num(math.Max(math.Abs(m.B), math.Hypot(m.Theta[0], m.Theta[1]))))
		hint = c.T("gradient.banner.diverged.hint")
	case s.v.cur.Div:
		title = c.Tf("gradient.banner.diverged", ui.Num(s.v.cur.J))
		hint = c.T("gradient.banner.diverged.hint")
	case s.v.n == 0:
		title = c.T("gradient.banner.nodata")
		hint = c.T("gradient.banner.nodata.hint")
	default:
		return
	}
	m := s.lay.main
	w := m.W - c.Px(40)
	tp := ui.FitText(title, c.Px(28), w-c.Px(32))
	hp := ui.FitText(hint, c.Px(20), w-c.Px(32))
	h := tp*1.4 + hp*1.4 + c.Px(24)
	box := ui.Rect{X: m.X + c.Px(20), Y: m.Bottom() - h - c.Px(20), W: w, H: h}
	ui.FillRect(dst, box, ui.WithAlpha(th.Panel, 0xf0))
	ui.StrokeRect(dst, box, c.Px(3), th.Warning)
	ui.DrawText(dst, title, box.X+box.W/2, box.Y+c.Px(12), tp, th.Warning, ui.AlignCenter)
	ui.DrawText(dst, hint, box.X+box.W/2, box.Y+c.Px(12)+tp*1.4, hp, th.Text, ui.AlignCenter)
}
