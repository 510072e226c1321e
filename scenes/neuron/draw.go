package neuron

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
)

// Draw implements ui.Scene.
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	s.grid.draw(dst, c, &s.plane, s.data)
	ui.DrawField(dst, &s.plane, s.field, s.style)
	r := s.plane.Rect
	sub := s.clip.Of(dst, r)
	s.drawLine(sub, c)
	s.drawTheta(sub, c)
	s.plane.DrawPoints(sub, c, s.data.Points())
	s.drawMistakes(sub, c)
	s.drawProbe(sub, c)
	s.drawLabels(sub, c)
	s.drawPanel(dst, c)
}

// drawLine draws the hyperplane a = 0 (its labels are placed in labels.go).
func (s *Scene) drawLine(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	w := c.Px(3)
	if s.drag == dragLine || s.drag == dragLinePending || s.drag == dragNone && s.hover == dragLine {
		w = c.Px(5)
	}
	region.DrawLine(dst, &s.plane, s.n.Theta, s.n.B, w, th.Line, false, 0, 0)
}

// drawTheta draws θ as an arrow from the origin to (θ₁, θ₂) (its value
// is placed in labels.go).
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
	if s.wrong == nil { // made once: a closure made every frame escaped to the heap
		s.wrong = func(p engine.Point) bool { return model.Class(s.n, p.X) != p.Y }
	}
	s.plane.RingPoints(dst, s.data.Points(), s.wrong, r, c.Px(3), c.Theme.Warning)
}

// drawProbe marks the point whose potential the panel explains.
func (s *Scene) drawProbe(dst *ebiten.Image, c *ui.Context) {
	x, y := s.plane.ToScreen(s.probe)
	r := probeRadius(c)
	ui.Ring(dst, x, y, r, c.Px(2.5), c.Theme.Accent)
	// The arms start outside the ring, so that they never cover a point
	// the probe rests on (the notes' (1, 1) is under it at the start).
	// The four arms are one draw call (a batch of segments, as Line draws
	// each).
	in, out := r+c.Px(3), r+c.Px(12)
	m := &s.marks
	m.Reset()
	m.Add(x-out, y, x-in, y, c.Px(2))
	m.Add(x+in, y, x+out, y, c.Px(2))
	m.Add(x, y-out, x, y-in, c.Px(2))
	m.Add(x, y+in, x, y+out, c.Px(2))
	m.Draw(dst, c.Theme.Accent)
}
