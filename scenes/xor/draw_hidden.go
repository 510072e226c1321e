package xor

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
)

// zView sets the hidden-space plot's window for the activation: the square
// hidden outputs live in, with a margin.
func zView(p *ui.Plane, act engine.Activation) {
	lo, hi := hiddenRange(act)
	p.CX, p.CY = (lo+hi)/2, (lo+hi)/2
	p.Half = (hi - lo) * 0.8
	p.Layout(p.Rect)
}

// drawHidden draws hidden space (z₁, z₂): where the points land, the
// output unit's line and region, and which XOR inputs land where.
func (s *Scene) drawHidden(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	m := s.net()
	p := &s.zplane
	r := p.Rect
	if r.W < c.Px(60) || r.H < c.Px(60) {
		return
	}
	title := c.T("xor.hidden")
	ui.DrawText(dst, title, r.X, r.Y-c.Px(28), ui.FitText(title, c.Px(19), r.W), th.Text, ui.AlignLeft)
	ui.FillRect(dst, r, th.Background)
	sub := clip(dst, r)
	if m.H == 2 {
		ui.DrawField(sub, &s.zplane, s.zfield, s.zstyle)
	}
	lo, hi := hiddenRange(m.Hidden)
	x0, y0 := p.ToScreen([2]float64{lo, hi})
	x1, y1 := p.ToScreen([2]float64{hi, lo})
	ui.StrokeRect(sub, ui.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, c.Px(1.5), th.Axis)
	ax, ay := p.ToScreen([2]float64{0, 0})
	ui.Line(sub, r.X, ay, r.Right(), ay, c.Px(1), th.Grid)
	ui.Line(sub, ax, r.Y, ax, r.Bottom(), c.Px(1), th.Grid)
	fs := c.Px(16)
	// Ticks at the square's ends, the axis names at the middle of its
	// bottom and left edges (the corners are where the points land).
	ui.DrawText(sub, ui.Num(lo), x0+c.Px(14), y1+c.Px(3), fs, th.TextDim, ui.AlignCenter)
	ui.DrawText(sub, ui.Num(hi), x0-c.Px(6), y0+c.Px(10), fs, th.TextDim, ui.AlignRight)
	ui.DrawText(sub, ui.Num(lo), x0-c.Px(6), y1-c.Px(10)-fs, fs, th.TextDim, ui.AlignRight)
	ui.DrawText(sub, "z_{1}", (x0+x1)/2, y1+c.Px(3), c.Px(19), th.Hidden[0], ui.AlignCenter)
	ui.DrawText(sub, "z_{2}", x0-c.Px(6), (y0+y1)/2-c.Px(12), c.Px(19), th.Hidden[1], ui.AlignRight)

	if m.H == 2 {
		region.DrawLine(sub, p, [2]float64{m.W2[0], m.W2[1]}, m.B2, c.Px(3), th.Line, false, c.Px(22), 0.5)
	}
	rad := ui.PointRadius(c, s.data.Len())
	s.marks.Draw(sub, s.v.zpts, s.data.Points(), rad, th)
	s.drawInputLabels(sub, c)
	if m.H > 2 {
		msg := c.Tf("xor.hidden.more", m.H)
		region.Label(sub, c, msg, r.X+c.Px(8), r.Bottom()-c.Px(30), ui.FitText(msg, c.Px(16), r.W-c.Px(20)), th.TextDim, ui.AlignLeft)
	}
}

// drawInputLabels writes each XOR input, "(0,1)", by where it lands in
// hidden space; inputs landing together share one label, as (0,1) and
// (1,0) do in the notes. A label that would cover another tries the other
// side of its point, and is left out if that is taken too.
func (s *Scene) drawInputLabels(dst *ebiten.Image, c *ui.Context) {
	p := &s.zplane
	var done [4]bool
	var boxes [4]ui.Rect
	nb := 0
	px := c.Px(16)
	_, cy := p.ToScreen([2]float64{p.CX, p.CY})
	for i := range s.v.table {
		if done[i] {
			continue
		}
		zi := s.v.table[i].Z
		xi, yi := p.ToScreen([2]float64{zi[0], zi[1]})
		label := inputName(s.v.table[i].X)
		for j := i + 1; j < len(s.v.table); j++ {
			zj := s.v.table[j].Z
			xj, yj := p.ToScreen([2]float64{zj[0], zj[1]})
			if math.Hypot(xi-xj, yi-yj) < c.Px(12) {
				label += " " + inputName(s.v.table[j].X)
				done[j] = true
			}
		}
		w, h := ui.MeasureText(label, px)
		lx := math.Max(p.Rect.X+w/2+c.Px(6), math.Min(p.Rect.Right()-w/2-c.Px(6), xi))
		above := yi - c.MarkerRadius() - c.Px(6) - h
		below := yi + c.MarkerRadius() + c.Px(6)
		tries := [2]float64{below, above}
		if yi < cy {
			tries = [2]float64{above, below}
		}
		for _, ly := range tries {
			box := ui.Rect{X: lx - w/2 - c.Px(4), Y: ly - c.Px(3), W: w + c.Px(8), H: h + c.Px(2)}
			if overlaps(box, boxes[:nb]) {
				continue
			}
			boxes[nb] = box
			nb++
			region.Label(dst, c, label, lx, ly, px, c.Theme.Text, ui.AlignCenter)
			break
		}
	}
}

// overlaps reports whether r meets any of rs.
func overlaps(r ui.Rect, rs []ui.Rect) bool {
	for _, q := range rs {
		if r.X < q.Right() && q.X < r.Right() && r.Y < q.Bottom() && q.Y < r.Bottom() {
			return true
		}
	}
	return false
}

// inputName writes an input of the XOR table as "(0,1)".
func inputName(x [2]float64) string {
	return "(" + ui.Num(x[0]) + "," + ui.Num(x[1]) + ")"
}
