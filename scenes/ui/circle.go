package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Circles and rings are drawn as polygons built in vertex and index
// buffers kept between calls, as Line and FillRect draw their quads:
// Ebiten's vector.DrawFilledCircle and StrokeCircle build a new path and
// its stroke per call, and markers, highlights and probes are drawn every
// frame (per-frame garbage is what sets the slow frames in a
// single-threaded WASM page).

// circleTolerance is how far, in pixels, a circle's polygon may stray
// from the true circle: a small part of a pixel, so the edge's pixels
// are those of the round shape.
const circleTolerance = 0.05

// maxCircleSides bounds the polygon of a huge circle (a few thousand
// pixels across still strays less than a pixel).
const maxCircleSides = 1024

var (
	circleVerts []ebiten.Vertex
	circleIdx   []uint16
)

// circleSides is the number of sides of the regular polygon that stands
// for a circle of radius r: enough that its edge strays less than
// circleTolerance from the circle, at least 8.
func circleSides(r float64) int {
	if r <= circleTolerance {
		return 8
	}
	// A chord of a circle of radius r through angle 2π/n lies
	// r(1 − cos(π/n)) inside the arc.
	n := math.Ceil(math.Pi / math.Acos(1-circleTolerance/r))
	return int(math.Max(8, math.Min(maxCircleSides, n)))
}

// polygon is the corners of the regular n-gon that stands for a circle,
// on the unit circle (sine, cosine), and the factor that sets them a
// little outside the circle, by half the chord's inward bow, so that the
// polygon strays as far out as in and covers the circle's area. They are
// kept per n: markers, probes and rings are drawn every frame, and their
// three sines and cosines a corner, worked out anew each time, were a
// sixth of a frame that nudges a parameter.
type polygon struct {
	sc  [][2]float64
	out float64
}

var polygons [maxCircleSides + 1]polygon

// polygonOf returns the n-gon's corners (8 ≤ n ≤ maxCircleSides).
func polygonOf(n int) *polygon {
	p := &polygons[n]
	if p.sc == nil {
		p.out = (1 + 1/math.Cos(math.Pi/float64(n))) / 2
		p.sc = make([][2]float64, n)
		for k := range p.sc {
			s, c := math.Sincos(2 * math.Pi * float64(k) / float64(n))
			p.sc[k] = [2]float64{s, c}
		}
	}
	return p
}

// point is the k-th corner of the polygon of a circle of radius r about
// (cx, cy).
func (p *polygon) point(cx, cy, r float64, k int) (float32, float32) {
	r *= p.out
	return float32(cx + r*p.sc[k][1]), float32(cy + r*p.sc[k][0])
}

// Circle fills a disc.
func Circle(dst *ebiten.Image, cx, cy, r float64, c color.Color) {
	circle(dst, cx, cy, r, paintOf(c))
}

func circle(dst *ebiten.Image, cx, cy, r float64, p paint) {
	if !finite4(cx, cy, r, 0) || r <= 0 {
		return
	}
	// A fan of triangles about the centre: they do not overlap, so a
	// translucent colour is blended once everywhere.
	n := circleSides(r)
	poly := polygonOf(n)
	vs, is := circleVerts[:0], circleIdx[:0]
	vs = append(vs, ebiten.Vertex{DstX: float32(cx), DstY: float32(cy)})
	for k := range n {
		x, y := poly.point(cx, cy, r, k)
		vs = append(vs, ebiten.Vertex{DstX: x, DstY: y})
		next := k + 2
		if k == n-1 {
			next = 1
		}
		is = append(is, 0, uint16(k+1), uint16(next))
	}
	drawShape(dst, vs, is, p)
	circleVerts, circleIdx = vs, is
}

// Ring strokes a circle w pixels wide.
func Ring(dst *ebiten.Image, cx, cy, r, w float64, c color.Color) {
	if !finite4(cx, cy, r, w) || r <= 0 || !(w > 0) {
		return
	}
	p := paintOf(c)
	// The band between the circles of radius r ± w/2 (the inner one at
	// least a point), as a strip of quads that do not overlap.
	in, out := math.Max(0, r-w/2), r+w/2
	n := circleSides(out)
	poly := polygonOf(n)
	vs, is := circleVerts[:0], circleIdx[:0]
	for k := range n {
		ox, oy := poly.point(cx, cy, out, k)
		ix, iy := poly.point(cx, cy, in, k)
		vs = append(vs, ebiten.Vertex{DstX: ox, DstY: oy}, ebiten.Vertex{DstX: ix, DstY: iy})
		a, b := uint16(2*k), uint16(2*k+1)
		na, nb := a+2, b+2
		if k == n-1 {
			na, nb = 0, 1
		}
		is = append(is, a, na, b, b, na, nb)
	}
	drawShape(dst, vs, is, p)
	circleVerts, circleIdx = vs, is
}
