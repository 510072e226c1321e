package xor

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
	"github.com/neurona/neurona/scenes/ui/region"
	"github.com/neurona/neurona/scenes/xor/model"
)

// Draw implements ui.Scene. The still parts (the input plane's grid, the
// hidden-space plot's title and background) come from a layer redrawn
// only when they change; the planes are drawn anew over it; the loss
// curve and the panel come from layers of their own (caches.go).
func (s *Scene) Draw(dst *ebiten.Image, c *ui.Context) {
	s.drawStillLayer(dst, c)
	s.drawInput(dst, c)
	s.drawHidden(dst, c)
	s.drawNumbers(dst, c)
}

// drawStillLayer refreshes the still layer if what it shows changed,
// copies it to dst and reports its labels.
func (s *Scene) drawStillLayer(dst *ebiten.Image, c *ui.Context) {
	s.still.RefreshReported(c, s.stillKey(), func(img *ebiten.Image, lc *ui.Context) {
		s.stillDraws++
		s.drawStill(img, lc)
	})
	s.still.Draw(dst)
	s.still.Report(c)
}

// stillKey is what the still layer shows, besides the context's geometry,
// theme and language.
type stillKey struct {
	in, hid ui.Rect
	inView  [3]float64 // the input plane's window: centre and half width
	hidView [3]float64 // hidden space's
	grid    bool       // the input plane's grid (not while morphing)
	data    uint64     // the points' version: the axis names keep clear of them
}

func (s *Scene) stillKey() stillKey {
	return stillKey{
		in: s.plane.Rect, hid: s.zplane.Rect,
		inView:  [3]float64{s.plane.CX, s.plane.CY, s.plane.Half},
		hidView: [3]float64{s.zplane.CX, s.zplane.CY, s.zplane.Half},
		grid:    s.v.t == 0,
		data:    s.data.Version(),
	}
}

// drawStill draws the still layer: the input plane's grid with its axis
// names clear of the points (or, while morphing, its bare background),
// and hidden space's title and background.
func (s *Scene) drawStill(dst *ebiten.Image, c *ui.Context) {
	if s.v.t == 0 {
		s.plane.DrawGridAvoiding(dst, c, s.data.Points())
	}
	r := s.zplane.Rect
	if r.W < c.Px(60) || r.H < c.Px(60) {
		return
	}
	title := c.T("xor.hidden")
	px := ui.FitText(title, c.Px(19), r.W)
	ui.DrawText(dst, title, r.X, r.Y-c.Px(28), px, c.Theme.Text, ui.AlignLeft)
	w, h := ui.MeasureText(title, px)
	c.Layout().AddLabel(title, place.BoxAt(r.X, r.Y-c.Px(28), w, h))
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
	sub := s.inClip.Of(dst, s.plane.Rect)
	if t < 1 {
		ui.DrawField(sub, &s.plane, s.field, s.style)
	}

	// The input plane's own drawing fades out during the first stage.
	if k := 1 - 2*t; k > 0 {
		region.Hatch(sub, s.v.inter, c.Px(18), c.Px(2), ui.WithAlpha(th.Accent, fade(0x68, k)))
		for j := range m.H {
			ui.Polygon(sub, s.v.strips[j], ui.WithAlpha(th.Hidden[j], fade(0x60, k)))
		}
		for j := range m.H {
			clr := ui.WithAlpha(th.Hidden[j], fade(0xff, k))
			region.DrawLine(sub, &s.plane, m.W1[j], m.B1[j], c.Px(3.5), clr, false, c.Px(26), tickAt(j, m.H))
		}
	}
	if t > 0 {
		ui.Trace(sub, s.v.grid, c.Px(1.6), ui.WithAlpha(th.Text, fade(0xb0, 2*t)))
		for j := range mv.units {
			if len(mv.units[j]) >= 4 {
				ui.Trace(sub, mv.units[j], c.Px(3), ui.WithAlpha(th.Hidden[j], fade(0xff, 2*t)))
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
		s.v.inLabels.draw(sub, c)
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
	c.Layout().Add(mv.pl)
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
// output unit's line and region, its frame and axes, and the labels
// placeHidden placed (ticks, axis names, which XOR inputs land where).
func (s *Scene) drawHidden(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	m := s.net()
	p := &s.zplane
	r := p.Rect
	if r.W < c.Px(60) || r.H < c.Px(60) {
		return
	}
	sub := s.hidClip.Of(dst, r)
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
	if m.H == 2 {
		region.DrawLine(sub, p, [2]float64{m.W2[0], m.W2[1]}, m.B2, c.Px(3), th.Line, false, c.Px(22), 0.5)
	}
	rad := ui.PointRadius(c, s.data.Len())
	s.marks.Draw(sub, s.v.zpts, s.data.Points(), rad, th)
	s.v.hidLabels.draw(sub, c)
}

// inputName writes an input of the XOR table as "(0,1)".
func inputName(x [2]float64) string {
	return "(" + ui.Num(x[0]) + "," + ui.Num(x[1]) + ")"
}
