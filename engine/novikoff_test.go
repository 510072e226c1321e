package engine

import (
	"math"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"
)

func TestNovikoffLectureThreePoints(t *testing.T) {
	res := Novikoff(LectureThreePoints())
	// By hand: the closest point to 0 of the triangle {yᵢuᵢ} is (0.4, 0, 0.2),
	// all three points are support points, w* = (2, 0, 1)/√5, γ = 1/√5.
	s5 := math.Sqrt(5)
	if !res.Separable || math.Abs(res.WStar[0]-2/s5) > 1e-12 || math.Abs(res.WStar[1]) > 1e-12 ||
		math.Abs(res.BStar-1/s5) > 1e-12 || math.Abs(res.Gamma-1/s5) > 1e-12 {
		t.Fatalf("%+v", res)
	}
	if res.R != 1.5 || math.Abs(res.Bound-11.25) > 1e-9 || len(res.Support) != 3 {
		t.Fatalf("R %g bound %g support %v", res.R, res.Bound, res.Support)
	}
	if m := res.PlaneMargin(); math.Abs(m-0.5) > 1e-12 {
		t.Errorf("plane margin %g, want 1/2", m)
	}
	if l := res.Line(); l.Theta != res.WStar || l.B != res.BStar {
		t.Error("Line")
	}
}

func TestNovikoffSimple(t *testing.T) {
	two := []Point{{X: [2]float64{0, 1}, Y: 1}, {X: [2]float64{0, -1}, Y: -1}}
	res := Novikoff(two)
	if !res.Separable || math.Abs(res.WStar[1]-1) > 1e-15 || math.Abs(res.Gamma-1) > 1e-15 || math.Abs(res.Bound-2) > 1e-12 {
		t.Fatalf("%+v", res)
	}
	if r := Novikoff(nil); !r.Separable || r.Bound != 0 || r.R != 0 {
		t.Fatalf("empty: %+v", r)
	}
	// One class only: separable with the bias alone (w* = (0, 0, 1)).
	one := Novikoff([]Point{{X: [2]float64{0, 0}, Y: 1}, {X: [2]float64{3, 4}, Y: 1}})
	if !one.Separable || one.BStar < 0.99 || one.Gamma <= 0 || !math.IsInf(one.PlaneMargin(), 1) {
		t.Fatalf("one class: %+v", one)
	}
	x := Novikoff(xorPoints())
	if x.Separable || !math.IsInf(x.Bound, 1) || x.Gamma != 0 || x.PlaneMargin() != 0 || x.R != math.Sqrt(3) {
		t.Fatalf("XOR: %+v", x)
	}
}

// TestSeparabilityExact checks degenerate sets whose verdict hinges on exact
// arithmetic: touching hulls are not strictly separable.
func TestSeparabilityExact(t *testing.T) {
	p := func(x, y float64, c int) Point { return Point{X: [2]float64{x, y}, Y: c} }
	eps := 0x1p-40
	for _, c := range []struct {
		name string
		pts  []Point
		sep  bool
	}{
		{"point on segment", []Point{p(0, 0, -1), p(1, 1, -1), p(0.5, 0.5, 1)}, false},
		{"point just off segment", []Point{p(0, 0, -1), p(1, 1, -1), p(0.5, 0.5+eps, 1)}, true},
		{"collinear interleaved", []Point{p(0, 0, 1), p(2, 0, 1), p(1, 0, -1)}, false},
		{"collinear apart", []Point{p(0, 0, 1), p(1, 0, 1), p(2, 0, -1), p(3, 0, -1)}, true},
		{"same point both classes", []Point{p(1, 2, 1), p(1, 2, -1)}, false},
		{"crossing segments", []Point{p(0, 0, 1), p(1, 1, 1), p(0, 1, -1), p(1, 0, -1)}, false},
		{"touching segments end to end", []Point{p(0, 0, 1), p(1, 1, 1), p(1, 1, -1), p(2, 0, -1)}, false},
		{"vertex on edge", []Point{p(0, 0, 1), p(2, 0, 1), p(1, 2, 1), p(1, 0, -1), p(1, -3, -1), p(3, -1, -1)}, false},
		{"vertex near edge", []Point{p(0, 0, 1), p(2, 0, 1), p(1, 2, 1), p(1, -eps, -1), p(1, -3, -1), p(3, -1, -1)}, true},
		{"nested", []Point{p(0, 0, 1), p(-5, -5, -1), p(5, -5, -1), p(0, 5, -1)}, false},
		{"tiny coordinates", []Point{p(1e-300, 0, 1), p(0, 1e-300, 1), p(2e-300, 2e-300, -1)}, true},
		{"tiny touching", []Point{p(0, 0, 1), p(2e-300, 2e-300, 1), p(1e-300, 1e-300, -1)}, false},
		{"huge", []Point{p(1e9, 1e9, 1), p(-1e9, -1e9, 1), p(1e9, 1e9-1e-7, -1)}, true},
	} {
		res := Novikoff(c.pts)
		if res.Separable != c.sep {
			t.Errorf("%s: separable = %v, want %v", c.name, res.Separable, c.sep)
			continue
		}
		// Below γ ≈ 1e-15·R no float64 vector can be checked to separate (the
		// documented limit); "huge" is such a case, γ/R ≈ 3e-17.
		if c.sep && res.Gamma > 1e-15*res.R {
			checkSeparator(t, c.name, c.pts, res)
		}
		if c.sep && !(res.Gamma > 0 && (res.Bound < math.Inf(1) || res.R/res.Gamma > 1e154)) {
			t.Errorf("%s: γ = %g, bound %g", c.name, res.Gamma, res.Bound)
		}
	}
}

// checkSeparator checks that w* is a unit vector achieving margin γ > 0.
func checkSeparator(t *testing.T, name string, pts []Point, res NovikoffResult) {
	t.Helper()
	w := [3]float64{res.WStar[0], res.WStar[1], res.BStar}
	if math.Abs(dot3(w, w)-1) > 1e-12 || !(res.Gamma > 0) {
		t.Fatalf("%s: ‖w*‖² = %g, γ = %g", name, dot3(w, w), res.Gamma)
	}
	for i, p := range pts {
		y := float64(p.Y)
		if m := dot3(w, [3]float64{y * p.X[0], y * p.X[1], y}); m < res.Gamma {
			t.Fatalf("%s: point %d has margin %g < γ = %g", name, i, m, res.Gamma)
		}
	}
}

// bruteSeparable decides strict separability by trying a direction inside
// every arc between the critical directions (those perpendicular to the
// difference of two points), where the order of the projections can change.
func bruteSeparable(pts []Point) bool {
	var angles []float64
	for i := range pts {
		for j := range i {
			d := [2]float64{pts[i].X[0] - pts[j].X[0], pts[i].X[1] - pts[j].X[1]}
			if d == [2]float64{} {
				continue
			}
			a := math.Atan2(d[0], -d[1]) // a normal of d
			for _, b := range []float64{a, a + math.Pi} {
				angles = append(angles, math.Mod(b+4*math.Pi, 2*math.Pi))
			}
		}
	}
	angles = append(angles, 0)
	sort.Float64s(angles)
	angles = append(angles, angles[0]+2*math.Pi)
	for k := 0; k+1 < len(angles); k++ {
		a := (angles[k] + angles[k+1]) / 2
		n := [2]float64{math.Cos(a), math.Sin(a)}
		lo, hi := math.Inf(1), math.Inf(-1) // min over class +1, max over class −1
		for _, p := range pts {
			v := n[0]*p.X[0] + n[1]*p.X[1]
			if p.Y > 0 {
				lo = math.Min(lo, v)
			} else {
				hi = math.Max(hi, v)
			}
		}
		if hi < lo-1e-9 {
			return true
		}
	}
	return false
}

// TestSeparabilityBrute compares the exact verdict with brute force on many
// small sets of points on a coarse integer grid, where collinear and
// touching configurations are common.
func TestSeparabilityBrute(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	seen := [2]int{}
	for range 1500 {
		n := 2 + r.IntN(7)
		pts := make([]Point, n)
		for i := range pts {
			pts[i] = Point{X: [2]float64{float64(r.IntN(4)), float64(r.IntN(4))}, Y: 1 - 2*r.IntN(2)}
		}
		res := Novikoff(pts)
		want := bruteSeparable(pts)
		if res.Separable != want {
			t.Fatalf("%v: separable = %v, brute force %v", pts, res.Separable, want)
		}
		// The exact hull test alone (Novikoff's fallback) agrees too.
		var pos, neg [][2]float64
		for _, p := range pts {
			if p.Y > 0 {
				pos = append(pos, p.X)
			} else {
				neg = append(neg, p.X)
			}
		}
		if hullSep := !convexIntersect(convexHull(pos), convexHull(neg)); hullSep != want {
			t.Fatalf("%v: hull test says separable = %v, brute force %v", pts, hullSep, want)
		}
		if res.Separable {
			seen[1]++
			checkSeparator(t, "grid", pts, res)
		} else {
			seen[0]++
		}
	}
	if seen[0] < 100 || seen[1] < 100 {
		t.Fatalf("unbalanced sample: %v", seen)
	}
}

// TestMaxMarginOptimal: no unit vector does better than w* (sampled on the
// sphere, and after small perturbations of w*), and the support points lie on
// the margin: the tolerance is 1e-9 relative.
func TestMaxMarginOptimal(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	margin := func(pts []Point, w [3]float64) float64 {
		w = scale3(w, 1/math.Sqrt(dot3(w, w)))
		m := math.Inf(1)
		for _, p := range pts {
			y := float64(p.Y)
			m = math.Min(m, dot3(w, [3]float64{y * p.X[0], y * p.X[1], y}))
		}
		return m
	}
	for set := range 60 {
		pts := randSeparable(r, 3+r.IntN(200))
		if set%3 == 0 { // scale up: the tolerance is relative
			for i := range pts {
				pts[i].X[0] *= 1e6
				pts[i].X[1] *= 1e6
			}
		}
		res := Novikoff(pts)
		w := [3]float64{res.WStar[0], res.WStar[1], res.BStar}
		tol := 1e-9 * res.Gamma
		for range 500 {
			v := [3]float64{r.NormFloat64(), r.NormFloat64(), r.NormFloat64()}
			if m := margin(pts, v); m > res.Gamma+tol {
				t.Fatalf("set %d: random direction has margin %g > γ = %g", set, m, res.Gamma)
			}
			d := [3]float64{w[0] + 1e-4*v[0], w[1] + 1e-4*v[1], w[2] + 1e-4*v[2]}
			if m := margin(pts, d); m > res.Gamma+tol {
				t.Fatalf("set %d: perturbed w* has margin %g > γ = %g", set, m, res.Gamma)
			}
		}
		for _, i := range res.Support {
			p := pts[i]
			y := float64(p.Y)
			if m := dot3(w, [3]float64{y * p.X[0], y * p.X[1], y}); m > res.Gamma*(1+1e-9) {
				t.Fatalf("set %d: support point %d has margin %g ≠ γ = %g", set, i, m, res.Gamma)
			}
		}
	}
}

func TestOrientExact(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for range 5000 {
		// Nearly collinear triples, where the filter must defer.
		a := [2]float64{r.Float64(), r.Float64()}
		b := [2]float64{r.Float64() * 1e3, r.Float64() * 1e3}
		s := r.Float64()
		c := [2]float64{a[0] + s*(b[0]-a[0]), a[1] + s*(b[1]-a[1])}
		c[r.IntN(2)] += float64(r.IntN(3)-1) * 0x1p-52
		if got, want := orient(a, b, c), orientExact(a, b, c); got != want {
			t.Fatalf("orient(%v, %v, %v) = %d, exact %d", a, b, c, got, want)
		}
	}
	for range 5000 {
		u := [3]float64{r.NormFloat64(), r.NormFloat64(), r.NormFloat64()}
		v := [3]float64{r.NormFloat64(), r.NormFloat64(), 0}
		v[2] = -(u[0]*v[0] + u[1]*v[1]) / u[2] // u·v ≈ 0
		v[r.IntN(3)] *= 1 + float64(r.IntN(3)-1)*0x1p-52
		exact := new(big.Rat)
		for k := range 3 {
			exact.Add(exact, new(big.Rat).Mul(new(big.Rat).SetFloat64(u[k]), new(big.Rat).SetFloat64(v[k])))
		}
		if got := dotSign(u, v); got != exact.Sign() {
			t.Fatalf("dotSign(%v, %v) = %d, exact %d", u, v, got, exact.Sign())
		}
	}
	if dotSign([3]float64{1e-200, 0, 0}, [3]float64{1e-200, 0, 0}) != 1 {
		t.Fatal("underflowing dot product")
	}
	// Underflowing products.
	if orient([2]float64{0, 0}, [2]float64{1e-200, 0}, [2]float64{0, 1e-200}) != 1 {
		t.Fatal("tiny counter-clockwise triangle")
	}
}

func TestProofPoint(t *testing.T) {
	res := NovikoffResult{WStar: [2]float64{0.6, 0}, BStar: 0.8}
	dot, nsq := ProofPoint([2]float64{2, 4}, 6, 2, res)
	if math.Abs(dot-3) > 1e-15 || nsq != 1+4+9 {
		t.Fatalf("ProofPoint = %g, %g", dot, nsq)
	}
	if d, _ := ProofPoint([2]float64{1, 0}, 0, math.NaN(), res); d != 0.6 {
		t.Fatal("NaN α must count as 1")
	}
}

// scale3 returns k·v.
func scale3(v [3]float64, k float64) [3]float64 { return [3]float64{k * v[0], k * v[1], k * v[2]} }

// FuzzSeparability compares the exact verdict with brute force on small sets
// of points of a 16×16 integer grid, decoded from the input bytes (two bytes
// per point: coordinates in the nibbles of the first, class in the second).
func FuzzSeparability(f *testing.F) {
	f.Add([]byte{0x00, 0, 0x11, 1, 0x22, 0})
	f.Add([]byte{0x00, 0, 0x01, 1, 0x10, 1, 0x11, 0})
	f.Add([]byte{0x00, 1, 0x22, 1, 0x11, 0})
	f.Add([]byte{0x05, 1, 0x50, 1, 0x55, 0, 0x33, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var pts []Point
		for i := 0; i+1 < len(b) && len(pts) < 12; i += 2 {
			pts = append(pts, Point{X: [2]float64{float64(b[i] >> 4), float64(b[i] & 15)}, Y: 1 - 2*int(b[i+1]&1)})
		}
		if len(pts) == 0 {
			return
		}
		res := Novikoff(pts)
		if want := bruteSeparable(pts); res.Separable != want {
			t.Fatalf("%v: separable = %v, brute force %v", pts, res.Separable, want)
		}
		if res.Separable {
			checkSeparator(t, "fuzz", pts, res)
		}
	})
}
