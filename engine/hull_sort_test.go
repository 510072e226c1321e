package engine

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHullSortMatchesSlicesSortFunc holds convexHull, which sorts with
// sort.Slice, to the same chain built on slices.SortFunc (the sort it
// replaced): duplicates, ±0 and collinear points included (orient
// takes no NaN).
func TestHullSortMatchesSlicesSortFunc(t *testing.T) {
	old := func(pts [][2]float64) [][2]float64 {
		p := slices.Clone(pts)
		slices.SortFunc(p, func(a, b [2]float64) int {
			if c := cmp.Compare(a[0], b[0]); c != 0 {
				return c
			}
			return cmp.Compare(a[1], b[1])
		})
		p = slices.Compact(p)
		if len(p) <= 2 {
			return p
		}
		h := make([][2]float64, 0, 2*len(p))
		for pass := 0; pass < 2; pass++ {
			start := len(h)
			for _, q := range p {
				for len(h) >= start+2 && orient(h[len(h)-2], h[len(h)-1], q) <= 0 {
					h = h[:len(h)-1]
				}
				h = append(h, q)
			}
			h = h[:len(h)-1]
			slices.Reverse(p)
		}
		return h
	}
	same := func(a, b [][2]float64) bool {
		return slices.EqualFunc(a, b, func(p, q [2]float64) bool {
			return math.Float64bits(p[0]) == math.Float64bits(q[0]) && math.Float64bits(p[1]) == math.Float64bits(q[1])
		})
	}
	r := rand.New(rand.NewPCG(17, 1))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 2, 0.5, 1e300, -1e-300}
	for n := range 40 {
		for trial := range 50 {
			pts := make([][2]float64, n)
			for i := range pts {
				if trial%2 == 0 { // a small grid: duplicates and collinear points
					pts[i] = [2]float64{vals[r.IntN(len(vals))], vals[r.IntN(len(vals))]}
				} else {
					pts[i] = [2]float64{r.NormFloat64(), r.NormFloat64()}
				}
			}
			if got, want := convexHull(pts), old(pts); !same(got, want) {
				t.Fatalf("%d points %v: hull %v, want %v", n, pts, got, want)
			}
		}
	}
}
