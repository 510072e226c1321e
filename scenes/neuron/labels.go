package neuron

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/scenes/ui"
	"github.com/neurona/neurona/scenes/ui/place"
)

// probeRadius is the radius of the probe's ring; its crosshair's arms
// reach probeRadius + 12 layout units.
func probeRadius(c *ui.Context) float64 { return c.Px(9) }

// drawLabels places and draws the plane's labels — θ's value by its tip,
// "a = 0" along the line, "a > 0" and "a < 0" on its two sides — with the
// shared placer, so that none covers a point, the line, θ's arrow, the
// probe or another label, and adds them with the points to the frame's
// layout report.
func (s *Scene) drawLabels(dst *ebiten.Image, c *ui.Context) {
	th := c.Theme
	pl := &s.placer
	pl.Reset(s.plane.Rect.Inset(c.Px(4)).Box())
	pl.Gap, pl.Pad, pl.Rings = c.Px(place.DefaultGap), c.Px(place.DefaultPad), place.DefaultRings
	pts := s.data.Points()
	r := ui.PointRadius(c, len(pts))
	for _, p := range pts {
		x, y := s.plane.ToScreen(p.X)
		pl.AddMarker(x, y, r)
	}
	for _, b := range s.grid.boxes { // the grid's labels, kept with its layer (Draw drew it first)
		pl.AddBox(b)
	}
	px, py := s.plane.ToScreen(s.probe)
	pl.AddBox(place.Around(px, py, probeRadius(c)+c.Px(12)))

	var tip place.Point
	hasTheta := s.n.Theta != [2]float64{}
	if hasTheta {
		ox, oy := s.plane.ToScreen([2]float64{})
		tx, ty := s.tipScreen()
		if !s.plane.Rect.Contains(tx, ty) {
			tx, ty = toEdge(s.plane.Rect.Inset(c.Px(4)), ox, oy, tx, ty)
		}
		tip = place.Point{X: tx, Y: ty}
		pl.AddSegment(place.Point{X: ox, Y: oy}, tip)
	}
	seg := s.line()
	var line [2]place.Point
	if seg.OK {
		line = [2]place.Point{{X: seg.X0, Y: seg.Y0}, {X: seg.X1, Y: seg.Y1}}
		pl.AddSegment(line[0], line[1])
	}

	size := c.Px(ui.TextNumber)
	pad := size * 0.25
	plate := ui.WithAlpha(th.Panel, 0xd0)
	if hasTheta {
		label := s.text.Shown().theta
		// Its usual place is beyond the tip, on the arrow's line, where it
		// covers neither the arrow nor (usually) the line a = 0.
		w, h := ui.MeasureText(label, size)
		w, h = w+2*pad, h+2*pad
		ox, oy := s.plane.ToScreen([2]float64{})
		l := math.Max(math.Hypot(tip.X-ox, tip.Y-oy), 1e-9)
		ux, uy := (tip.X-ox)/l, (tip.Y-oy)/l
		cx, cy := tip.X+ux*(c.Px(22)+w/2), tip.Y+uy*(c.Px(22)+h/2)
		b := s.plane.Rect.Inset(c.Px(6)).Box()
		cx = math.Max(b.X0+w/2, math.Min(b.X1-w/2, cx))
		cy = math.Max(b.Y0+h/2, math.Min(b.Y1-h/2, cy))
		at, sz, pd, ok := place.Placed{}, size, pad, true
		if b := place.BoxAt(cx-w/2, cy-h/2, w, h); pl.Clear(b) {
			at = pl.Prefer(label, b, b)
		} else {
			// θ's value names the arrow: at a large zoom or on a small
			// window it shrinks (never under the legible minimum) rather
			// than cover data; where even that finds no free place, the
			// arrow keeps its name alone (the panel shows θ₁ and θ₂).
			around := place.Around(tip.X, tip.Y, c.Px(14))
			if at, sz, pd, ok = ui.TryTextFit(pl, label, around, size, c.LegiblePx(), pad); !ok {
				at, sz, pd, ok = ui.TryTextFit(pl, "θ", around, size, c.LegiblePx(), pad)
			}
		}
		if ok {
			ui.DrawPlaced(dst, c, at, sz, pd, th.Normal, plate)
		}
	}
	if seg.OK {
		at, sz, pd := ui.PlaceOnLineFit(pl, "a = 0", line[:], 0.82, size, c.LegiblePx(), pad)
		ui.DrawPlaced(dst, c, at, sz, pd, th.Line, plate)
		// "a > 0" on the side θ points to, "a < 0" on the other, a little
		// way along the line from its first end, each kept inside the
		// half-plane it names (at a large zoom the nearest free place may
		// be across the line).
		norm := math.Hypot(s.n.Theta[0], s.n.Theta[1])
		ux, uy := s.n.Theta[0]/norm, -s.n.Theta[1]/norm
		mx, my := seg.X0+(seg.X1-seg.X0)*0.18, seg.Y0+(seg.Y1-seg.Y0)*0.18
		off := c.Px(30)
		for _, side := range [2]struct {
			text string
			k    float64
		}{{"a > 0", 1}, {"a < 0", -1}} {
			a := place.Point{X: mx + side.k*ux*off, Y: my + side.k*uy*off}
			pl.Side = s.sideOf(side.k)
			at, sz, pd := ui.PlaceTextFit(pl, side.text, place.Box{X0: a.X, Y0: a.Y, X1: a.X, Y1: a.Y}, size, c.LegiblePx(), pad)
			pl.Side = place.HalfPlane{}
			ui.DrawPlaced(dst, c, at, sz, pd, th.Text, plate)
		}
	}
	c.Layout().Add(pl)
}

// sideOf is the half-plane, in screen coordinates, where the potential
// a = θ·x + b has the sign of k: the plane maps the screen to data
// affinely, so a is an affine function of the screen point.
func (s *Scene) sideOf(k float64) place.HalfPlane {
	at := func(x, y float64) float64 { return k * s.n.Potential(s.plane.DataAt(x, y)) }
	c := at(0, 0)
	return place.HalfPlane{A: at(1, 0) - c, B: at(0, 1) - c, C: c, Set: true}
}
