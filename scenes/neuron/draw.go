package neuron

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
)

// Draw implements ui.Scene.
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	s.plane.DrawGrid(dst, c)
	ui.DrawField(dst, &s.plane, s.field, s.style)
	r := s.plane.Rect
	sub := dst.SubImage(image.Rect(int(r.X), int(r.Y), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))).(*ebiten.Image)
	s.drawLine(sub, c)
	s.drawTheta(sub, c)
	s.plane.DrawPoints(sub, c, s.data.Points())
	s.drawMistakes(sub, c)
	s.drawProbe(sub, c)
	s.drawPanel(dst, c)
}

// drawLine draws the hyperplane a = 0 with "a > 0" and "a < 0" written on
// its two sides.
func (s *Scene) drawLine(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	w := c.Px(3)
	if s.drag == dragLine || s.drag == dragLinePending || s.drag == dragNone && s.hover == dragLine {
		w = c.Px(5)
	}
	seg := region.DrawLine(dst, &s.plane, s.n.Theta, s.n.B, w, th.Line, false, 0, 0)
	if !seg.OK {
		return
	}
	// Labels a little way along the line from its first end, off to each
	// side by a fixed screen distance along the normal.
	norm := math.Hypot(s.n.Theta[0], s.n.Theta[1])
	ux, uy := s.n.Theta[0]/norm, -s.n.Theta[1]/norm
	px := c.Px(20)
	mx, my := seg.X0+(seg.X1-seg.X0)*0.18, seg.Y0+(seg.Y1-seg.Y0)*0.18
	off := c.Px(30)
	region.Label(dst, c, "a > 0", mx+ux*off, my+uy*off-px*0.6, px, th.Text, ui.AlignCenter)
	region.Label(dst, c, "a < 0", mx-ux*off, my-uy*off-px*0.6, px, th.Text, ui.AlignCenter)
	ex, ey := seg.X0+(seg.X1-seg.X0)*0.82, seg.Y0+(seg.Y1-seg.Y0)*0.82
	region.Label(dst, c, "a = 0", ex-ux*off, ey-uy*off-px*0.6, px, th.Line, ui.AlignCenter)
}

// drawTheta draws θ as an arrow from the origin to (θ₁, θ₂), with its
// value by the tip.
func (s *Scene) drawTheta(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	if s.n.Theta == [2]float64{} {
		return
	}
	ox, oy := s.plane.ToScreen([2]float64{})
	tx, ty := s.tipScreen()
	// A tip far outside the plane is drawn at the plane's edge.
	if !s.plane.Rect.Contains(tx, ty) {
		tx, ty = toEdge(s.plane.Rect.Inset(c.Px(4)), ox, oy, tx, ty)
	}
	lw := c.Px(4)
	if s.drag == dragTip || s.drag == dragNone && s.hover == dragTip {
		lw = c.Px(6)
	}
	ui.Arrow(dst, ox, oy, tx, ty, lw, c.Px(20), th.Normal)
	ui.Ring(dst, tx, ty, c.Px(12), c.Px(2), th.Normal)
	// The value goes beyond the tip, on the arrow's line, so that it
	// covers neither the arrow nor (usually) the line a = 0.
	label := "θ = (" + ui.Fixed(s.n.Theta[0]) + ", " + ui.Fixed(s.n.Theta[1]) + ")"
	px := c.Px(20)
	l := math.Max(math.Hypot(tx-ox, ty-oy), 1e-9)
	ux, uy := (tx-ox)/l, (ty-oy)/l
	lx, ly := tx+ux*c.Px(22), ty+uy*c.Px(22)-px*0.6
	align := ui.AlignLeft
	switch {
	case ux < -0.4:
		align = ui.AlignRight
	case ux < 0.4:
		align = ui.AlignCenter
		ly += uy * px * 0.8
	}
	// Keep it on the plane.
	w, _ := ui.MeasureText(label, px)
	r := s.plane.Rect.Inset(c.Px(8))
	left := lx
	switch align {
	case ui.AlignCenter:
		left -= w / 2
	case ui.AlignRight:
		left -= w
	}
	lx += math.Max(0, r.X-left) - math.Max(0, left+w-r.Right())
	ly = math.Max(r.Y, math.Min(r.Bottom()-px*1.3, ly))
	region.Label(dst, c, label, lx, ly, px, th.Normal, align)
}

// toEdge returns where the segment from (x0, y0) (inside r) towards
// (x1, y1) leaves r.
func toEdge(r ui.Rect, x0, y0, x1, y1 float64) (float64, float64) {
	t := 1.0
	dx, dy := x1-x0, y1-y0
	if dx > 0 {
		t = math.Min(t, (r.Right()-x0)/dx)
	} else if dx < 0 {
		t = math.Min(t, (r.X-x0)/dx)
	}
	if dy > 0 {
		t = math.Min(t, (r.Bottom()-y0)/dy)
	} else if dy < 0 {
		t = math.Min(t, (r.Y-y0)/dy)
	}
	t = math.Max(0, t)
	return x0 + dx*t, y0 + dy*t
}

// drawMistakes rings the points on the wrong side of the line.
func (s *Scene) drawMistakes(dst *ebiten.Image, c *ui.Context) {
	r := c.MarkerRadius() * 1.9
	s.plane.RingPoints(dst, s.data.Points(), func(p engine.Point) bool { return model.Class(s.n, p.X) != p.Y },
		r, c.Px(3), c.Theme.Warning)
}

// drawProbe marks the point whose potential the panel explains.
func (s *Scene) drawProbe(dst *ebiten.Image, c *ui.Context) {
	x, y := s.plane.ToScreen(s.probe)
	r := c.Px(9)
	ui.Ring(dst, x, y, r, c.Px(2.5), c.Theme.Accent)
	ui.Line(dst, x-r*1.8, y, x-r*0.6, y, c.Px(2), c.Theme.Accent)
	ui.Line(dst, x+r*0.6, y, x+r*1.8, y, c.Px(2), c.Theme.Accent)
	ui.Line(dst, x, y-r*1.8, x, y-r*0.6, c.Px(2), c.Theme.Accent)
	ui.Line(dst, x, y+r*0.6, x, y+r*1.8, c.Px(2), c.Theme.Accent)
}
