package backprop

import (
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/ui"
)

// drawPanel draws the small plane (the example ringed, the network's output
// as a light colour map) and the table of parameters: value, ∂L/∂θ by
// backpropagation, the finite-difference check, and the update's change.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th, v := c.Theme, &s.v
	if !s.lay.page {
		ui.NewPanel(dst, c, s.lay.side)
		s.showPlane(dst, c)
	}
	// Below the plane (which stays put, to click in), the rest scrolls;
	// at a large zoom the whole page scrolls, the plane under the graph.
	p := ui.NewScrollPanel(dst, c, s.lay.list, &s.scroll)
	defer p.End()
	if s.lay.page {
		s.drawPlane(p.Dst(), s.lay.blockContext(c))
		p.Y = s.lay.list.Y - s.scroll.Off + s.lay.head
	}
	p.Part("example")

	g := &v.cur.G
	if v.n == 0 {
		p.Text(c.T("backprop.panel.nodata"), th.Warning)
	} else {
		p.Line(c.Tf("backprop.panel.example", v.cur.Ex+1, v.n, ui.Num(g.X[0]), ui.Num(g.X[1]), target(g.Y)))
	}
	if n := node(g, "L"); n.HasValue {
		p.Line("ŷ = " + ui.Num(val(g, "yhat")) + "     L = " + ui.Num(n.Value))
	} else {
		p.Dim(c.T("backprop.panel.noloss"))
	}
	p.Part("table")
	rows := [][]string{{"", c.T("backprop.col.value"), "∂L/∂θ", c.T("backprop.col.fd"), "Δθ"}}
	hl := -1
	for i, id := range model.ParamIDs {
		n := node(g, id)
		gr, d := "·", "·"
		if n.HasGrad {
			gr = ui.Num(n.Grad)
		}
		if dd, ok := s.delta(id); ok {
			d = ui.Signed(dd)
		}
		if id == v.cur.Focus() {
			hl = i + 1
		}
		rows = append(rows, []string{labels[id], ui.Num(n.Value), gr, ui.Num(v.fd[i]), d})
	}
	if s.lay.phone {
		// Five columns do not fit a phone at the legible size: the values
		// and gradients, then the check and the update, each with the
		// names.
		p.Table(columns(rows, 0, 1, 2), hl)
		p.Table(columns(rows, 0, 3, 4), hl)
	} else {
		p.Table(rows, hl)
	}
	p.Part("check")
	if known := node(g, "b2").HasGrad; known {
		p.Text(c.Tf("backprop.panel.check", ui.Num(v.maxDiff)), th.Good)
	} else {
		p.Dim(c.T("backprop.panel.fd"))
	}
	p.Text(c.Tf("backprop.panel.alpha", ui.Num(s.w.Alpha)), th.Accent)
}

// drawPlane draws the small plane: the points, the example ringed, the
// network's output as a light colour map.
func (s *Scene) drawPlane(dst *ebiten.Image, c *ui.Context) {
	pts := s.w.Data.Points()
	s.plane.DrawGridAvoiding(dst, c, pts)
	s.sigma.Draw(dst, s.plane.Rect)
	s.plane.DrawPointsMarked(dst, c, pts, s.v.cur.Ex, 2.1, c.Px(3.5))
	s.plane.ReportPoints(c, pts)
	ui.StrokeRect(dst, s.plane.Rect, c.Px(1), c.Theme.PanelEdge)
}

// showPlane copies the small plane from its picture (partPicture), drawn
// anew when what it shows changed: the panel is redrawn at every step, the
// plane only at the update or a new example. Its picture is the panel's
// part above the list, inside the panel's edge, filled with the panel's
// colour as the panel is.
func (s *Scene) showPlane(dst *ebiten.Image, c *ui.Context) {
	p, side := &s.pics, s.lay.side
	p.init(s)
	if pts := s.w.Data.Points(); !slices.Equal(pts, p.planePts) {
		p.planePts = append(p.planePts[:0], pts...)
		p.planeData++
	}
	x0, y0 := math.Ceil(side.X+c.Px(1))+1, math.Ceil(side.Y)
	r := ui.Rect{X: x0, Y: y0, W: math.Floor(side.Right()) - x0, H: math.Ceil(s.lay.list.Y) - y0}
	pl := &s.plane
	k := planeKey{
		Model: s.v.model, Ex: s.v.cur.Ex, Data: p.planeData, Rect: pl.Rect,
		XMin: pl.XMin, XMax: pl.XMax, YMin: pl.YMin, YMax: pl.YMax,
		Scale: c.Scale, Theme: c.Theme.Name, Lang: c.Lang,
	}
	p.plane.show(dst, c, k, r, p.drawPlane, true)
}

// columns returns the columns cols of rows.
func columns(rows [][]string, cols ...int) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = make([]string, len(cols))
		for j, c := range cols {
			out[i][j] = r[c]
		}
	}
	return out
}
