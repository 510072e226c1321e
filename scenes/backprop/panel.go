package backprop

import (
	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/backprop/model"
	"github.com/neurona/neurona/scenes/ui"
)

// drawPanel draws the small plane (the example ringed, the network's output
// as a light colour map) and the table of parameters: value, ∂L/∂θ by
// backpropagation, the finite-difference check, and the update's change.
func (s *Scene) drawPanel(dst *ebiten.Image, c *ui.Context) {
	th, v := c.Theme, &s.v
	ui.NewPanel(dst, c, s.lay.side)
	s.plane.DrawGridAvoiding(dst, c, s.w.Data.Points())
	s.sigma.Draw(dst, s.plane.Rect)
	s.plane.DrawPointsMarked(dst, c, s.w.Data.Points(), v.cur.Ex, 2.1, c.Px(3.5))
	ui.StrokeRect(dst, s.plane.Rect, c.Px(1), th.PanelEdge)
	// Below the plane (which stays put, to click in), the rest scrolls.
	p := ui.NewScrollPanel(dst, c, s.lay.list, &s.scroll)
	defer p.End()
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
	p.Table(rows, hl)
	p.Part("check")
	if known := node(g, "b2").HasGrad; known {
		p.Text(c.Tf("backprop.panel.check", ui.Num(v.maxDiff)), th.Good)
	} else {
		p.Dim(c.T("backprop.panel.fd"))
	}
	p.Text(c.Tf("backprop.panel.alpha", ui.Num(s.w.Alpha)), th.Accent)
}
