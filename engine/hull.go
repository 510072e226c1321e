package engine

import (
	"cmp"
	"slices"
	"sort"
)

// convexHull returns the vertices of the convex hull of pts in
// counter-clockwise order, without repeated or collinear points: one point
// or two (a segment) for degenerate sets, none for an empty one. It uses
// Andrew's monotone chain with the exact orient predicate, so the result is
// exact for any float64 input.
func convexHull(pts [][2]float64) [][2]float64 {
	p := slices.Clone(pts)
	// sort.Slice rather than slices.SortFunc: the web bundle already links
	// sort's code, and an instantiation for [2]float64 costs 17 kB.
	sort.Slice(p, func(i, j int) bool {
		if c := cmp.Compare(p[i][0], p[j][0]); c != 0 {
			return c < 0
		}
		return cmp.Compare(p[i][1], p[j][1]) < 0
	})
	p = slices.Compact(p)
	if len(p) <= 2 {
		return p
	}
	h := make([][2]float64, 0, 2*len(p))
	for pass := 0; pass < 2; pass++ { // lower chain, then upper chain
		start := len(h)
		for _, q := range p {
			for len(h) >= start+2 && orient(h[len(h)-2], h[len(h)-1], q) <= 0 {
				h = h[:len(h)-1]
			}
			h = append(h, q)
		}
		h = h[:len(h)-1] // the last point starts the other chain
		slices.Reverse(p)
	}
	return h
}

// convexIntersect reports whether the convex hulls a and b (as returned by
// convexHull, possibly degenerate) share at least one point, boundaries
// included. Two convex sets meet iff a vertex of one lies in the other or
// their boundaries cross, which is what it checks, exactly.
func convexIntersect(a, b [][2]float64) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, v := range a {
		if inConvex(b, v) {
			return true
		}
	}
	for _, v := range b {
		if inConvex(a, v) {
			return true
		}
	}
	ea, eb := edges(a), edges(b)
	for i := 0; i < ea; i++ {
		for j := 0; j < eb; j++ {
			if segmentsMeet(a[i], a[(i+1)%len(a)], b[j], b[(j+1)%len(b)]) {
				return true
			}
		}
	}
	return false
}

// edges returns the number of boundary edges of a hull: none for a point,
// one for a segment, one per vertex for a polygon.
func edges(h [][2]float64) int {
	switch len(h) {
	case 1:
		return 0
	case 2:
		return 1
	}
	return len(h)
}

// inConvex reports whether q lies in the hull h (boundary included).
func inConvex(h [][2]float64, q [2]float64) bool {
	switch len(h) {
	case 1:
		return h[0] == q
	case 2:
		return orient(h[0], h[1], q) == 0 && inBox(h[0], h[1], q)
	}
	for i := range h {
		if orient(h[i], h[(i+1)%len(h)], q) < 0 {
			return false
		}
	}
	return true
}

// segmentsMeet reports whether the closed segments pq and rs share a point.
func segmentsMeet(p, q, r, s [2]float64) bool {
	o1, o2 := orient(p, q, r), orient(p, q, s)
	o3, o4 := orient(r, s, p), orient(r, s, q)
	if o1*o2 < 0 && o3*o4 < 0 {
		return true
	}
	return o1 == 0 && inBox(p, q, r) || o2 == 0 && inBox(p, q, s) ||
		o3 == 0 && inBox(r, s, p) || o4 == 0 && inBox(r, s, q)
}

// inBox reports whether c lies in the bounding box of a and b; for c collinear
// with a and b that means c lies on the segment ab.
func inBox(a, b, c [2]float64) bool {
	return min(a[0], b[0]) <= c[0] && c[0] <= max(a[0], b[0]) &&
		min(a[1], b[1]) <= c[1] && c[1] <= max(a[1], b[1])
}
