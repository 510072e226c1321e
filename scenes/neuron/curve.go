package neuron

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/neuron/model"
	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// yRange is the part of the output axis the curve's plot shows.
func yRange(act engine.Activation) (lo, hi float64, labels [2]string) {
	switch act {
	case engine.Sign:
		return -1.35, 1.35, [2]string{"−1", "1"}
	case engine.Arctan:
		return -1.9, 1.9, [2]string{"−π/2", "π/2"}
	case engine.Sigmoid:
		return -0.18, 1.18, [2]string{"0", "1"}
	}
	return -0.8, model.CurveRange + 0.4, [2]string{"0", fmt.Sprint(model.CurveRange)}
}

// curveLayer is the activation plot's still parts (its background, axes,
// scales and curve), drawn once per activation, size, theme and scale,
// and copied every frame under the probe's marks: the curve's hundreds
// of segments stroked every frame were a large part of a frame's time.
type curveLayer struct {
	img *ebiten.Image
	key curveKey
}

type curveKey struct {
	act   engine.Activation
	r     ui.Rect // the plot's size, and its position's fractions of a pixel
	theme string
	scale float64
}

// curveGeom is the activation plot's frame in screen pixels: its area and
// the maps from a potential and an output to the screen.
type curveGeom struct {
	area   ui.Rect
	lo, hi float64
	labels [2]string
}

func (g *curveGeom) sx(a float64) float64 {
	return g.area.X + (a+model.CurveRange)/(2*model.CurveRange)*g.area.W
}

func (g *curveGeom) sy(v float64) float64 {
	return g.area.Bottom() - (v-g.lo)/(g.hi-g.lo)*g.area.H
}

// curveGeometry lays the plot out in r; false when r is too small for it.
func curveGeometry(c *ui.Context, r ui.Rect, act engine.Activation) (curveGeom, bool) {
	fs := c.Px(ui.TextMin)
	g := curveGeom{area: ui.Rect{X: r.X + c.Px(44), Y: r.Y + c.Px(4), W: r.W - c.Px(52), H: r.H - fs*1.5}}
	g.lo, g.hi, g.labels = yRange(act)
	return g, g.area.W >= c.Px(60) && g.area.H >= c.Px(40)
}

// outputBounds are the outputs the activation tends to at ±∞ (ReLU's top
// at the plot's edge), where the plot's dashed line and scales go.
func outputBounds(act engine.Activation) (top, bot float64) {
	switch act {
	case engine.Arctan:
		return math.Pi / 2, -math.Pi / 2
	case engine.Sigmoid:
		return 1, 0
	case engine.ReLU:
		return model.CurveRange, 0
	}
	return 1, -1
}

// ticks calls at for each of the plot's scale numbers with its box.
func (g *curveGeom) ticks(c *ui.Context, act engine.Activation, at func(text string, b place.Box)) {
	fs := c.Px(ui.TextMin)
	top, bot := outputBounds(act)
	tick := func(text string, x, y float64, align ui.Align) {
		w, h := ui.MeasureText(text, fs)
		at(text, place.BoxAt(align.Left(x, w), y, w, h))
	}
	a := g.area
	tick(g.labels[1], a.X-c.Px(6), g.sy(top)-fs*0.6, ui.AlignRight)
	tick(g.labels[0], a.X-c.Px(6), g.sy(bot)-fs*0.6, ui.AlignRight)
	tick("−6", a.X, a.Bottom()+c.Px(2), ui.AlignLeft)
	tick("0", g.sx(0), a.Bottom()+c.Px(2), ui.AlignCenter)
	tick("6", a.Right(), a.Bottom()+c.Px(2), ui.AlignRight)
}

// refresh redraws the still parts when what they show changed.
func (l *curveLayer) refresh(c *ui.Context, r ui.Rect, act engine.Activation, curve []float64, scratch []float64) []float64 {
	local := ui.Rect{X: r.X - math.Floor(r.X), Y: r.Y - math.Floor(r.Y), W: r.W, H: r.H}
	k := curveKey{act: act, r: local, theme: c.Theme.Name, scale: c.Scale}
	if l.img != nil && k == l.key {
		return scratch
	}
	l.key = k
	w, h := max(1, int(math.Ceil(r.W+1))), max(1, int(math.Ceil(r.H+1)))
	if l.img == nil || l.img.Bounds().Dx() != w || l.img.Bounds().Dy() != h {
		if l.img != nil {
			l.img.Deallocate()
		}
		l.img = ebiten.NewImage(w, h)
	}
	l.img.Clear()
	g, ok := curveGeometry(c, local, act)
	if !ok {
		return scratch
	}
	dst, th, area := l.img, c.Theme, g.area
	ui.FillRect(dst, area, th.Background)
	half := area.W / 2
	ui.FillRect(dst, ui.Rect{X: area.X, Y: area.Y, W: half, H: area.H}, ui.WithAlpha(th.ClassNeg, 0x30))
	ui.FillRect(dst, ui.Rect{X: area.X + half, Y: area.Y, W: half, H: area.H}, ui.WithAlpha(th.ClassPos, 0x30))
	ui.StrokeRect(dst, area, c.Px(1), th.PanelEdge)
	ui.Line(dst, area.X, g.sy(0), area.Right(), g.sy(0), c.Px(1.5), th.Axis)
	ui.Line(dst, g.sx(0), area.Y, g.sx(0), area.Bottom(), c.Px(1.5), th.Axis)
	top, _ := outputBounds(act)
	ui.DashedLine(dst, area.X, g.sy(top), area.Right(), g.sy(top), c.Px(1), c.Px(4), th.Grid)
	fs := c.Px(ui.TextMin)
	g.ticks(c, act, func(text string, b place.Box) {
		ui.DrawText(dst, text, b.X0, b.Y0, fs, th.TextDim, ui.AlignLeft)
	})
	scratch = g.curvePoints(scratch[:0], curve)
	ui.Polyline(dst, scratch, c.Px(3), th.Line)
	return scratch
}

// curvePoints appends the curve's screen points to dst.
func (g *curveGeom) curvePoints(dst, curve []float64) []float64 {
	for i := 0; i+1 < len(curve); i += 2 {
		dst = append(dst, g.sx(curve[i]), g.sy(math.Max(g.lo, math.Min(g.hi, curve[i+1]))))
	}
	return dst
}

// drawCurvePicture draws the activation plot's still parts in r: σ(a)
// for a in ±model.CurveRange, its axes and scales, from the cached layer.
func (s *Scene) drawCurvePicture(dst *ebiten.Image, c *ui.Context, r ui.Rect) {
	if _, ok := curveGeometry(c, r, s.n.Act); !ok {
		return
	}
	// scratch is a drawing buffer, reused so a frame allocates nothing.
	s.scratch = s.curveImg.refresh(c, r, s.n.Act, s.curve, s.scratch)
	op := &s.curveOp
	op.GeoM.Reset()
	op.GeoM.Translate(math.Floor(r.X), math.Floor(r.Y))
	if s.curveImg.img != nil {
		dst.DrawImage(s.curveImg.img, op)
	}
}

// drawCurve marks the probe's a_k on the activation plot in r (drawn
// under it by drawCurvePicture) and names its axes clear of the mark.
func (s *Scene) drawCurve(dst *ebiten.Image, c *ui.Context, r ui.Rect) {
	th := c.Theme
	fs := c.Px(ui.TextMin)
	g, ok := curveGeometry(c, r, s.n.Act)
	if !ok {
		return
	}

	// The names a_k and σ(a_k) are placed inside the plot clear of the
	// curve, the axes, the probe's dot and the scales (a_k once touched
	// the tick 6).
	area := g.area
	pl := &s.curvePl
	pl.Reset(area.Inset(c.Px(2)).Box())
	pl.Gap, pl.Pad, pl.Rings = c.Px(place.DefaultGap), c.Px(place.DefaultPad), place.DefaultRings
	g.ticks(c, s.n.Act, func(text string, b place.Box) { pl.AddLabel(text, b) })
	s.scratch = g.curvePoints(s.scratch[:0], s.curve)
	for i := 2; i+1 < len(s.scratch); i += 2 {
		pl.AddSegment(place.Point{X: s.scratch[i-2], Y: s.scratch[i-1]}, place.Point{X: s.scratch[i], Y: s.scratch[i+1]})
	}
	pl.AddSegment(place.Point{X: area.X, Y: g.sy(0)}, place.Point{X: area.Right(), Y: g.sy(0)})
	pl.AddSegment(place.Point{X: g.sx(0), Y: area.Y}, place.Point{X: g.sx(0), Y: area.Bottom()})

	a := s.n.Potential(s.probe)
	v := s.n.Act.F(a)
	ac := math.Max(-model.CurveRange, math.Min(model.CurveRange, a))
	mx, my := g.sx(ac), g.sy(math.Max(g.lo, math.Min(g.hi, v)))
	s.dashes(dst, mx, g.sy(0), my, c.Px(2), c.Px(4), th.Accent)
	if ac != a { // off the plot: an arrow at the edge says which way
		dir := math.Copysign(1, a)
		ui.Arrow(dst, mx-dir*c.Px(18), my, mx, my, c.Px(3), c.Px(10), th.Accent)
	} else {
		ui.Circle(dst, mx, my, c.Px(7), th.Accent)
		ui.Ring(dst, mx, my, c.Px(7), c.Px(1.5), th.Outline)
		pl.AddMarker(mx, my, c.Px(7))
	}
	pl.AddSegment(place.Point{X: mx, Y: g.sy(0)}, place.Point{X: mx, Y: my})
	names := [2]struct {
		text string
		at   place.Point
	}{{"a_{k}", place.Point{X: area.Right() - c.Px(4), Y: g.sy(0)}}, {"σ(a_{k})", place.Point{X: g.sx(0), Y: area.Y + c.Px(4)}}}
	for _, name := range names {
		at := ui.PlaceText(pl, name.text, place.Box{X0: name.at.X, Y0: name.at.Y, X1: name.at.X, Y1: name.at.Y}, fs, 0)
		ui.DrawPlaced(dst, c, at, fs, 0, th.TextDim, color.RGBA{})
	}
	c.Layout().Add(pl)
}

// dashes draws a vertical dashed line from (x, y0) to (x, y1) as
// ui.DashedLine does, but as one draw call: a dash a call was some twenty
// calls a frame, redrawn whenever the potential moves.
func (s *Scene) dashes(dst *ebiten.Image, x, y0, y1, w, dash float64, clr color.Color) {
	l := math.Abs(y1 - y0)
	if !(l > 0) || !(dash > 0) {
		return
	}
	dir := math.Copysign(1, y1-y0)
	m := &s.marks
	m.Reset()
	for d := 0.0; d < l; d += 2 * dash {
		e := math.Min(d+dash, l)
		m.Add(x, y0+dir*d, x, y0+dir*e, w)
	}
	m.Draw(dst, clr)
}
