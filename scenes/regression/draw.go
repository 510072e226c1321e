package regression

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/regression/model"
	"github.com/neurona/neurona/scenes/ui"
)

// Draw implements ui.Scene. It shows three cached pictures: the grid
// (drawn again when the plane, the points or the tick numbers move), the
// plane's picture over it (the squares, residuals, curves, points and
// legend: drawn again when the network or what is shown of it changes)
// and the panel (drawn again when anything it writes changes). A frame
// between steps only copies them. While playing, a step draws the plane's
// picture in one frame and the panel in the next, never both in one: the
// worst frame pays for one of them (the page's p95, issue 17).
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	s.drawPlane(dst, c)
	s.drawPanelLayer(dst, c)
}

// drawPlane shows the plane: the grid's layer and the plane's picture
// over it, each drawn again if what it shows changed.
func (s *Scene) drawPlane(dst *ebiten.Image, c *ui.Context) {
	if s.drawGrid == nil { // made once: a frame that copies allocates nothing
		s.drawGrid = func(img *ebiten.Image, lc *ui.Context) {
			s.gridDraws++
			s.plane.DrawGridClearOf(img, lc, s.data.Points(), s.tickPl)
		}
		s.drawPic = s.drawPicture
	}
	k := gridKey{s.plane.Rect, s.view, s.data.Version(), s.tickGen}
	if s.grid.RefreshReported(c, s.gridKey.Of(k), s.drawGrid) && k.moved(s.gridDrawn) {
		s.tickDraws++
	}
	s.gridDrawn = k
	s.picRedrawn = s.pic.RefreshReported(c, s.picKey.Of(picKey{s.picGen, s.gridDraws}), s.drawPic)
	s.pic.DrawPart(dst, s.plane.Rect, &s.picPart)
	s.grid.Report(c) // the axis names and tick numbers
	s.pic.Report(c)  // the points and the legend
}

// picKey is what the plane's picture shows besides the context: the
// scene's state as countChanges counts it (picGen) and the grid
// under it (its redraws).
type picKey struct {
	gen  uint64
	grid int
}

// drawPicture draws the plane's picture: the grid from its layer, then
// the squares, residuals, curves, points and legend, clipped to the plane.
func (s *Scene) drawPicture(dst *ebiten.Image, c *ui.Context) {
	s.picDraws++
	r := s.plane.Rect
	s.grid.DrawPart(dst, r, &s.gridPart)
	s.plane.ReportPoints(c, s.data.Points())
	sub := s.clip.Of(dst, r)
	if s.squares {
		s.drawSquares(sub, c)
	}
	s.drawResiduals(sub, c)
	s.drawUnits(sub, c)
	s.drawFit(sub, c)
	s.drawPoints(sub, c)
	s.drawLegend(sub, c)
}

// drawPanelLayer shows the panel from its layer, drawn again when what it
// writes changed (panelGen), but not in a frame of play that drew the
// plane's picture: then it follows in the next frame.
func (s *Scene) drawPanelLayer(dst *ebiten.Image, c *ui.Context) {
	if s.drawPanelPic == nil {
		s.drawPanelPic = func(img *ebiten.Image, lc *ui.Context) {
			s.panelDraws++
			s.panelReps = s.panelReps[:0]
			lc.SetPanels(&s.panelReps) // the scroll reports the panel every frame instead
			s.drawPanel(img, lc)
		}
	}
	gen := s.panelGen
	if s.picRedrawn && s.player.Playing {
		gen = s.panelShown
	}
	s.panel.RefreshReported(c, s.panelKey.Of(gen), s.drawPanelPic)
	s.panelShown = gen
	s.panel.DrawPart(dst, s.v.side, &s.panelPart)
	s.panel.Report(c)
	s.scroll.Report(c)
}

// gridKey is what the grid layer shows besides the context: the plane's
// place and window, the points' version (the axis names keep clear of
// the points) and where the tick numbers go (placeTicks).
type gridKey struct {
	rect  ui.Rect
	view  model.View
	data  uint64
	ticks uint64
}

// moved reports whether k differs from was only in where the tick numbers
// are: a redraw the descent makes when a residual comes to cross one.
func (k gridKey) moved(was gridKey) bool {
	return k.ticks != was.ticks && k.rect == was.rect && k.view == was.view && k.data == was.data
}

// drawSquares draws each point's squared residual as a square on the
// residual segment: its side is |ŷᵢ − yᵢ| in the vertical axis's pixels,
// so areas compare as the points' shares of J do.
func (s *Scene) drawSquares(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	// As interface values once, not once per square.
	var fill, edge color.Color = ui.WithAlpha(th.Warning, 0x38), ui.WithAlpha(th.Warning, 0xc0)
	for i := 0; i+2 < len(s.v.resid); i += 3 {
		x, y0, y1 := s.v.resid[i], s.v.resid[i+1], s.v.resid[i+2]
		side := math.Abs(y1 - y0)
		if side < 1 || side > s.plane.Rect.H {
			continue // a square larger than the plane would only paint it over
		}
		sq := ui.Rect{X: x, Y: math.Min(y0, y1), W: side, H: side}
		ui.FillRect(dst, sq, fill)
		ui.StrokeRect(dst, sq, c.Px(1.5), edge)
	}
}

// residualWidth is the residual segments' stroke, in layout units.
const residualWidth = 2.5

// drawResiduals draws each point's residual ŷᵢ − yᵢ as a vertical segment
// from the point to the curve.
func (s *Scene) drawResiduals(dst *ebiten.Image, c *ui.Context) {
	ui.Trace(dst, s.v.residXY, c.Px(residualWidth), c.Theme.Warning) // all of them in one draw
}

// drawUnits draws each hidden unit's contribution θ_j^[2]·σ(θ_j x + b_j)
// faintly in its own colour (the selected one bold) and the output bias
// b^[2] as a dashed level: ŷ is their sum.
func (s *Scene) drawUnits(dst *ebiten.Image, c *ui.Context) {
	m := s.v.m
	if m.H == 0 {
		return
	}
	th := c.Theme
	r := s.plane.Rect
	ui.DashedLine(dst, r.X, s.v.b2, r.Right(), s.v.b2, c.Px(2), c.Px(8), ui.WithAlpha(th.TextDim, 0xc0))
	for j := range m.H {
		if j == s.focusUnit() {
			continue
		}
		ui.Trace(dst, s.v.units[j], c.Px(3), ui.WithAlpha(th.Hidden[j], 0xb0))
	}
	if j := s.focusUnit(); j >= 0 && j < m.H {
		ui.Trace(dst, s.v.units[j], c.Px(5), th.Hidden[j])
	}
}

// focusUnit is the unit the pointer is on in the panel, else the selected one.
func (s *Scene) focusUnit() int {
	if s.hoverU >= 0 {
		return s.hoverU
	}
	return s.unit
}

// drawFit draws ŷ(x), and for H = 0 the least-squares line dashed beside it.
func (s *Scene) drawFit(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	if s.lsOK {
		l := s.v.ls
		ui.DashedLine(dst, l[0], l[1], l[2], l[3], c.Px(3), c.Px(12), th.Ideal)
	}
	ui.Trace(dst, s.v.yhat, c.Px(4), th.Line)
}

// drawPoints draws the points, one marker for all (a regression has no
// classes), and rings the one under the pointer.
func (s *Scene) drawPoints(dst *ebiten.Image, c *ui.Context) {
	pts := s.data.Points()
	rad := ui.PointRadius(c, len(pts))
	s.marks.Draw(dst, s.v.pts, s.v.one, rad, c.Theme) // every point with the one marker
	if h := s.editor.Hover; h >= 0 && 2*h+1 < len(s.v.pts) {
		ui.Ring(dst, s.v.pts[2*h], s.v.pts[2*h+1], rad*2, c.Px(2.5), c.Theme.Accent)
	}
}

// drawLegend names what the plane shows, in the corner placeLegend chose.
func (s *Scene) drawLegend(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	b := s.v.legend
	if b.Empty() {
		return
	}
	c.Layout().AddLabel(c.T("regression.legend.residual"), b.Box())
	ui.FillRect(dst, b, ui.WithAlpha(th.Panel, 0xe0))
	ui.StrokeRect(dst, b, c.Px(1), th.PanelEdge)
	px := c.Px(17)
	y := b.Y + c.Px(6)
	x0, x1 := b.X+c.Px(10), b.X+c.Px(44)
	tx := x1 + c.Px(10)
	row := func(label string, draw func(y float64)) {
		draw(y + px*0.65)
		ui.DrawText(dst, label, tx, y, ui.FitText(label, px, b.Right()-tx-c.Px(6)), th.Text, ui.AlignLeft)
		y += c.Px(26)
	}
	if s.hidden > 0 {
		row(c.T("regression.legend.yhat"), func(y float64) { ui.Line(dst, x0, y, x1, y, c.Px(4), th.Line) })
		row("θ_{j}^{[2]}σ(θ_{j}x + b_{j})", func(y float64) {
			for k := range min(s.hidden, 4) {
				ui.Line(dst, x0, y-c.Px(6)+c.Px(4)*float64(k), x1, y-c.Px(6)+c.Px(4)*float64(k), c.Px(2), th.Hidden[k])
			}
		})
		row("b^{[2]}", func(y float64) { ui.DashedLine(dst, x0, y, x1, y, c.Px(2), c.Px(6), th.TextDim) })
	} else {
		row(c.T("regression.legend.line"), func(y float64) { ui.Line(dst, x0, y, x1, y, c.Px(4), th.Line) })
	}
	if s.lsOK {
		row(c.T("regression.legend.ls"), func(y float64) { ui.DashedLine(dst, x0, y, x1, y, c.Px(3), c.Px(7), th.Ideal) })
	}
	row(c.T("regression.legend.residual"), func(y float64) {
		ui.Line(dst, (x0+x1)/2, y-c.Px(9), (x0+x1)/2, y+c.Px(9), c.Px(2.5), th.Warning)
	})
}
