package ui

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/neurona/neurona/engine"
	"github.com/neurona/neurona/scenes/ui/place"
)

// Plane maps data coordinates (x₁ right, x₂ up) to a square-scaled region
// of the screen and draws the grid, the axes and the points. One unit is the
// same length along both axes, so angles (θ ⟂ the line) look right.
//
// A plane with YHalf > 0 is stretched instead, as a graph of y against x
// is: Half is then half the horizontal data extent and YHalf half the
// vertical one, each filling its side, so data whose x and y have
// different ranges fill the view.
type Plane struct {
	Rect       Rect    // the screen area of the plane
	CX, CY     float64 // data coordinates of the centre
	Half       float64 // half the data extent of the shorter side (horizontal if stretched)
	YHalf      float64 // half the vertical data extent of a stretched plane; 0 for a square one
	XName      string  // the horizontal axis's label; "" for x₁
	YName      string  // the vertical axis's label; "" for x₂
	unit       float64 // screen pixels per data unit (horizontally, if stretched)
	unitY      float64 // screen pixels per data unit vertically
	ox, oy     float64 // screen position of the data origin
	XMin, XMax float64 // visible data range, horizontally
	YMin, YMax float64 // visible data range, vertically
}

// NewPlane returns a plane centred on (cx, cy) showing at least ±half
// data units along its shorter side.
func NewPlane(cx, cy, half float64) Plane { return Plane{CX: cx, CY: cy, Half: half} }

// Layout places the plane in r (screen pixels) and updates the transform.
func (p *Plane) Layout(r Rect) {
	p.Rect = r
	if p.Half <= 0 {
		p.Half = 1
	}
	short := math.Max(1, math.Min(r.W, r.H))
	p.unit = short / (2 * p.Half)
	p.unitY = p.unit
	if p.YHalf > 0 {
		p.unit = math.Max(1, r.W) / (2 * p.Half)
		p.unitY = math.Max(1, r.H) / (2 * p.YHalf)
	}
	p.ox = r.X + r.W/2 - p.CX*p.unit
	p.oy = r.Y + r.H/2 + p.CY*p.unitY
	p.XMin, p.YMax = p.ToData(r.X, r.Y)
	p.XMax, p.YMin = p.ToData(r.Right(), r.Bottom())
}

// Unit is the number of screen pixels per data unit (horizontally, on a
// stretched plane).
func (p *Plane) Unit() float64 { return p.unit }

// UnitY is the number of screen pixels per data unit vertically: Unit
// unless the plane is stretched.
func (p *Plane) UnitY() float64 { return p.unitY }

// ToScreen converts a data point to screen pixels.
func (p *Plane) ToScreen(x [2]float64) (float64, float64) {
	return p.ox + x[0]*p.unit, p.oy - x[1]*p.unitY
}

// ToData converts screen pixels to data coordinates.
func (p *Plane) ToData(sx, sy float64) (float64, float64) {
	if p.unit == 0 || p.unitY == 0 {
		return 0, 0
	}
	return (sx - p.ox) / p.unit, (p.oy - sy) / p.unitY
}

// Nearest returns the index of the point of pts whose marker is nearest
// the screen position (sx, sy), if it is within r pixels, and −1
// otherwise; on ties the later point (drawn on top) wins. Distances are
// measured on screen, so a stretched plane picks what the eye sees.
func (p *Plane) Nearest(pts []engine.Point, sx, sy, r float64) int {
	best, bestD := -1, math.Inf(1)
	if !(r >= 0) {
		return -1
	}
	for i, pt := range pts {
		x, y := p.ToScreen(pt.X)
		if d := math.Hypot(x-sx, y-sy); d <= r && d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

// DataAt is ToData returning a vector.
func (p *Plane) DataAt(sx, sy float64) [2]float64 {
	x, y := p.ToData(sx, sy)
	return [2]float64{x, y}
}

// Clamp returns x moved inside the visible range.
func (p *Plane) Clamp(x [2]float64) [2]float64 {
	return [2]float64{math.Max(p.XMin, math.Min(p.XMax, x[0])), math.Max(p.YMin, math.Min(p.YMax, x[1]))}
}

// niceStep returns a grid spacing of 1, 2 or 5 × 10ⁿ giving about n lines
// across span.
func niceStep(span, n float64) float64 {
	raw := span / n
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}

// DrawGrid draws the background, the grid, the axes with their labels x₁
// and x₂, and tick numbers.
func (p *Plane) DrawGrid(dst *ebiten.Image, c *Context) { p.DrawGridAround(dst, c, nil) }

// DrawGridAround is DrawGrid for a plane that will show pts: the axis
// names move along their axes where they would cover one of the points.
func (p *Plane) DrawGridAround(dst *ebiten.Image, c *Context, pts []engine.Point) {
	p.drawGrid(dst, c, pts, false, nil)
}

// DrawGridAvoiding is DrawGridAround whose tick numbers keep clear of pts
// too: a number that would cover a point's marker goes to the other side
// of its axis, or is left out when that side is covered as well (the grid
// line still marks the value).
//
// Not inlined (bundle size): called once per frame or step at most, not per
// point; a copy of its body at each call site grew the web bundle.
//
//go:noinline
func (p *Plane) DrawGridAvoiding(dst *ebiten.Image, c *Context, pts []engine.Point) {
	p.drawGrid(dst, c, pts, true, nil)
}

// DrawGridClearOf is DrawGridAvoiding for a scene that placed its labels
// (with pl) before drawing the grid: a tick number gives way to them too,
// and to anything else pl holds but lines (the markers and fixed boxes).
func (p *Plane) DrawGridClearOf(dst *ebiten.Image, c *Context, pts []engine.Point, pl *place.Placer) {
	p.drawGrid(dst, c, pts, true, pl)
}

// drawGrid draws the grid, the axes, their tick numbers and names, and
// adds the numbers and names to the frame's layout report: they are
// labels like any other, which must not cover a point or each other.
func (p *Plane) drawGrid(dst *ebiten.Image, c *Context, pts []engine.Point, avoid bool, pl *place.Placer) {
	th := c.Theme
	FillRect(dst, p.Rect, th.Background)
	// The grid's lines are one draw call, the axes another and the
	// numbers and names a third (Line and DrawText a piece were some
	// twenty calls, in every frame of a scene that draws its grid live):
	// the same quads and glyphs, in the same order.
	g := &gridLines
	g.Reset()
	step, ystep := p.gridSteps()
	for x := math.Ceil(p.XMin/step) * step; x <= p.XMax; x += step {
		sx, _ := p.ToScreen([2]float64{x, 0})
		g.AddLine(sx, p.Rect.Y, sx, p.Rect.Bottom(), 1)
	}
	for y := math.Ceil(p.YMin/ystep) * ystep; y <= p.YMax; y += ystep {
		_, sy := p.ToScreen([2]float64{0, y})
		g.AddLine(p.Rect.X, sy, p.Rect.Right(), sy, 1)
	}
	g.Draw(dst, th.Grid)
	g.Reset()
	ax, ay := p.axes()
	g.AddLine(p.Rect.X, ay, p.Rect.Right(), ay, c.Px(1.5))
	g.AddLine(ax, p.Rect.Y, ax, p.Rect.Bottom(), c.Px(1.5))
	g.Draw(dst, th.Axis)
	names := p.AxisLabels(c, pts)
	fs := c.Px(TextMin)
	rep := c.Layout()
	p.eachTick(c, pts, names, avoid, pl, func(t string, b place.Box) {
		RowText(dst, t, b.X0, b.Y0, fs, th.TextDim, AlignLeft)
		rep.AddLabel(t, b)
	})
	for _, a := range names {
		RowText(dst, a.Text, a.Box.X0, a.Box.Y0, axisNamePx(c, a.Box), th.TextDim, AlignLeft)
		rep.AddLabel(a.Text, a.Box)
	}
	DrawRow(dst)
}

// axisNamePx is the text size of an axis name in box b: 18 px, or smaller
// where AxisLabels shrank the box to fit.
func axisNamePx(c *Context, b place.Box) float64 {
	px := c.Px(18)
	if _, h := MeasureText("x₁", px); h > 0 && b.H() < h-0.5 {
		px *= b.H() / h
	}
	return px
}

// gridLines is drawGrid's batch of lines (drawing happens on one
// goroutine).
var gridLines Segments

// gridSteps are the spacings of the grid's vertical and horizontal lines.
func (p *Plane) gridSteps() (step, ystep float64) {
	step = niceStep(p.XMax-p.XMin, 8)
	ystep = step
	if p.YHalf > 0 {
		ystep = niceStep(p.YMax-p.YMin, 8*p.Rect.H/math.Max(p.Rect.W, 1))
	}
	return step, ystep
}

// axes are where the axes are drawn: the screen x of the vertical axis
// and the screen y of the horizontal one, at the plane's edge when the
// origin is outside it.
func (p *Plane) axes() (ax, ay float64) {
	ax, ay = p.ToScreen([2]float64{0, 0})
	ax = math.Max(p.Rect.X, math.Min(p.Rect.Right()-1, ax))
	ay = math.Max(p.Rect.Y, math.Min(p.Rect.Bottom()-1, ay))
	return ax, ay
}

// TickLabels returns where DrawGridAvoiding writes the tick numbers for a
// plane that shows pts.
func (p *Plane) TickLabels(c *Context, pts []engine.Point) []place.Placed {
	var out []place.Placed
	p.eachTick(c, pts, p.AxisLabels(c, pts), true, nil, func(t string, b place.Box) {
		out = append(out, place.Placed{Text: t, Box: b, Free: true})
	})
	return out
}

// GridLabels returns the labels the grid writes for a plane that shows
// pts: the axis names (as AxisLabels) and the tick numbers (as
// TickLabels, where DrawGridAvoiding writes them). A scene's placer takes their boxes as obstacles, so that
// its labels keep clear of the grid's. The slice is valid until the next
// call.
func (p *Plane) GridLabels(c *Context, pts []engine.Point) []place.Placed {
	names := p.AxisLabels(c, pts)
	out := append(gridLabels[:0], names[0], names[1])
	p.eachTick(c, pts, names, true, nil, func(t string, b place.Box) {
		out = append(out, place.Placed{Text: t, Box: b, Free: true})
	})
	gridLabels = out
	return out
}

// gridLabels is GridLabels's result, kept between calls (placers ask
// every frame).
var gridLabels []place.Placed

// tickBoxes holds the boxes of the tick numbers placed so far in a call of
// eachTick, and tickSlots the numbers with their places (both kept between
// calls: the grid is drawn every frame).
var (
	tickBoxes []place.Box
	tickSlots []tickSlot
)

// tickSlot is one tick number and the places eachTick tries for it, in
// order: its own place, the other side of its axis, beside the point that
// covers its own place, and the plane's edge.
type tickSlot struct {
	text   string
	places [4]place.Box
	done   bool
}

// eachTick calls f with each tick number the grid writes and its box: the
// horizontal axis's below it, the vertical axis's left of it. A number
// that would stick out of the plane (cut at its edge, or over what lies
// beside it), cover one of pts (with avoid), an axis name or a number
// already placed (or come closer to one than half its height: "1 1.5"
// reads as "11.5") goes to the other side of its axis. Every number tries
// those two places before any tries the next ones, so that a number the
// data displaces does not take a neighbour's place: when both sides are
// taken (a point on the axis at the tick, as XOR's (1, 0)), beside that
// point (when a point covers the first place) on its first side, just
// past its marker (right of it for x, above it for y); then to the plane's
// edge (the bottom for x, the left for y: where a chart writes its scale,
// so an axis crowded by the data still shows its numbers), or is left out
// when that is taken as well (its grid line still marks the value); so
// does a number that would cover what pl (if not nil) holds. (At the edge
// alone, XOR's "1" read as a stray label, and lines drawn over the grid
// cut it.)
func (p *Plane) eachTick(c *Context, pts []engine.Point, names [2]place.Placed, avoid bool, pl *place.Placer, f func(t string, b place.Box)) {
	fs := c.Px(TextMin)
	placed, gap := tickBoxes[:0], fs/2
	taken := func(b place.Box) bool {
		if !b.Inside(p.Rect.Box()) || b.Overlaps(names[0].Box) || b.Overlaps(names[1].Box) || (avoid && p.covers(c, b, pts)) || (pl != nil && pl.Occupied(b)) {
			return true
		}
		spaced := b.Grow(gap)
		for _, q := range placed {
			if spaced.Overlaps(q) {
				return true
			}
		}
		return false
	}
	slots := p.tickSlots(c, pts, avoid, tickSlots[:0])
	for _, tries := range [2][2]int{{0, 2}, {2, 4}} {
		for i := range slots {
			sl := &slots[i]
			for _, b := range sl.places[tries[0]:tries[1]] {
				if !sl.done && !taken(b) {
					sl.done = true
					placed = append(placed, b)
					f(sl.text, b)
				}
			}
		}
	}
	tickBoxes, tickSlots = placed[:0], slots[:0]
}

// tickSlots appends to dst the grid's tick numbers with the places
// eachTick tries for each, and returns dst.
func (p *Plane) tickSlots(c *Context, pts []engine.Point, avoid bool, dst []tickSlot) []tickSlot {
	step, ystep := p.gridSteps()
	fs := c.Px(TextMin)
	ax, ay := p.axes()
	edgeGap := c.Px(4)
	past := PointRadius(c, len(pts)) + c.Px(3) // from a point's centre to clear of its marker
	for x := math.Ceil(p.XMin/step) * step; x <= p.XMax-step/2; x += step {
		if math.Abs(x) < step/2 {
			continue
		}
		sx, _ := p.ToScreen([2]float64{x, 0})
		t := tick(x)
		w, h := MeasureText(t, fs)
		b := place.BoxAt(sx-w/2, ay+c.Px(3), w, h)
		beside := b // taken already, unless a point sits on the tick
		if avoid && p.covers(c, b, pts) {
			beside = place.BoxAt(sx+past, ay+c.Px(3), w, h)
		}
		dst = append(dst, tickSlot{text: t, places: [4]place.Box{b, place.BoxAt(sx-w/2, ay-c.Px(3)-h, w, h), beside,
			place.BoxAt(sx-w/2, p.Rect.Bottom()-edgeGap-h, w, h)}})
	}
	for y := math.Ceil(p.YMin/ystep) * ystep; y <= p.YMax-ystep/2; y += ystep {
		if math.Abs(y) < ystep/2 {
			continue
		}
		_, sy := p.ToScreen([2]float64{0, y})
		t := tick(y)
		w, h := MeasureText(t, fs)
		b := place.BoxAt(ax-c.Px(4)-w, sy-fs*0.6, w, h)
		beside := b
		if avoid && p.covers(c, b, pts) {
			beside = place.BoxAt(ax-c.Px(4)-w, sy-past-h, w, h)
		}
		dst = append(dst, tickSlot{text: t, places: [4]place.Box{b, place.BoxAt(ax+c.Px(4), sy-fs*0.6, w, h), beside,
			place.BoxAt(p.Rect.X+edgeGap, sy-fs*0.6, w, h)}})
	}
	return dst
}

// covers reports whether box b covers the marker of one of pts.
func (p *Plane) covers(c *Context, b place.Box, pts []engine.Point) bool {
	r := PointRadius(c, len(pts))
	for _, pt := range pts {
		sx, sy := p.ToScreen(pt.X)
		if b.Overlaps(place.Around(sx, sy, r)) {
			return true
		}
	}
	return false
}

// AxisLabels returns where DrawGrid writes the axis names (x₁ and x₂
// unless XName and YName say otherwise): the horizontal one at the right
// end of its axis, above it, and the vertical one at the top of its axis,
// right of it; where that would cover one of pts, the name
// slides along its axis to the nearest free place. A scene's placer
// avoids them.
func (p *Plane) AxisLabels(c *Context, pts []engine.Point) [2]place.Placed {
	ax, ay := p.axes()
	n1, n2 := p.axisNames()
	w1, h := MeasureText(n1, c.Px(18))
	w2, _ := MeasureText(n2, c.Px(18))
	x1 := place.BoxAt(p.Rect.Right()-c.Px(8)-w1, ay-c.Px(24), w1, h)
	x2 := place.BoxAt(ax+c.Px(8), p.Rect.Y+c.Px(6), w2, h)
	out := [2]place.Placed{{Text: n1, Box: x1, Free: true}, {Text: n2, Box: x2, Free: true}}
	r := PointRadius(c, len(pts))
	covers := func(b place.Box) bool {
		for _, pt := range pts {
			sx, sy := p.ToScreen(pt.X)
			if b.Overlaps(place.Around(sx, sy, r)) {
				return true
			}
		}
		return false
	}
	// On a small plane at a large zoom the two names may meet: then they
	// are placed too, x₂'s clear of x₁'s.
	if !covers(x1) && !covers(x2) && !x1.Overlaps(x2) {
		return out
	}
	pl := place.New(p.Rect.Inset(c.Px(2)).Box())
	pl.Gap, pl.Pad = c.Px(place.DefaultGap), c.Px(place.DefaultPad)
	for _, pt := range pts {
		sx, sy := p.ToScreen(pt.X)
		pl.AddMarker(sx, sy, r)
	}
	xAxis := []place.Point{{X: p.Rect.Right(), Y: ay}, {X: p.Rect.X, Y: ay}}
	yAxis := []place.Point{{X: ax, Y: p.Rect.Y}, {X: ax, Y: p.Rect.Bottom()}}
	pl.AddSegment(xAxis[0], xAxis[1])
	pl.AddSegment(yAxis[0], yAxis[1])
	// In a crowded plane at a large zoom a name shrinks towards the
	// legible minimum before it covers a point (the axes are named
	// nowhere else).
	out[0] = placeAxisName(pl, n1, xAxis, c.Px(18), c.LegiblePx())
	out[1] = placeAxisName(pl, n2, yAxis, c.Px(18), c.LegiblePx())
	return out
}

// placeAxisName places an axis name beside its axis (the polyline from
// the axis's named end), shrinking it towards minPx; when no place beside
// the axis is free even then (points all along it), anywhere near the
// named end that is, and only failing that over the fewest points.
func placeAxisName(pl *place.Placer, name string, axis []place.Point, px, minPx float64) place.Placed {
	q, _, _ := fit(px, minPx, 0, func(sz, _ float64, last bool) (place.Placed, bool) {
		w, h := MeasureText(name, sz)
		if q, ok := pl.TryOnLine(name, axis, 0, w, h); ok || !last {
			return q, ok
		}
		if q, ok := pl.TryNear(name, place.Around(axis[0].X, axis[0].Y, 0), w, h); ok {
			return q, true
		}
		return pl.PlaceOnLine(name, axis, 0, w, h), true
	})
	return q
}

// axisNames are the names of the horizontal and vertical axes: XName and
// YName, or the plane of inputs' x₁ and x₂.
func (p *Plane) axisNames() (string, string) {
	xn, yn := p.XName, p.YName
	if xn == "" {
		xn = "x₁"
	}
	if yn == "" {
		yn = "x₂"
	}
	return xn, yn
}

// ReportPoints adds the markers of the points of pts inside the plane to
// the frame's layout report (Context.Layout), for the geometry tests;
// call it every frame the points are shown, even when they are drawn
// from a cached layer.
func (p *Plane) ReportPoints(c *Context, pts []engine.Point) {
	r := PointRadius(c, len(pts))
	for _, pt := range pts {
		sx, sy := p.ToScreen(pt.X)
		if p.Rect.Contains(sx, sy) {
			c.Layout().AddMarker(place.Around(sx, sy, r))
		}
	}
}

// tick writes a grid number with a true minus sign, as printed mathematics does.
func tick(v float64) string { return cached(ticks, maxTicks, v, tickText) }

// The tick numbers written so far (up to maxTicks of them): a plane
// writes the same few every frame, and formatting them made garbage.
const maxTicks = 1024

var ticks = map[float64]string{}

// tickText is tick without the cache.
func tickText(v float64) string {
	var s string
	if math.Abs(v-math.Round(v)) < 1e-9 {
		s = fmt.Sprintf("%.0f", v)
	} else {
		s = fmt.Sprintf("%g", math.Round(v*1000)/1000)
	}
	return strings.Replace(s, "-", "−", 1)
}

// MarkerRadius is the radius of a data point's marker, in screen pixels.
func (c *Context) MarkerRadius() float64 { return c.Px(7) }

// PointRadius is the marker radius for a set of n points: smaller for
// thousands, so that the cloud stays readable (and quick to draw).
func PointRadius(c *Context, n int) float64 {
	r := c.MarkerRadius()
	if n > 2000 {
		r = math.Max(c.Px(3), r*0.6)
	}
	return r
}

// DrawPoints draws every point with its class marker; beyond BulkMarkers
// points, as stamps (one batched draw per class, once per pixel: see
// stamps.go), so that the cost of a frame is bounded by the screen.
func (p *Plane) DrawPoints(dst *ebiten.Image, c *Context, pts []engine.Point) {
	r := PointRadius(c, len(pts))
	if len(pts) > BulkMarkers {
		xy := bulkXY[:0]
		for _, pt := range pts {
			sx, sy := p.ToScreen(pt.X)
			xy = append(xy, sx, sy)
		}
		drawMarkersBulk(dst, xy, pts, r, c.Theme)
		bulkXY = xy
		return
	}
	for _, pt := range pts {
		sx, sy := p.ToScreen(pt.X)
		if !p.Rect.Inset(-r).Contains(sx, sy) {
			continue
		}
		Marker(dst, sx, sy, r, pt.Y, c.Theme)
	}
}

// RingPoints rings each point of pts for which keep is true (Ring's r, w
// and c); beyond BulkMarkers rings, as stamps (see Rings).
func (p *Plane) RingPoints(dst *ebiten.Image, pts []engine.Point, keep func(engine.Point) bool, r, w float64, c color.Color) {
	xy := bulkXY[:0]
	for _, pt := range pts {
		if keep(pt) {
			sx, sy := p.ToScreen(pt.X)
			xy = append(xy, sx, sy)
		}
	}
	Rings(dst, xy, r, w, c)
	bulkXY = xy
}

// bulkXY is DrawPoints' reusable buffer of screen positions (drawing
// happens on one goroutine).
var bulkXY []float64

// DrawPointsMarked draws pts and a ring around pts[mark] (none if mark is
// out of range): the point a panel is explaining. The ring's radius is ring
// markers' radii and its line width pixels wide.
func (p *Plane) DrawPointsMarked(dst *ebiten.Image, c *Context, pts []engine.Point, mark int, ring, width float64) {
	p.DrawPoints(dst, c, pts)
	if mark >= 0 && mark < len(pts) {
		x, y := p.ToScreen(pts[mark].X)
		Ring(dst, x, y, c.MarkerRadius()*ring, width, c.Theme.Accent)
	}
}

// ClipLine returns the segment of the line a·x₁ + b·x₂ + c = 0 inside the
// visible range, in screen pixels; ok is false if it misses the plane.
func (p *Plane) ClipLine(a, b, cc float64) (x0, y0, x1, y1 float64, ok bool) {
	var buf [4][2]float64 // at most one crossing per side: no garbage
	pts := buf[:0]
	add := func(x, y float64) {
		if x >= p.XMin-1e-9 && x <= p.XMax+1e-9 && y >= p.YMin-1e-9 && y <= p.YMax+1e-9 {
			pts = append(pts, [2]float64{x, y})
		}
	}
	if b != 0 {
		add(p.XMin, -(a*p.XMin+cc)/b)
		add(p.XMax, -(a*p.XMax+cc)/b)
	}
	if a != 0 {
		add(-(b*p.YMin+cc)/a, p.YMin)
		add(-(b*p.YMax+cc)/a, p.YMax)
	}
	if len(pts) < 2 || math.IsNaN(pts[0][0]+pts[0][1]) {
		return 0, 0, 0, 0, false
	}
	// Pick the two intersections furthest apart (corners give duplicates).
	bi, bj, best := 0, 1, -1.0
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			d := math.Hypot(pts[i][0]-pts[j][0], pts[i][1]-pts[j][1])
			if d > best {
				bi, bj, best = i, j, d
			}
		}
	}
	x0, y0 = p.ToScreen(pts[bi])
	x1, y1 = p.ToScreen(pts[bj])
	return x0, y0, x1, y1, true
}

// HalfPlane returns the polygon (screen pixels, x0, y0, x1, y1, …) of the
// visible region where a·x₁ + b·x₂ + c > 0, for shading a side of a line.
func (p *Plane) HalfPlane(a, b, cc float64) []float64 { return p.AppendHalfPlane(nil, a, b, cc) }

// AppendHalfPlane is HalfPlane appending to out: a scene that shades the
// sides every frame passes a buffer it keeps, and makes no garbage.
func (p *Plane) AppendHalfPlane(out []float64, a, b, cc float64) []float64 {
	corners := [4][2]float64{{p.XMin, p.YMax}, {p.XMax, p.YMax}, {p.XMax, p.YMin}, {p.XMin, p.YMin}}
	f := func(q [2]float64) float64 { return a*q[0] + b*q[1] + cc }
	for i := range corners {
		q, r := corners[i], corners[(i+1)%4]
		fq, fr := f(q), f(r)
		if fq > 0 {
			sx, sy := p.ToScreen(q)
			out = append(out, sx, sy)
		}
		if (fq > 0) != (fr > 0) && fq != fr {
			t := fq / (fq - fr)
			sx, sy := p.ToScreen([2]float64{q[0] + t*(r[0]-q[0]), q[1] + t*(r[1]-q[1])})
			out = append(out, sx, sy)
		}
	}
	return out
}
