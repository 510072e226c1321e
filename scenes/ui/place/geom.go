package place

import "math"

// Point is a position in screen pixels, y downwards.
type Point struct{ X, Y float64 }

// Box is an axis-aligned rectangle in screen pixels from its top-left
// corner (X0, Y0) to its bottom-right corner (X1, Y1).
type Box struct{ X0, Y0, X1, Y1 float64 }

// BoxAt returns the box of width w and height h whose top-left corner is
// (x, y).
func BoxAt(x, y, w, h float64) Box { return Box{x, y, x + w, y + h} }

// Around returns the square box of half-side r centred on (x, y): the
// extent of a point marker of radius r.
func Around(x, y, r float64) Box { return Box{x - r, y - r, x + r, y + r} }

// W and H return the box's width and height.
func (b Box) W() float64 { return b.X1 - b.X0 }
func (b Box) H() float64 { return b.Y1 - b.Y0 }

// Center returns the middle of the box.
func (b Box) Center() Point { return Point{(b.X0 + b.X1) / 2, (b.Y0 + b.Y1) / 2} }

// Valid reports whether every coordinate is finite and the box is not
// inverted.
func (b Box) Valid() bool {
	return finite(b.X0) && finite(b.Y0) && finite(b.X1) && finite(b.Y1) && b.X0 <= b.X1 && b.Y0 <= b.Y1
}

// Overlaps reports whether a and b share an area: boxes that only touch
// along an edge do not overlap.
func (b Box) Overlaps(c Box) bool {
	return b.X0 < c.X1 && c.X0 < b.X1 && b.Y0 < c.Y1 && c.Y0 < b.Y1
}

// Inside reports whether b lies within outer (edges may coincide).
func (b Box) Inside(outer Box) bool {
	return b.X0 >= outer.X0 && b.Y0 >= outer.Y0 && b.X1 <= outer.X1 && b.Y1 <= outer.Y1
}

// Grow returns b enlarged by d on every side.
func (b Box) Grow(d float64) Box { return Box{b.X0 - d, b.Y0 - d, b.X1 + d, b.Y1 + d} }

// Array returns the box as [x0, y0, x1, y1], the form of the layout report.
func (b Box) Array() [4]float64 { return [4]float64{b.X0, b.Y0, b.X1, b.Y1} }

// nearest returns the point of b closest to p (p itself when inside).
func (b Box) nearest(p Point) Point {
	return Point{math.Max(b.X0, math.Min(p.X, b.X1)), math.Max(b.Y0, math.Min(p.Y, b.Y1))}
}

// Seg is a line segment from A to B.
type Seg struct{ A, B Point }

// Len returns the segment's length.
func (s Seg) Len() float64 { return math.Hypot(s.B.X-s.A.X, s.B.Y-s.A.Y) }

// bounds returns the smallest box holding the segment.
func (s Seg) bounds() Box {
	return Box{math.Min(s.A.X, s.B.X), math.Min(s.A.Y, s.B.Y), math.Max(s.A.X, s.B.X), math.Max(s.A.Y, s.B.Y)}
}

// Crosses reports whether the segment passes through the interior of b
// (clipping it to b, Liang–Barsky): a segment that only runs along an edge
// or touches a corner does not cross.
func (s Seg) Crosses(b Box) bool {
	dx, dy := s.B.X-s.A.X, s.B.Y-s.A.Y
	t0, t1 := 0.0, 1.0
	clip := func(p, q float64) bool { // the part of the segment with p·t ≤ q
		if p == 0 {
			return q > 0
		}
		r := q / p
		if p < 0 {
			if r > t1 {
				return false
			}
			t0 = math.Max(t0, r)
		} else {
			if r < t0 {
				return false
			}
			t1 = math.Min(t1, r)
		}
		return true
	}
	if !clip(-dx, s.A.X-b.X0) || !clip(dx, b.X1-s.A.X) || !clip(-dy, s.A.Y-b.Y0) || !clip(dy, b.Y1-s.A.Y) {
		return false
	}
	if t0 > t1 {
		return false
	}
	// The clipped part may still run along an edge: require its midpoint to
	// be strictly inside, or a real length inside (a diagonal through a
	// corner has zero length).
	m := Point{s.A.X + dx*(t0+t1)/2, s.A.Y + dy*(t0+t1)/2}
	return m.X > b.X0 && m.X < b.X1 && m.Y > b.Y0 && m.Y < b.Y1
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
