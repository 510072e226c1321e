package xor

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
)

// Draw implements ui.Scene.
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	s.drawInput(dst, c)
	s.drawHidden(dst, c)
	s.drawLoss(dst, c)
	s.drawPanel(dst, c)
}

// clip returns the part of dst inside r, so that drawing stays in a plot.
func clip(dst *ebiten.Image, r ui.Rect) *ebiten.Image {
	return dst.SubImage(image.Rect(int(r.X), int(r.Y), int(math.Ceil(r.Right())), int(math.Ceil(r.Bottom())))).(*ebiten.Image)
}

// fade returns alpha a scaled by k (0…1).
func fade(a uint8, k float64) uint8 {
	return uint8(math.Round(float64(a) * math.Max(0, math.Min(1, k))))
}

// drawInput draws the input plane: the output's colour map, each hidden
// unit's line and positive side, the region where all of them are on and
// the points; while morphing, the warped grid and the output unit's line
// in hidden space instead.
func (s *Scene) drawInput(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	m := s.net()
	t := s.v.t
	s.plane.DrawGrid(dst, c)
	sub := clip(dst, s.plane.Rect)
	if t < 1 {
		ui.DrawField(sub, &s.plane, s.field, s.style)
	}

	if t < 1 {
		k := 1 - t
		region.Hatch(sub, s.v.inter, c.Px(18), c.Px(2), ui.WithAlpha(th.Accent, fade(0x68, k)))
		for j := range m.H {
			ui.Polygon(sub, s.v.strips[j], ui.WithAlpha(th.Hidden[j], fade(0x60, k)))
		}
		var boxes [engine.MaxHidden]ui.Rect
		n := 0
		for j := range m.H {
			clr := ui.WithAlpha(th.Hidden[j], fade(0xff, k))
			seg := region.DrawLine(sub, &s.plane, m.W1[j], m.B1[j], c.Px(3.5), clr, false, c.Px(26), tickAt(j, m.H))
			if seg.OK && t == 0 {
				n = s.lineLabel(sub, c, seg, m.W1[j], j, boxes[:], n)
			}
		}
	}
	if t > 0 {
		ui.Polyline(sub, s.v.grid, c.Px(1.6), ui.WithAlpha(th.Text, fade(0xb0, 2*t)))
		// The frame hidden space is drawn in: the unit square.
		x0, y0 := s.plane.ToScreen([2]float64{0, 1})
		x1, y1 := s.plane.ToScreen([2]float64{1, 0})
		ui.StrokeRect(sub, ui.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, c.Px(2), ui.WithAlpha(th.Axis, fade(0xff, t)))
		if m.H == 2 {
			w, b := outputLineInFrame(m)
			region.DrawLine(sub, &s.plane, w, b, c.Px(3.5), ui.WithAlpha(th.Line, fade(0xff, t)), false, c.Px(26), 0.5)
		}
	}
	r := ui.PointRadius(c, s.data.Len())
	s.marks.Draw(sub, s.v.pts, s.data.Points(), r, th)
	title := c.T("xor.input")
	if t >= 0.5 {
		title = c.T("xor.morphed")
	}
	region.Label(sub, c, title, s.plane.Rect.X+c.Px(14), s.plane.Rect.Y+c.Px(10), ui.FitText(title, c.Px(19), s.plane.Rect.W-c.Px(28)), th.Text, ui.AlignLeft)
}

// lineLabel writes "z_j" by hidden unit j's line, on its positive side,
// at the first of a few places along the line where it covers no label
// already written (boxes, n of them so far); it returns the new count.
func (s *Scene) lineLabel(dst *ebiten.Image, c *ui.Context, seg region.Segment, w [2]float64, j int, boxes []ui.Rect, n int) int {
	norm := math.Hypot(w[0], w[1])
	ux, uy := w[0]/norm, -w[1]/norm
	at := tickAt(j, s.net().H)
	px := c.Px(20)
	label := "z_{" + itoa(j+1) + "}"
	lw, lh := ui.MeasureText(label, px)
	for _, f := range [...]float64{at, at + 0.12, at - 0.12, at + 0.24, at - 0.24} {
		mx, my := seg.X0+(seg.X1-seg.X0)*f, seg.Y0+(seg.Y1-seg.Y0)*f
		lx, ly := mx+ux*c.Px(46), my+uy*c.Px(46)-px*0.6
		box := ui.Rect{X: lx - lw/2 - px*0.25, Y: ly - px*0.15, W: lw + px*0.5, H: lh + px*0.1}
		if overlaps(box, boxes[:n]) || !s.plane.Rect.Contains(lx, ly+lh/2) {
			continue
		}
		region.Label(dst, c, label, lx, ly, px, c.Theme.Hidden[j], ui.AlignCenter)
		boxes[n] = box
		return n + 1
	}
	return n
}

// tickAt is where along hidden unit j's line (of h) its arrow and label
// go: spread out so that the units' marks do not pile up.
func tickAt(j, h int) float64 { return 0.3 + 0.4*float64(j)/float64(max(h-1, 1)) }

func itoa(i int) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	return "?"
}
