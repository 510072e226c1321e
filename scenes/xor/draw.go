package xor

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/region"
	"github.com/neurona/neurona/scenes/xor/model"
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
// the points. While morphing (model.Morphed), the grid carried along in
// two stages, the affine map and then the squashing, with the axes of the
// space shown (a₁, a₂ after the first stage, z₁, z₂ at the end), each
// hidden unit's line carried along, the output unit's line once in hidden
// space, and a caption naming the stage.
func (s *Scene) drawInput(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	m := s.net()
	t := s.v.t
	mv := &s.v.morph
	if t == 0 {
		s.plane.DrawGrid(dst, c)
	} else {
		ui.FillRect(dst, s.plane.Rect, th.Background)
	}
	sub := clip(dst, s.plane.Rect)
	if t < 1 {
		ui.DrawField(sub, &s.plane, s.field, s.style)
	}

	// The input plane's own drawing fades out during the first stage.
	if k := 1 - 2*t; k > 0 {
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
		for j := range mv.units {
			if len(mv.units[j]) >= 4 {
				ui.Polyline(sub, mv.units[j], c.Px(3), ui.WithAlpha(th.Hidden[j], fade(0xff, 2*t)))
			}
		}
		s.drawMorphAxes(dst, c)
		if m.H >= 2 && mv.stage == 2 {
			w, b := model.OutputLineInFrame(m)
			region.DrawLine(sub, &s.plane, w, b, c.Px(3.5), ui.WithAlpha(th.Line, fade(0xff, mv.k)), false, c.Px(26), 0.5)
		}
	}
	r := ui.PointRadius(c, s.data.Len())
	s.marks.Draw(sub, s.v.pts, s.data.Points(), r, th)
	if t == 0 {
		title := c.T("xor.input")
		region.Label(sub, c, title, s.plane.Rect.X+c.Px(14), s.plane.Rect.Y+c.Px(10), ui.FitText(title, c.Px(19), s.plane.Rect.W-c.Px(28)), th.Text, ui.AlignLeft)
		return
	}
	// The caption naming the stage, where the placer put it.
	b := ui.BoxRect(mv.capBox)
	ui.FillRect(sub, b, ui.WithAlpha(th.Panel, 0xe0))
	px := c.Px(morphCapSize)
	for i, l := range mv.capText {
		clr := th.Text
		if i > 0 {
			clr = th.TextDim
		}
		ui.DrawText(sub, l, b.X+c.Px(5), b.Y+c.Px(3)+float64(i)*px*1.3, ui.FitText(l, px, b.W-c.Px(10)), clr, ui.AlignLeft)
	}
}

// drawMorphAxes draws the frame the shown space is drawn in (the unit
// square of the input plane) with the axis names and ticks of that space:
// the ticks fade in as the stage's motion ends, where they are exact.
func (s *Scene) drawMorphAxes(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	mv := &s.v.morph
	t := s.v.t
	x0, y0 := s.plane.ToScreen([2]float64{0, 1})
	x1, y1 := s.plane.ToScreen([2]float64{1, 0})
	ui.StrokeRect(dst, ui.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, c.Px(2), ui.WithAlpha(th.Axis, fade(0xff, 2*t)))
	// The ticks read the shown space only where a stage ends: they
	// appear over its last fifth.
	tickClr := ui.WithAlpha(th.TextDim, fade(0xff, 5*mv.k-4))
	for _, tk := range mv.ticks {
		ui.DrawText(dst, tk.text, tk.box.X0, tk.box.Y0, c.Px(morphTickSize), tickClr, ui.AlignLeft)
	}
	for i, name := range mv.names {
		b := mv.nameBox[i]
		ui.DrawText(dst, name, b.X0, b.Y0, c.Px(morphNameSize), th.Hidden[i], ui.AlignLeft)
	}
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

// zView sets the hidden-space plot's window for the activation: the square
// hidden outputs live in, with a margin.
func zView(p *ui.Plane, act engine.Activation) {
	lo, hi := model.HiddenRange(act)
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
	lo, hi := model.HiddenRange(m.Hidden)
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
